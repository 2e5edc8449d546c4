package id.kotacerdas.pengaduan.internal;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;

import id.kotacerdas.opd.DaftarOpd;
import id.kotacerdas.opd.Opd;
import id.kotacerdas.platform.DataTerbuka;
import id.kotacerdas.platform.ElemenKotaCerdas;
import id.kotacerdas.platform.Indikator.Nilai;
import id.kotacerdas.platform.KatalogDataTerbuka;
import id.kotacerdas.platform.KotaProperties;
import id.kotacerdas.wilayah.Kecamatan;
import id.kotacerdas.wilayah.Wilayah;

/**
 * The complaint statistics as open data: counts and on-time rates per month, agency, category and
 * kecamatan, counted as in the masterplan figures. Nothing of a report itself leaves: no reporter,
 * contact, text, point or number.
 */
record DataTerbukaPengaduan(Metadata metadata, KueriIndikatorPengaduan kueri, DaftarOpd daftarOpd, Wilayah wilayah)
		implements DataTerbuka {

	/** A group with the names of its agency and kecamatan. */
	private record Baris(KueriIndikatorPengaduan.Sel sel, String opd, String kecamatan) {

		KueriIndikatorPengaduan.Jumlah j() {
			return sel.jumlah();
		}
	}

	/** A column and where its value comes from, so the two never get out of step. */
	private record Isi(Kolom kolom, Function<Baris, Object> nilai) {

		Isi(String nama, JenisKolom jenis, Function<Baris, Object> nilai) {
			this(new Kolom(nama, jenis, "pengaduan.data-terbuka.kolom." + nama), nilai);
		}
	}

	private static final List<Isi> ISI = List.of(new Isi("bulan", JenisKolom.BULAN, b -> b.sel().bulan()),
			new Isi("opd", JenisKolom.TEKS, Baris::opd),
			new Isi("kategori", JenisKolom.TEKS, b -> b.sel().kategori()),
			new Isi("kecamatan_kode", JenisKolom.TEKS, b -> b.sel().kecamatanKode()),
			new Isi("kecamatan", JenisKolom.TEKS, Baris::kecamatan),
			new Isi("diterima", JenisKolom.BILANGAN_BULAT, b -> b.j().diterima()),
			new Isi("terbuka", JenisKolom.BILANGAN_BULAT, b -> b.j().terbuka()),
			new Isi("diselesaikan", JenisKolom.BILANGAN_BULAT, b -> b.j().diselesaikan()),
			new Isi("respons_jatuh_tempo", JenisKolom.BILANGAN_BULAT, b -> b.j().responsJatuhTempo()),
			new Isi("respons_tepat_waktu", JenisKolom.BILANGAN_BULAT, b -> b.j().responsTepat()),
			new Isi("persen_respons_tepat_waktu", JenisKolom.DESIMAL,
					b -> Nilai.persen(b.j().responsTepat(), b.j().responsJatuhTempo(), b.j().diterima()).angka()),
			new Isi("selesai_jatuh_tempo", JenisKolom.BILANGAN_BULAT, b -> b.j().selesaiJatuhTempo()),
			new Isi("selesai_tepat_waktu", JenisKolom.BILANGAN_BULAT, b -> b.j().selesaiTepat()),
			new Isi("persen_selesai_tepat_waktu", JenisKolom.DESIMAL,
					b -> Nilai.persen(b.j().selesaiTepat(), b.j().selesaiJatuhTempo(), b.j().diterima()).angka()),
			new Isi("dibuka_kembali", JenisKolom.BILANGAN_BULAT, b -> b.j().dibukaKembali()));

	private static final List<Kolom> KOLOM = ISI.stream().map(Isi::kolom).toList();

	/** The complaint statistics' identity in the catalogue. */
	static Metadata identitas(KatalogDataTerbuka katalog, KotaProperties kota) {
		return katalog.metadata(kota, "statistik-pengaduan-bulanan", "pengaduan.data-terbuka.judul", "pengaduan.data-terbuka.keterangan",
				List.of("pengaduan", "layanan publik", "ketepatan waktu", "kecamatan"), ElemenKotaCerdas.PELAYANAN_PUBLIK, Frekuensi.BULANAN, KOLOM);
	}

	@Override
	public Optional<CakupanWaktu> cakupanWaktu() {
		return kueri.cakupanWaktu();
	}

	@Override
	public long baris(long lewati, long batas, Consumer<List<Object>> tujuan) {
		Map<Long, String> opd = daftarOpd.semua().stream().collect(Collectors.toMap(Opd::id, Opd::nama));
		Map<String, String> kecamatan = wilayah.kecamatan().stream().collect(Collectors.toMap(Kecamatan::kode, Kecamatan::nama));
		long[] jumlah = { 0 };
		kueri.perBulan(lewati, batas, sel -> {
			Baris b = new Baris(sel, sel.opdId() == null ? null : opd.get(sel.opdId()),
					sel.kecamatanKode() == null ? null : kecamatan.get(sel.kecamatanKode()));
			tujuan.accept(ISI.stream().map(i -> i.nilai().apply(b)).toList());
			jumlah[0]++;
		});
		return jumlah[0];
	}
}
