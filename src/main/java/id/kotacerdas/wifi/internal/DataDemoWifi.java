package id.kotacerdas.wifi.internal;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import id.kotacerdas.akun.AkunStaf;
import id.kotacerdas.akun.Staf;
import id.kotacerdas.pengaduan.LaporanBaru;
import id.kotacerdas.pengaduan.LayananPengaduan;
import id.kotacerdas.platform.Waktu;
import id.kotacerdas.wilayah.Kelurahan;
import id.kotacerdas.wilayah.Wilayah;

/**
 * The hotspots of {@code --demo}: the ten points Kupang opened in 2019 (kantor kelurahan, Taman Nostalgia, Pantai
 * Lasiana, two markets, RSUD S.K. Lerik) at about Rp450,000 a month each, entered through the registry as Kominfo
 * would. Forty days of heartbeats: most near always up, one with evening power cuts, one silent for the last five
 * hours (its outage alert goes out), one not monitored; a month of RADIUS sessions imported through the usage import; and
 * citizens' "Wi-Fi mati" complaints naming the silent beach hotspot and the market one with evening power cuts.
 */
@Component
@Profile("demo")
class DataDemoWifi {

	private static final Logger log = LoggerFactory.getLogger(DataDemoWifi.class);

	private static final int HARI_RIWAYAT = 40;

	private static final String KANTOR = "KANTOR_KELURAHAN";

	private static final List<String> HARI_KERJA = List.of("1", "2", "3", "4", "5");

	private static final List<String> SETIAP_HARI = List.of("1", "2", "3", "4", "5", "6", "7");

	/** How the demo's history treats a hotspot: up throughout, power cuts some evenings, silent lately, or no monitoring. */
	private enum Pola {
		STABIL, PADAM_MALAM, MATI_BARU, TANPA_PANTAUAN
	}

	/** {@code kelurahan} by name; a kantor kelurahan without a point stands at the kelurahan's centre. */
	private record Contoh(String nama, String jenis, String kelurahan, String lat, String lon, String isp, String ssid, String bw, String buka,
			String tutup, List<String> hari, String tempat, String nas, Pola pola) {
	}

	private static final List<Contoh> CONTOH = List.of(
			new Contoh("Wi-Fi Kantor Kelurahan Fatululi", KANTOR, "Fatululi", null, null, "Telkom Indonesia", "KupangKotaKasih-Fatululi", "20",
					"07:30", "16:00", HARI_KERJA, null, "kpg-kel-fatululi", Pola.STABIL),
			new Contoh("Wi-Fi Kantor Kelurahan Oebobo", KANTOR, "Oebobo", null, null, "Telkom Indonesia", "KupangKotaKasih-Oebobo", "20", "07:30",
					"16:00", HARI_KERJA, null, "kpg-kel-oebobo", Pola.STABIL),
			new Contoh("Wi-Fi Kantor Kelurahan Kelapa Lima", KANTOR, "Kelapa Lima", null, null, "Telkom Indonesia", "KupangKotaKasih-KelapaLima",
					"20", "07:30", "16:00", HARI_KERJA, null, "kpg-kel-kelapalima", Pola.PADAM_MALAM),
			new Contoh("Wi-Fi Kantor Kelurahan Naikoten I", KANTOR, "Naikoten Satu", null, null, "Telkom Indonesia", "KupangKotaKasih-Naikoten1", "20",
					"07:30", "16:00", HARI_KERJA, null, "kpg-kel-naikoten1", Pola.STABIL),
			new Contoh("Wi-Fi Kantor Kelurahan Oesapa", KANTOR, "Oesapa", null, null, "Telkom Indonesia", "KupangKotaKasih-Oesapa", "20", "07:30",
					"16:00", HARI_KERJA, null, null, Pola.TANPA_PANTAUAN),
			new Contoh("Wi-Fi Taman Nostalgia", "TAMAN", "Fatululi", "-10.16270", "123.60830", "Telkom Indonesia", "KupangKotaKasih-TamanNostalgia", "50",
					null, null, SETIAP_HARI, "taman-nostalgia", "kpg-taman-nostalgia", Pola.STABIL),
			new Contoh("Wi-Fi Pantai Lasiana", "PANTAI", "Lasiana", "-10.14000", "123.66900", "Telkom Indonesia", "KupangKotaKasih-Lasiana", "30", "06:00",
					"21:00", SETIAP_HARI, "pantai-lasiana", "kpg-pantai-lasiana", Pola.MATI_BARU),
			new Contoh("Wi-Fi Pasar Inpres Naikoten", "PASAR", "Naikoten Satu", "-10.17900", "123.59900", "Telkom Indonesia", "KupangKotaKasih-PasarNaikoten",
					"30", "05:00", "18:00", SETIAP_HARI, "pasar-inpres-naikoten", "kpg-pasar-naikoten", Pola.STABIL),
			new Contoh("Wi-Fi Pasar Oeba", "PASAR", "Fatubesi", "-10.15600", "123.59250", "Telkom Indonesia", "KupangKotaKasih-PasarOeba", "20", "05:00",
					"18:00", SETIAP_HARI, "pasar-oeba", "kpg-pasar-oeba", Pola.PADAM_MALAM),
			new Contoh("Wi-Fi RSUD S.K. Lerik", "RUMAH_SAKIT", "Kelapa Lima", "-10.15100", "123.61700", "Telkom Indonesia", "KupangKotaKasih-RSUDLerik",
					"50", null, null, SETIAP_HARI, "rsud-sk-lerik", "kpg-rsud-lerik", Pola.STABIL));

