package id.kotacerdas.pengaduan.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import id.kotacerdas.opd.DaftarOpd;
import id.kotacerdas.platform.Indikator;
import id.kotacerdas.platform.Periode;
import id.kotacerdas.wilayah.Wilayah;

/**
 * One of the complaint figures of the masterplan: the counts of {@link KueriIndikatorPengaduan} per
 * agency and per kelurahan, and one ratio of them. Every active agency and every kelurahan is listed; one without
 * reports has no data.
 */
record IndikatorPengaduan(Definisi definisi, Function<KueriIndikatorPengaduan.Jumlah, Nilai> nilai, KueriIndikatorPengaduan kueri,
		DaftarOpd daftarOpd, Wilayah wilayah, Clock clock) implements Indikator {

	@Override
	public Hasil hitung(Periode periode) {
		Instant kini = clock.instant();
		List<KueriIndikatorPengaduan.PerOpd> baris = kueri.perOpd(periode.mulai(), periode.selesai());
		KueriIndikatorPengaduan.Jumlah kota = baris.stream()
			.map(KueriIndikatorPengaduan.PerOpd::jumlah)
			.reduce(KueriIndikatorPengaduan.Jumlah.KOSONG, KueriIndikatorPengaduan.Jumlah::tambah);
		Map<Long, KueriIndikatorPengaduan.Jumlah> perOpd = baris.stream()
			.filter(b -> b.opdId() != null)
			.collect(Collectors.toMap(KueriIndikatorPengaduan.PerOpd::opdId, KueriIndikatorPengaduan.PerOpd::jumlah));
		List<NilaiOpd> rincian = daftarOpd.semua().stream()
			.filter(o -> o.aktif() || perOpd.containsKey(o.id()))
			.map(o -> new NilaiOpd(o.id(), o.namaPendek(), nilai.apply(perOpd.getOrDefault(o.id(), KueriIndikatorPengaduan.Jumlah.KOSONG))))
			.toList();
		return new Hasil(definisi.kode(), periode, nilai.apply(kota), rincian, kini);
	}

	@Override
	public List<NilaiWilayah> perKelurahan(Periode periode) {
		Map<String, KueriIndikatorPengaduan.Jumlah> jumlah = kueri.perKelurahan(periode.mulai(), periode.selesai()).stream()
			.filter(b -> b.kelurahanKode() != null)
			.collect(Collectors.toMap(KueriIndikatorPengaduan.PerKelurahan::kelurahanKode, KueriIndikatorPengaduan.PerKelurahan::jumlah));
		return wilayah.kelurahan().stream()
			.map(k -> new NilaiWilayah(k.nama(), k.kecamatan().nama(), nilai.apply(jumlah.getOrDefault(k.kode(), KueriIndikatorPengaduan.Jumlah.KOSONG))))
			.toList();
	}
}
