package id.kotacerdas.kepegawaian.internal.statistik;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;

import id.kotacerdas.kepegawaian.internal.kalender.KalenderPegawai;
import id.kotacerdas.kepegawaian.internal.kalender.PegawaiRingkas;
import id.kotacerdas.opd.DaftarOpd;
import id.kotacerdas.opd.Opd;
import id.kotacerdas.platform.DataTerbuka;
import id.kotacerdas.platform.ElemenKotaCerdas;
import id.kotacerdas.platform.KatalogDataTerbuka;
import id.kotacerdas.platform.KotaProperties;
import id.kotacerdas.platform.Waktu;

/**
 * The city's civil servants as open data: per agency, the count in each category of one dimension at
 * a time (rank, education, sex, age band, position type), never two crossed, never a name or NIP. A
 * count from 1 to {@link #AMBANG} − 1 is suppressed (empty), and where an agency's dimension would
 * have a single suppressed count its smallest other count is suppressed too, so no suppressed count
 * can be recovered from the agency's total (which every dimension adds up to). Categories nobody is
 * in are left out. City-wide rows are not published: the city total less the agencies' published
 * counts would give the suppressed ones back.
 */
record DataTerbukaPegawai(Metadata metadata, StatistikPegawai statistik, KalenderPegawai kalender, DaftarOpd daftarOpd,
		MessageSource pesan, Clock clock) implements DataTerbuka {

	/** The smallest count published: fewer people than this could be told apart. */
	static final int AMBANG = 5;

	/** The dimensions published; the agency is the row's own column. */
	static final List<StatistikPegawai.Dimensi> DIMENSI = List.of(StatistikPegawai.Dimensi.GOLONGAN, StatistikPegawai.Dimensi.PENDIDIKAN,
			StatistikPegawai.Dimensi.KELAMIN, StatistikPegawai.Dimensi.USIA, StatistikPegawai.Dimensi.JENIS_JABATAN);

	private static final List<Kolom> KOLOM = List.of(kolom("opd", JenisKolom.TEKS), kolom("dimensi", JenisKolom.TEKS),
			kolom("kategori", JenisKolom.TEKS), kolom("jumlah", JenisKolom.BILANGAN_BULAT));

	/** Open data is published in Indonesian. */
	private static final Locale BAHASA = Locale.forLanguageTag("id");

	static Metadata identitas(KatalogDataTerbuka katalog, KotaProperties kota) {
		return katalog.metadata(kota, "komposisi-asn-per-opd", "kepegawaian.data-terbuka.judul", "kepegawaian.data-terbuka.keterangan",
				List.of("asn", "pns", "pppk", "kepegawaian", "sumber daya manusia"), ElemenKotaCerdas.MANAJEMEN_BIROKRASI, Frekuensi.BULANAN,
				KOLOM);
	}

	private static Kolom kolom(String nama, JenisKolom jenis) {
		return new Kolom(nama, jenis, "kepegawaian.data-terbuka.kolom." + nama);
	}

	@Override
	public Optional<CakupanWaktu> cakupanWaktu() {
		LocalDate hari = LocalDate.now(clock.withZone(Waktu.WITA));
		return Optional.of(new CakupanWaktu(hari, hari));
	}

	@Override
	public long baris(long lewati, long batas, Consumer<List<Object>> tujuan) {
		LocalDate hari = LocalDate.now(clock.withZone(Waktu.WITA));
		Map<Long, List<PegawaiRingkas>> perOpd = kalender.masihBekerja(null).stream()
			.collect(Collectors.groupingBy(PegawaiRingkas::opdId));
		List<List<Object>> semua = new ArrayList<>();
		daftarOpd.semua().stream().filter(o -> perOpd.containsKey(o.id())).sorted(Comparator.comparing(Opd::nama)).forEach(o -> {
			for (StatistikPegawai.Dimensi d : DIMENSI) {
				String dimensi = pesan.getMessage("kepegawaian.statistik.dimensi." + d.kode(), null, BAHASA);
				List<StatistikPegawai.Sel> sel = statistik.hitung(d, perOpd.get(o.id()), hari, BAHASA);
				List<Long> jumlah = tersamar(sel.stream().map(StatistikPegawai.Sel::jumlah).toList());
				for (int i = 0; i < sel.size(); i++) {
					semua.add(java.util.Arrays.asList(o.nama(), dimensi, sel.get(i).label(), jumlah.get(i)));
				}
			}
		});
		List<List<Object>> bagian = semua.stream().skip(lewati).limit(batas).toList();
		bagian.forEach(tujuan);
		return bagian.size();
	}

	/**
	 * The counts of one agency's dimension as published: below {@link #AMBANG} null, and a lone
	 * suppressed count joined by the smallest other one.
	 */
	static List<Long> tersamar(List<Long> jumlah) {
		List<Long> hasil = new ArrayList<>(jumlah.stream().map(n -> n < AMBANG ? null : n).toList());
		long tersembunyi = hasil.stream().filter(java.util.Objects::isNull).count();
		if (tersembunyi == 1) {
			int terkecil = -1;
			for (int i = 0; i < hasil.size(); i++) {
				if (hasil.get(i) != null && (terkecil < 0 || hasil.get(i) < hasil.get(terkecil))) {
					terkecil = i;
				}
			}
			if (terkecil >= 0) {
				hasil.set(terkecil, null);
			}
		}
		return hasil;
	}
}
