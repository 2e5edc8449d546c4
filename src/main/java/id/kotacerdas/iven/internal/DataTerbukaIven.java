package id.kotacerdas.iven.internal;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;

import org.springframework.context.MessageSource;

import id.kotacerdas.platform.DataTerbuka;
import id.kotacerdas.platform.ElemenKotaCerdas;
import id.kotacerdas.platform.KatalogDataTerbuka;
import id.kotacerdas.platform.KotaProperties;

/**
 * Public events per month of start, kelurahan and type: how many took place or are planned, how many were
 * cancelled, how many are series. Events are public already; the dataset has no submitter and no contact.
 */
record DataTerbukaIven(Metadata metadata, AcaraRepository repo, PenyajiIven penyaji, MessageSource pesan) implements DataTerbuka {

	private static final List<Kolom> KOLOM = List.of(kolom("bulan", JenisKolom.BULAN), kolom("kelurahan", JenisKolom.TEKS),
			kolom("jenis", JenisKolom.TEKS), kolom("acara", JenisKolom.BILANGAN_BULAT), kolom("dibatalkan", JenisKolom.BILANGAN_BULAT),
			kolom("berulang", JenisKolom.BILANGAN_BULAT));

	static Metadata identitas(KatalogDataTerbuka katalog, KotaProperties kota) {
		return katalog.metadata(kota, "acara-kelurahan", "iven.data-terbuka.judul", "iven.data-terbuka.keterangan",
				List.of("acara", "event kelurahan", "pariwisata", "kalender"), ElemenKotaCerdas.EKOSISTEM_PARIWISATA, Frekuensi.BULANAN, KOLOM);
	}

	private static Kolom kolom(String nama, JenisKolom jenis) {
		return new Kolom(nama, jenis, "iven.data-terbuka.kolom." + nama);
	}

	@Override
	public Optional<CakupanWaktu> cakupanWaktu() {
		List<AcaraRepository.Angka> semua = repo.angka();
		if (semua.isEmpty()) {
			return Optional.empty();
		}
		return Optional.of(new CakupanWaktu(semua.get(0).bulan().atDay(1), semua.stream().map(AcaraRepository.Angka::bulan)
			.max(java.util.Comparator.naturalOrder()).orElseThrow().atEndOfMonth()));
	}

	@Override
	public long baris(long lewati, long batas, Consumer<List<Object>> tujuan) {
		long n = 0;
		for (AcaraRepository.Angka a : repo.angka().stream().skip(lewati).limit(batas).toList()) {
			tujuan.accept(Arrays.asList(a.bulan(), penyaji.namaKelurahan(a.kelurahan()), pesan.getMessage(a.jenis().kodePesan(), null, Locale.ROOT),
					a.dijadwalkan(), a.dibatalkan(), a.berulang()));
			n++;
		}
		return n;
	}
}
