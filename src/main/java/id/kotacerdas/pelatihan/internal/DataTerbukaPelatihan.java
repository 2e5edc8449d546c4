package id.kotacerdas.pelatihan.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;

import id.kotacerdas.platform.DataTerbuka;
import id.kotacerdas.platform.ElemenKotaCerdas;
import id.kotacerdas.platform.KatalogDataTerbuka;
import id.kotacerdas.platform.KotaProperties;
import id.kotacerdas.platform.Waktu;

/**
 * Training per year, kelurahan of the business and topic: sessions, sign-ups, attendances, businesses trained and the
 * follow-up outcomes. Counts only; a count under {@link #SEL_KECIL} is left empty (small-cell suppression), as in the
 * UMKM register's dataset, so no single participant can be picked out of a group.
 */
record DataTerbukaPelatihan(Metadata metadata, PelatihanRepository repo, PenyajiPelatihan penyaji, Clock clock) implements DataTerbuka {

	static final int SEL_KECIL = 3;

	private static final List<Kolom> KOLOM = List.of(kolom("tahun", JenisKolom.TEKS), kolom("kelurahan", JenisKolom.TEKS),
			kolom("topik", JenisKolom.TEKS), kolom("sesi", JenisKolom.BILANGAN_BULAT), kolom("terdaftar", JenisKolom.BILANGAN_BULAT),
			kolom("hadir", JenisKolom.BILANGAN_BULAT), kolom("usaha_dilatih", JenisKolom.BILANGAN_BULAT),
			kolom("tindak_lanjut_dijawab", JenisKolom.BILANGAN_BULAT), kolom("jual_online", JenisKolom.BILANGAN_BULAT),
			kolom("pakai_qris", JenisKolom.BILANGAN_BULAT));

	static Metadata identitas(KatalogDataTerbuka katalog, KotaProperties kota) {
		return katalog.metadata(kota, "pelatihan-umkm", "pelatihan.data-terbuka.judul", "pelatihan.data-terbuka.keterangan",
				List.of("umkm", "pelatihan", "pemasaran digital", "qris"), ElemenKotaCerdas.EKOSISTEM_INDUSTRI, Frekuensi.BULANAN, KOLOM);
	}

	private static Kolom kolom(String nama, JenisKolom jenis) {
		return new Kolom(nama, jenis, "pelatihan.data-terbuka.kolom." + nama);
	}

	static Long tersamar(long jumlah) {
		return jumlah < SEL_KECIL ? null : jumlah;
	}

	@Override
	public Optional<CakupanWaktu> cakupanWaktu() {
		PelatihanRepository.Rentang r = repo.rentang(clock.instant());
		if (r.pertama() == null) {
			return Optional.empty();
		}
		return Optional.of(new CakupanWaktu(LocalDate.of(Waktu.wita(r.pertama()).getYear(), 1, 1),
				LocalDate.of(Waktu.wita(r.terakhir()).getYear(), 12, 31)));
	}

	@Override
	public long baris(long lewati, long batas, Consumer<List<Object>> tujuan) {
		long n = 0;
		for (Rekaman.Angka a : repo.angkaRinci(clock.instant()).stream().skip(lewati).limit(batas).toList()) {
			String[] k = a.kelompok().split("\\|", 3);
			tujuan.accept(Arrays.asList(k[0], penyaji.namaKelurahan(k[1]), penyaji.topik(Topik.valueOf(k[2]), Locale.forLanguageTag("id")),
					tersamar(a.sesi()), tersamar(a.terdaftar()), tersamar(a.hadir()), tersamar(a.dilatih()), tersamar(a.tindakLanjutDijawab()),
					tersamar(a.jualOnline()), tersamar(a.pakaiQris())));
			n++;
		}
		return n;
	}
}
