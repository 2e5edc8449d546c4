package id.kotacerdas.umkm.internal;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;

import id.kotacerdas.platform.DataTerbuka;
import id.kotacerdas.platform.ElemenKotaCerdas;
import id.kotacerdas.platform.KatalogDataTerbuka;
import id.kotacerdas.platform.KotaProperties;

/**
 * Active UMKM per month of activation, kelurahan and KBLI sector, with how many hold an NIB and accept QRIS. Counts
 * only; a count under {@link #SEL_KECIL} is left empty (small-cell suppression), so no single business can be picked
 * out of a group. Complements are not suppressed: the registered count stays when only a part is small.
 */
record DataTerbukaUmkm(Metadata metadata, UsahaRepository repo, AngkaUmkm angka) implements DataTerbuka {

	static final int SEL_KECIL = 3;

	private static final List<Kolom> KOLOM = List.of(kolom("bulan", JenisKolom.BULAN), kolom("kelurahan", JenisKolom.TEKS),
			kolom("kbli", JenisKolom.TEKS), kolom("sektor", JenisKolom.TEKS), kolom("terdaftar", JenisKolom.BILANGAN_BULAT),
			kolom("dengan_nib", JenisKolom.BILANGAN_BULAT), kolom("menerima_qris", JenisKolom.BILANGAN_BULAT));

	static Metadata identitas(KatalogDataTerbuka katalog, KotaProperties kota) {
		return katalog.metadata(kota, "umkm-terdaftar", "umkm.data-terbuka.judul", "umkm.data-terbuka.keterangan",
				List.of("umkm", "qris", "nib", "usaha mikro"), ElemenKotaCerdas.EKOSISTEM_INDUSTRI, Frekuensi.BULANAN, KOLOM);
	}

	private static Kolom kolom(String nama, JenisKolom jenis) {
		return new Kolom(nama, jenis, "umkm.data-terbuka.kolom." + nama);
	}

	static Long tersamar(long jumlah) {
		return jumlah < SEL_KECIL ? null : jumlah;
	}

	@Override
	public Optional<CakupanWaktu> cakupanWaktu() {
		List<UsahaRepository.Angka> semua = repo.angka();
		if (semua.isEmpty()) {
			return Optional.empty();
		}
		return Optional.of(new CakupanWaktu(semua.get(0).bulan().atDay(1), semua.get(semua.size() - 1).bulan().atEndOfMonth()));
	}

	@Override
	public long baris(long lewati, long batas, Consumer<List<Object>> tujuan) {
		List<UsahaRepository.Angka> semua = repo.angka();
		long n = 0;
		for (UsahaRepository.Angka a : semua.stream().skip(lewati).limit(batas).toList()) {
			tujuan.accept(Arrays.asList(a.bulan(), angka.namaKelurahan(a.kelurahan()), a.kbli(), angka.sektor(a.kbli(), Locale.ROOT),
					tersamar(a.terdaftar()), tersamar(a.denganNib()), tersamar(a.denganQris())));
			n++;
		}
		return n;
	}
}