	private final RegisterWifi register;

	private final HotspotRepository repo;

	private final ImporPemakaian impor;

	private final PeringatanWifi peringatan;

	private final AkunStaf akun;

	private final Wilayah wilayah;

	private final WifiProperties properti;

	private final LayananPengaduan pengaduan;

	private final Clock clock;

	DataDemoWifi(RegisterWifi register, HotspotRepository repo, ImporPemakaian impor, PeringatanWifi peringatan, AkunStaf akun, Wilayah wilayah,
			WifiProperties properti, LayananPengaduan pengaduan, Clock clock) {
		this.pengaduan = pengaduan;
		this.register = register;
		this.repo = repo;
		this.impor = impor;
		this.peringatan = peringatan;
		this.akun = akun;
		this.wilayah = wilayah;
		this.properti = properti;
		this.clock = clock;
	}

	@EventListener(ApplicationReadyEvent.class)
	@Order(230)
	public void isi() {
		Staf kominfo = akun.adminKominfo().stream().findFirst().orElse(null);
		if (kominfo == null || !repo.semua().isEmpty()) {
			return;
		}
		Instant kini = clock.instant();
		Instant awal = kini.minus(Duration.ofDays(HARI_RIWAYAT));
		Random acak = new Random(2019);
		StringBuilder radius = new StringBuilder("nasidentifier;acctsessionid;acctstarttime;acctsessiontime;acctinputoctets;acctoutputoctets\n");
		Map<String, Long> idMenurutNama = new HashMap<>();
		for (Contoh c : CONTOH) {
			long id = register.simpan(kominfo, null, isian(c), c.hari());
			idMenurutNama.put(c.nama(), id);
			if (c.pola() == Pola.TANPA_PANTAUAN) {
				continue;
			}
			register.buatToken(kominfo, id);
			repo.mulaiPantau(id, awal);
			riwayat(id, c.pola(), awal, kini);
			sesi(radius, c, awal, acak);
		}
		impor.impor(kominfo, new ByteArrayInputStream(radius.toString().getBytes(StandardCharsets.UTF_8)), true);
		int diberitahu = peringatan.periksa();
		// the public list's "Laporkan Wi-Fi mati": the complaint names the hotspot, its point routes it
		lapor(idMenurutNama.get("Wi-Fi Pantai Lasiana"), "Wi-Fi gratis di Pantai Lasiana tidak bisa tersambung ke internet sejak sore, nama jaringannya pun hilang.",
				null, null);
		lapor(idMenurutNama.get("Wi-Fi Pasar Oeba"), "Wi-Fi pasar mati lagi waktu listrik padam malam, internet putus dan pedagang tidak bisa terima pembayaran QRIS.",
				"Yohana Manafe", "081338227140");
		log.info("Demo Wi-Fi: {} hotspots, {} days of heartbeats, {} outage alert(s)", CONTOH.size(), HARI_RIWAYAT, diberitahu);
	}

