package id.kotacerdas.wifi.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import id.kotacerdas.platform.DataTerbuka;
import id.kotacerdas.platform.ElemenKotaCerdas;
import id.kotacerdas.platform.KatalogDataTerbuka;
import id.kotacerdas.platform.KotaProperties;
import id.kotacerdas.platform.Waktu;
import id.kotacerdas.wilayah.Wilayah;

/**
 * Each monitored public hotspot per month: its uptime, hours available and what an available hour cost. Hotspots are
 * public infrastructure, named as on the public map; no coordinates, addresses or anything of their users.
 */
record DataTerbukaWifi(Metadata metadata, HotspotRepository repo, KesehatanWifi kesehatan, Wilayah wilayah, Clock clock)
		implements DataTerbuka {

	private static final List<Kolom> KOLOM = List.of(kolom("bulan", JenisKolom.BULAN), kolom("hotspot", JenisKolom.TEKS),
			kolom("kelurahan", JenisKolom.TEKS), kolom("jenis_tempat", JenisKolom.TEKS), kolom("uptime_persen", JenisKolom.DESIMAL),
			kolom("jam_tersedia", JenisKolom.DESIMAL), kolom("biaya_bulanan", JenisKolom.BILANGAN_BULAT),
			kolom("biaya_per_jam_tersedia", JenisKolom.BILANGAN_BULAT));

	static Metadata identitas(KatalogDataTerbuka katalog, KotaProperties kota) {
		return katalog.metadata(kota, "wifi-publik-ketersediaan", "wifi.data-terbuka.judul", "wifi.data-terbuka.keterangan",
				List.of("wifi", "hotspot", "internet publik", "uptime"), ElemenKotaCerdas.POLA_HIDUP, Frekuensi.BULANAN, KOLOM);
	}

	private static Kolom kolom(String nama, JenisKolom jenis) {
		return new Kolom(nama, jenis, "wifi.data-terbuka.kolom." + nama);
	}

	private List<Hotspot> dipantau() {
		return repo.semua().stream().filter(Hotspot::dipantau).toList();
	}

	@Override
	public Optional<CakupanWaktu> cakupanWaktu() {
		return dipantau().stream().map(Hotspot::dipantauSejak).min(Comparator.naturalOrder())
			.map(awal -> new CakupanWaktu(YearMonth.from(Waktu.wita(awal)).atDay(1), YearMonth.from(Waktu.wita(clock.instant())).atEndOfMonth()));
	}

	@Override
	public long baris(long lewati, long batas, Consumer<List<Object>> tujuan) {
		List<Hotspot> hotspot = dipantau();
		Optional<CakupanWaktu> waktu = cakupanWaktu();
		if (waktu.isEmpty()) {
			return 0;
		}
		List<List<Object>> semua = new ArrayList<>();
		for (YearMonth b = YearMonth.from(waktu.get().mulai()); !b.isAfter(YearMonth.from(waktu.get().selesai())); b = b.plusMonths(1)) {
			Instant dari = b.atDay(1).atStartOfDay(Waktu.WITA).toInstant();
			Map<Long, Ketersediaan> k = kesehatan.ketersediaan(hotspot, dari, b.plusMonths(1).atDay(1).atStartOfDay(Waktu.WITA).toInstant());
			for (Hotspot h : hotspot) {
				Ketersediaan x = k.get(h.id());
				if (x == null || x.slotDiukur() == 0) {
					continue;
				}
				semua.add(Arrays.asList(b, h.nama(), wilayah.kelurahan(h.kelurahanKode()).map(kl -> kl.nama()).orElse(null),
						h.jenisTempat().name().toLowerCase(java.util.Locale.ROOT), x.persen(), x.jamTersedia(), h.biayaBulanan(), x.biayaPerJam()));
			}
		}
		long n = 0;
		for (List<Object> r : semua.stream().skip(lewati).limit(batas).toList()) {
			tujuan.accept(r);
			n++;
		}
		return n;
	}
}
