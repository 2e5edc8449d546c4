package id.kotacerdas.satudata.internal.portal;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import id.kotacerdas.akun.AkunStaf;
import id.kotacerdas.akun.SebagaiStaf;
import id.kotacerdas.akun.Staf;
import id.kotacerdas.opd.DaftarOpd;
import id.kotacerdas.satudata.KatalogData;
import id.kotacerdas.satudata.internal.unggah.FormulirUnggahan;
import id.kotacerdas.satudata.internal.unggah.LayananUnggahan;

/**
 * Open data for a first look ({@code --demo}): DLHK's uploads in each place of the walidata's review — one waiting,
 * one returned with a reason, one published (daily air quality, so the portal shows a day column) — and a citizen's
 * "Minta data". Through the same services as the staff pages, so the gate, the catalogue and the audit log hold.
 */
@Component
@Profile("demo")
class DataDemoSatuData {

	private static final Logger log = LoggerFactory.getLogger(DataDemoSatuData.class);

	/** The demo's first upload, by which it knows it ran before. */
	private static final String UDARA = "kualitas-udara-ambien-harian";

	private static final List<String> KECAMATAN = List.of("Alak", "Maulafa", "Oebobo", "Kelapa Lima", "Kota Raja", "Kota Lama");

	private final LayananUnggahan unggahan;

	private final LayananPermintaanData permintaan;

	private final KatalogData katalog;

	private final AkunStaf akun;

	private final DaftarOpd opd;

	DataDemoSatuData(LayananUnggahan unggahan, LayananPermintaanData permintaan, KatalogData katalog, AkunStaf akun, DaftarOpd opd) {
		this.unggahan = unggahan;
		this.permintaan = permintaan;
		this.katalog = katalog;
		this.akun = akun;
		this.opd = opd;
	}

	/** After the module datasets are registered and the other demo data is in. */
	@EventListener(ApplicationReadyEvent.class)
	@Order(420)
	public void isi() {
		Staf dlhk = opd.cariSingkatan("DLHK").flatMap(o -> akun.adminOpd(o.id()).stream().findFirst()).orElse(null);
		Staf walidata = akun.adminKominfo().stream().findFirst().orElse(null);
		if (dlhk == null || walidata == null) {
			log.warn("Demo: no DLHK or Kominfo administrator, no demo uploads");
			return;
		}
		if (katalog.cari(UDARA).isPresent()) {
			return;
		}
		String udara = SebagaiStaf.jalankan(dlhk, () -> ajukan(dlhk, "Kualitas udara ambien harian", "Kualitas udara ambien",
				"Rata-rata harian PM10 dan PM2,5 di stasiun pemantau DLHK dan indeks standar pencemar udara (ISPU) hari itu",
				"mikrogram per meter kubik; ISPU tanpa satuan", "TAHUNAN", "PROTEKSI_LINGKUNGAN", "udara, ispu, lingkungan", udaraHarian()));
		SebagaiStaf.jalankan(walidata, () -> unggahan.terbitkan(udara, unggahan.untukDibaca(udara, walidata).versi(), walidata));

		String bank = SebagaiStaf.jalankan(dlhk, () -> ajukan(dlhk, "Bank sampah aktif per kecamatan", "Bank sampah",
				"Bank sampah yang menimbang setoran warga paling sedikit sekali sebulan", "unit", "TAHUNAN", "PENGELOLAAN_SAMPAH", "sampah, bank sampah",
				bankSampah()));
		SebagaiStaf.jalankan(walidata, () -> unggahan.kembalikan(bank, unggahan.untukDibaca(bank, walidata).versi(),
				"Kolom tahun kosong untuk Kota Lama; lengkapi lalu ajukan lagi. Sebutkan juga sumber data (SIPSN atau laporan kecamatan).",
				walidata));

		SebagaiStaf.jalankan(dlhk, () -> ajukan(dlhk, "Sampah terangkut ke TPA Alak per kecamatan", "Timbulan sampah terangkut",
				"Berat sampah yang ditimbang di jembatan timbang TPA Alak menurut kecamatan asal truk", "ton", "BULANAN", "PENGELOLAAN_SAMPAH", "sampah, tpa",
				sampahTerangkut()));

		permintaan.ajukan("Yohana Ndun", "yohana.ndun@contoh.id", null, "Universitas Nusa Cendana",
				"Jumlah titik sumur bor dan debit airnya per kelurahan, 2020-2025", "Penelitian skripsi tentang ketersediaan air bersih");
		log.warn("Demo: open-data uploads (one waiting for walidata, one returned, one published) and a data request");
	}

	private String ajukan(Staf staf, String judul, String konsep, String definisi, String satuan, String periode, String tema, String kataKunci,
			String csv) {
		FormulirUnggahan f = new FormulirUnggahan();
		f.setJudul(judul);
		f.setKonsep(konsep);
		f.setDefinisi(definisi);
		f.setSatuan(satuan);
		f.setTingkatWilayah("KECAMATAN");
		f.setFrekuensi(periode);
		f.setJadwalRilis("Januari tahun berikutnya");
		f.setTema(tema);
		f.setKataKunci(kataKunci);
		return unggahan.ajukan(f, csv.getBytes(StandardCharsets.UTF_8), judul.toLowerCase(java.util.Locale.ROOT).replace(' ', '-') + ".csv", staf)
			.kode();
	}

	/** 60 days of readings at three stations, values from a fixed pattern (no randomness: the demo is the same each time). */
	private static String udaraHarian() {
		StringBuilder s = new StringBuilder("tanggal;stasiun;pm10;pm25;ispu\n");
		LocalDate awal = LocalDate.of(2026, 9, 1);
		List<String> stasiun = List.of("Oebobo", "Alak", "Kota Lama");
		for (int h = 0; h < 60; h++) {
			for (int i = 0; i < stasiun.size(); i++) {
				int pm10 = 28 + (h * 7 + i * 11) % 35;
				int pm25 = 12 + (h * 5 + i * 3) % 20;
				s.append("%s;%s;%d;%d;%d%n".formatted(awal.plusDays(h), stasiun.get(i), pm10, pm25, 20 + pm25 * 2));
			}
		}
		return s.toString();
	}

	private static String bankSampah() {
		StringBuilder s = new StringBuilder("tahun;kecamatan;bank_sampah_aktif\n");
		for (int t = 2022; t <= 2025; t++) {
			for (int k = 0; k < KECAMATAN.size(); k++) {
				boolean kosong = t == 2025 && "Kota Lama".equals(KECAMATAN.get(k));
				s.append("%s;%s;%s%n".formatted(kosong ? "" : Integer.toString(t), KECAMATAN.get(k), 4 + (t - 2022) * 2 + k));
			}
		}
		return s.toString();
	}

	private static String sampahTerangkut() {
		StringBuilder s = new StringBuilder("bulan;kecamatan;jumlah_ton\n");
		for (int b = 1; b <= 12; b++) {
			for (int k = 0; k < KECAMATAN.size(); k++) {
				s.append("2025-%02d;%s;%d%n".formatted(b, KECAMATAN.get(k), 820 + (b * 53 + k * 97) % 400));
			}
		}
		return s.toString();
	}
}
