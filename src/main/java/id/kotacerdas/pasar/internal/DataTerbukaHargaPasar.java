package id.kotacerdas.pasar.internal;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import id.kotacerdas.platform.DataTerbuka;
import id.kotacerdas.platform.ElemenKotaCerdas;
import id.kotacerdas.platform.KatalogDataTerbuka;
import id.kotacerdas.platform.KotaProperties;

/**
 * The daily city average price per commodity as open data: the mean of the markets' means, as on
 * the public board, and how many markets priced it. No enumerator, market-level price or origin.
 */
record DataTerbukaHargaPasar(Metadata metadata, IndeksRepository repo) implements DataTerbuka {

	private static final List<Kolom> KOLOM = List.of(kolom("tanggal", JenisKolom.TANGGAL), kolom("kode_komoditas", JenisKolom.TEKS),
			kolom("komoditas", JenisKolom.TEKS), kolom("satuan", JenisKolom.TEKS), kolom("harga_rata_rata", JenisKolom.BILANGAN_BULAT),
			kolom("jumlah_pasar", JenisKolom.BILANGAN_BULAT));

	static Metadata identitas(KatalogDataTerbuka katalog, KotaProperties kota) {
		return katalog.metadata(kota, "harga-pasar-harian", "pasar.data-terbuka.judul", "pasar.data-terbuka.keterangan",
				List.of("harga", "pasar", "bahan pokok", "inflasi", "tpid"), ElemenKotaCerdas.KESEJAHTERAAN_RAKYAT, Frekuensi.HARIAN, KOLOM);
	}

	private static Kolom kolom(String nama, JenisKolom jenis) {
		return new Kolom(nama, jenis, "pasar.data-terbuka.kolom." + nama);
	}

	@Override
	public Optional<CakupanWaktu> cakupanWaktu() {
		return repo.cakupan();
	}

	@Override
	public long baris(long lewati, long batas, Consumer<List<Object>> tujuan) {
		return repo.rataHarian(lewati, batas, r -> tujuan.accept(Arrays.asList(r.tanggal(), r.kode(),
				Komoditas.namaLengkap(r.nama(), r.varian()), r.satuan(), r.harga(), r.pasar())));
	}
}