	private void lapor(long hotspot, String deskripsi, String nama, String telepon) {
		pengaduan.ajukan(new LaporanBaru("wifi-publik", deskripsi, null, null, null, "", nama, telepon, null, nama == null, false, Map.of(),
				List.of(), "web", AsetWifi.idAset(hotspot)));
	}

	private Map<String, String> isian(Contoh c) {
		Map<String, String> m = new HashMap<>();
		String lat = c.lat();
		String lon = c.lon();
		Kelurahan k = wilayah.kelurahan().stream().filter(x -> x.nama().equals(c.kelurahan())).findFirst().orElseThrow();
		String kelurahan = k.kode();
		if (lat == null) {
			lat = Double.toString(k.lat());
			lon = Double.toString(k.lon());
		}
		m.put("nama", c.nama());
		m.put("jenisTempat", c.jenis());
		m.put("kelurahan", kelurahan);
		m.put("lat", lat);
		m.put("lon", lon);
		m.put("isp", c.isp());
		m.put("ssid", c.ssid());
		m.put("bandwidth", c.bw());
		m.put("biaya", "450.000");
		m.put("sepanjangHari", Boolean.toString(c.buka() == null));
		m.put("jamBuka", c.buka());
		m.put("jamTutup", c.tutup());
		m.put("status", "AKTIF");
		m.put("tempatLayanan", c.tempat());
		m.put("nasId", c.nas());
		return m;
	}

	/** Signs of life as the pattern has them: a power cut takes 19:00–22:00 WITA every fourth day. */
	private void riwayat(long id, Pola pola, Instant awal, Instant kini) {
		Duration slot = properti.slot();
		Instant mulai = Instant.ofEpochSecond(Math.floorDiv(awal.getEpochSecond(), slot.toSeconds()) * slot.toSeconds());
		Instant akhir = Instant.ofEpochSecond(Math.floorDiv(kini.getEpochSecond(), slot.toSeconds()) * slot.toSeconds());
		switch (pola) {
			case STABIL -> repo.catatHidupRentang(id, mulai, akhir, slot, KesehatanWifi.DETAK);
			case MATI_BARU -> repo.catatHidupRentang(id, mulai, akhir.minus(Duration.ofHours(5)), slot, KesehatanWifi.DETAK);
			case PADAM_MALAM -> {
				int hari = 0;
				for (Instant t = mulai; t.isBefore(akhir); hari++) {
					Instant esok = min(akhir, Waktu.wita(t).toLocalDate().plusDays(1).atStartOfDay(Waktu.WITA).toInstant());
					if (hari % 4 == 0) {
						Instant padam = Waktu.wita(t).toLocalDate().atTime(19, 0).atZone(Waktu.WITA).toInstant();
						repo.catatHidupRentang(id, t, max(t, min(esok, padam)), slot, KesehatanWifi.DETAK);
						repo.catatHidupRentang(id, min(esok, max(t, padam.plus(Duration.ofHours(3)))), esok, slot, KesehatanWifi.DETAK);
					}
					else {
						repo.catatHidupRentang(id, t, esok, slot, KesehatanWifi.DETAK);
					}
					t = esok;
				}
			}
			default -> {
			}
		}
	}

	private static Instant min(Instant a, Instant b) {
		return a.isBefore(b) ? a : b;
	}

	private static Instant max(Instant a, Instant b) {
		return a.isAfter(b) ? a : b;
	}

	/** A few hundred sessions over the month, as FreeRADIUS' radacct has them (local time, bytes). */
	private static void sesi(StringBuilder csv, Contoh c, Instant awal, Random acak) {
		DateTimeFormatter f = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
		int jumlah = 150 + acak.nextInt(250);
		for (int i = 0; i < jumlah; i++) {
			LocalDateTime mulai = Waktu.wita(awal).toLocalDateTime().plusMinutes(acak.nextInt(HARI_RIWAYAT * 24 * 60));
			csv.append(c.nas()).append(';').append(c.nas()).append('-').append(i).append(';').append(f.format(mulai)).append(';')
				.append(300 + acak.nextInt(3600)).append(';').append(5_000_000L + acak.nextInt(80_000_000)).append(';')
				.append(1_000_000L + acak.nextInt(10_000_000)).append('\n');
		}
	}
}
