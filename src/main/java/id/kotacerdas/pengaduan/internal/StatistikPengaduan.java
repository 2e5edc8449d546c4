package id.kotacerdas.pengaduan.internal;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import id.kotacerdas.platform.PermintaanDitolakException;
import id.kotacerdas.wilayah.Kecamatan;
import id.kotacerdas.wilayah.Wilayah;

/**
 * Query class of the figures the Ombudsman asks for, per agency, category, kecamatan, kelurahan or month. Rates
 * come with the volume they are computed from, so small agencies are not judged on three reports.
 * No personal data is read.
 */
@Repository
class StatistikPengaduan {

	/**
	 * One group. The on-time rate is of the reports whose time has come ({@code jatuhTempo}): every
	 * resolved one, and every open one past its resolution deadline or still unanswered past its
	 * first-response deadline, which count as failures; so an agency that never answers scores 0,
	 * not "no data". Other percentages are of the received reports; null when there is nothing to divide.
	 *
	 * @param terbuka open reports (still needing work on the staff side)
	 * @param terlambat open reports past their resolution deadline
	 * @param belumDirespons open reports without any staff response past the first-response deadline
	 */
	record Baris(String kunci, String nama, long diterima, long terbuka, long terlambat, long belumDirespons,
			Double medianResponsJam, Double medianSelesaiJam, long diselesaikan, long tepatWaktu, long jatuhTempo,
			Double persenTepatWaktu, Double persenDibukaKembali, Double persenDikonfirmasi, Double rataPenilaian,
			long jumlahPenilaian) {
	}

	/** Open, in the statuses' own sense ({@code StatusPengaduan.terbuka()}). */
	private static final String TERBUKA = "p.status not in ('SELESAI','DITUTUP','DITOLAK')";

	/** An open report that missed a deadline: a failure for the on-time rate until it is resolved. */
	private static final String GAGAL = TERBUKA
			+ " and (p.tenggat_selesai < now() or (p.direspons_pada is null and p.tenggat_respons < now()))";

	private static final String TEPAT = "p.selesai_pada is not null and p.selesai_pada <= p.tenggat_selesai";

	/** Worst first: the lowest on-time rate, then the most missed deadlines; groups with nothing due yet last. */
	private static final java.util.Comparator<Baris> TERBURUK_DULU = java.util.Comparator
		.comparing(Baris::persenTepatWaktu, java.util.Comparator.nullsLast(java.util.Comparator.naturalOrder()))
		.thenComparing(b -> -(b.terlambat() + b.belumDirespons()))
		.thenComparing(b -> -b.diterima())
		.thenComparing(Baris::nama);

	private static final Map<String, String> DIMENSI = Map.of("opd", "p.opd_id::text", "kategori", "p.kategori_kode",
			"kecamatan", "p.kecamatan_kode", "kelurahan", "p.kelurahan_kode", "bulan",
			"to_char(p.diterima_pada at time zone 'Asia/Makassar', 'YYYY-MM')");

	/** One agency-month cell: the on-time rate is of the cell's reports whose time has come, as in {@link Baris}. */
	record Sel(long diterima, long jatuhTempo, Double persenTepatWaktu) {
	}

	/** One agency's row of the cross table, a cell for every month of {@link TabelSilang#bulan()}. */
	record BarisSilang(String kunci, String nama, List<Sel> sel) {
	}

	/** Agency × month; months run without gaps from the first to the last month with reports. */
	record TabelSilang(List<String> bulan, List<BarisSilang> baris) {
	}

	/**
	 * One channel: reports received, their share of all received (percentage points) and the median
	 * hours to the first staff response. {@code saluranPesan} names the channel in words (a bundle key).
	 */
	record BarisSaluran(String saluranPesan, long diterima, Double persen, Double medianResponsJam) {
	}

	/** A result and the state of the reports it was computed from. */
	private record Simpanan(Object versi, Object hasil) {
	}

	private static final int SIMPANAN_MAKS = 200;

	private final Map<String, Simpanan> simpanan = new java.util.concurrent.ConcurrentHashMap<>();

	private final JdbcClient jdbc;

	private final PencarianPengaduan cari;

	private final Wilayah wilayah;

	StatistikPengaduan(JdbcClient jdbc, PencarianPengaduan cari, Wilayah wilayah) {
		this.jdbc = jdbc;
		this.cari = cari;
		this.wilayah = wilayah;
	}

	/** Bounds of an open period: a fixed value keeps "everything so far" one reusable result. */
	static final Instant AWAL = Instant.EPOCH;

	static final Instant AKHIR = Instant.parse("9999-12-31T00:00:00Z");

	static boolean dimensiSah(String dimensi) {
		return DIMENSI.containsKey(dimensi);
	}

	/**
	 * Over the whole history these take seconds on a million reports, and the summary page is
	 * public: a result is reused until a report changes (the newest change time moves).
	 */
	List<Baris> hitung(String dimensi, Instant dari, Instant sampai) {
		if (!DIMENSI.containsKey(dimensi)) {
			throw new PermintaanDitolakException("galat.parameter-tidak-valid", "dimensi");
		}
		return tersimpan(dimensi + '|' + dari + '|' + sampai, () -> hitungUlang(dimensi, dari, sampai));
	}

	/** How each agency develops month by month; for staff, like the other figures all reports count. */
	TabelSilang opdPerBulan(Instant dari, Instant sampai) {
		return tersimpan("opd×bulan|" + dari + '|' + sampai, () -> hitungSilang(dari, sampai));
	}

	/**
	 * Every channel the platform takes reports on, in a fixed order and with zeros, so a channel nobody
	 * uses yet shows as such; a stored channel this version does not know comes last as "other".
	 */
	List<BarisSaluran> perSaluran(Instant dari, Instant sampai) {
		return tersimpan("saluran|" + dari + '|' + sampai, () -> {
			record Jumlah(String saluran, long diterima, Double median) {
			}
			List<Jumlah> jumlah = jdbc.sql("""
					select p.saluran, count(*) as diterima,
					  percentile_cont(0.5) within group (order by extract(epoch from p.direspons_pada - p.diterima_pada) / 3600)
					    filter (where p.direspons_pada is not null) as median_respons
					from pengaduan.pengaduan p
					where p.diterima_pada >= :dari and p.diterima_pada < :sampai
					group by 1""")
				.param("dari", PengaduanRepository.ts(dari)).param("sampai", PengaduanRepository.ts(sampai))
				.query((rs, i) -> new Jumlah(rs.getString(1), rs.getLong(2), rs.getObject(3, Double.class))).list();
			long semua = jumlah.stream().mapToLong(Jumlah::diterima).sum();
			List<BarisSaluran> baris = new java.util.ArrayList<>();
			for (Saluran s : Saluran.values()) {
				Jumlah j = jumlah.stream().filter(x -> s.kode().equals(x.saluran())).findFirst().orElse(new Jumlah(s.kode(), 0, null));
				baris.add(new BarisSaluran(s.kodePesan(), j.diterima(), persen(j.diterima(), semua), bulat(j.median())));
			}
			List<Jumlah> lain = jumlah.stream().filter(x -> Saluran.dariKode(x.saluran()).isEmpty()).toList();
			if (!lain.isEmpty()) {
				long n = lain.stream().mapToLong(Jumlah::diterima).sum();
				// their medians cannot be merged; the other channels are rare enough to show by count alone
				baris.add(new BarisSaluran("saluran.lain", n, persen(n, semua), lain.size() == 1 ? bulat(lain.get(0).median()) : null));
			}
			return List.copyOf(baris);
		});
	}

	@SuppressWarnings("unchecked")
	private <T> T tersimpan(String kunci, java.util.function.Supplier<T> hitung) {
		// a deadline passing changes the figures as much as an edit does, so the next deadline still to pass is
		// part of the version: it moves exactly when one passes (each is one probe of a partial index of open reports)
		Object versi = jdbc.sql("""
				select array[max(diperbarui_pada)::text, max(id)::text,
				  (select min(p.tenggat_selesai) from pengaduan.pengaduan p where %1$s and p.tenggat_selesai >= now())::text,
				  (select min(p.tenggat_respons) from pengaduan.pengaduan p
				     where p.direspons_pada is null and %1$s and p.tenggat_respons >= now())::text]
				from pengaduan.pengaduan""".formatted(TERBUKA))
			.query((rs, i) -> java.util.Arrays.asList((String[]) rs.getArray(1).getArray())).single();
		Simpanan ada = simpanan.get(kunci);
		if (ada != null && ada.versi().equals(versi)) {
			return (T) ada.hasil();
		}
		T hasil = hitung.get();
		if (simpanan.size() >= SIMPANAN_MAKS) {
			simpanan.clear();
		}
		simpanan.put(kunci, new Simpanan(versi, hasil));
		return hasil;
	}

	private record Jumlah(String opd, String bulan, Sel sel) {
	}

	private TabelSilang hitungSilang(Instant dari, Instant sampai) {
		List<Jumlah> jumlah = jdbc.sql("""
				select p.opd_id::text as opd, to_char(p.diterima_pada at time zone 'Asia/Makassar', 'YYYY-MM') as bulan,
				  count(*) as diterima,
				  count(*) filter (where p.selesai_pada is not null or (%2$s)) as jatuh_tempo,
				  count(*) filter (where %3$s) as tepat
				from pengaduan.pengaduan p
				where p.diterima_pada >= :dari and p.diterima_pada < :sampai
				group by 1, 2""".formatted(TERBUKA, GAGAL, TEPAT))
			.param("dari", PengaduanRepository.ts(dari)).param("sampai", PengaduanRepository.ts(sampai))
			.query((rs, i) -> {
				long jatuhTempo = rs.getLong("jatuh_tempo");
				return new Jumlah(rs.getString("opd"), rs.getString("bulan"),
						new Sel(rs.getLong("diterima"), jatuhTempo, persen(rs.getLong("tepat"), jatuhTempo)));
			})
			.list();
		List<String> bulan = new java.util.ArrayList<>();
		jumlah.stream().map(j -> java.time.YearMonth.parse(j.bulan())).min(java.util.Comparator.naturalOrder()).ifPresent(awal -> {
			java.time.YearMonth akhir = jumlah.stream().map(j -> java.time.YearMonth.parse(j.bulan()))
				.max(java.util.Comparator.naturalOrder()).orElseThrow();
			for (java.time.YearMonth b = awal; !b.isAfter(akhir); b = b.plusMonths(1)) {
				bulan.add(b.toString());
			}
		});
		Map<String, Map<String, Sel>> perOpd = new java.util.HashMap<>();
		jumlah.forEach(j -> perOpd.computeIfAbsent(j.opd() == null ? "" : j.opd(), k -> new java.util.HashMap<>()).put(j.bulan(), j.sel()));
		Sel kosong = new Sel(0, 0, null);
		List<BarisSilang> baris = perOpd.entrySet().stream()
			.map(e -> new BarisSilang(e.getKey(), e.getKey().isEmpty() ? "-" : cari.namaOpd(Long.valueOf(e.getKey())),
					bulan.stream().map(b -> e.getValue().getOrDefault(b, kosong)).toList()))
			.sorted(java.util.Comparator.comparingLong((BarisSilang b) -> -b.sel().stream().mapToLong(Sel::diterima).sum())
				.thenComparing(BarisSilang::nama))
			.toList();
		return new TabelSilang(List.copyOf(bulan), baris);
	}

	private List<Baris> hitungUlang(String dimensi, Instant dari, Instant sampai) {
		String kolom = DIMENSI.get(dimensi);
		Map<String, String> namaKategori = jdbc.sql("select kode, nama from pengaduan.kategori")
			.query((rs, i) -> Map.entry(rs.getString(1), rs.getString(2))).list().stream()
			.collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
		List<Baris> baris = jdbc.sql("select " + kolom + """
				 as kunci, count(*) as diterima,
				  count(*) filter (where %1$s) as terbuka,
				  count(*) filter (where %1$s and p.tenggat_selesai < now()) as terlambat,
				  count(*) filter (where %1$s and p.direspons_pada is null and p.tenggat_respons < now()) as belum_direspons,
				  count(*) filter (where %2$s) as gagal,
				  percentile_cont(0.5) within group (order by extract(epoch from p.direspons_pada - p.diterima_pada) / 3600)
				    filter (where p.direspons_pada is not null) as median_respons,
				  percentile_cont(0.5) within group (order by extract(epoch from p.selesai_pada - p.diterima_pada) / 3600)
				    filter (where p.selesai_pada is not null) as median_selesai,
				  count(*) filter (where p.selesai_pada is not null) as diselesaikan,
				  count(*) filter (where %3$s) as tepat,
				  count(*) filter (where p.kali_dibuka_kembali > 0) as dibuka_kembali,
				  count(*) filter (where p.dikonfirmasi) as dikonfirmasi,
				  avg(p.penilaian)::float8 as rata_penilaian, count(p.penilaian) as jumlah_penilaian
				from pengaduan.pengaduan p
				where p.diterima_pada >= :dari and p.diterima_pada < :sampai
				group by 1 order by 1""".formatted(TERBUKA, GAGAL, TEPAT))
			.param("dari", PengaduanRepository.ts(dari)).param("sampai", PengaduanRepository.ts(sampai))
			.query((rs, i) -> {
				String kunci = rs.getString("kunci");
				long diterima = rs.getLong("diterima");
				long selesai = rs.getLong("diselesaikan");
				long tepat = rs.getLong("tepat");
				long jatuhTempo = selesai + rs.getLong("gagal");
				return new Baris(kunci, nama(dimensi, kunci, namaKategori), diterima, rs.getLong("terbuka"), rs.getLong("terlambat"),
						rs.getLong("belum_direspons"), bulat(rs.getObject("median_respons", Double.class)),
						bulat(rs.getObject("median_selesai", Double.class)), selesai, tepat, jatuhTempo, persen(tepat, jatuhTempo),
						persen(rs.getLong("dibuka_kembali"), diterima), persen(rs.getLong("dikonfirmasi"), diterima),
						bulat(rs.getObject("rata_penilaian", Double.class)), rs.getLong("jumlah_penilaian"));
			})
			.list();
		// months read in their order; every other grouping is a ranking
		return "bulan".equals(dimensi) ? baris : baris.stream().sorted(TERBURUK_DULU).toList();
	}

	private String nama(String dimensi, String kunci, Map<String, String> namaKategori) {
		if (kunci == null) {
			return "-";
		}
		return switch (dimensi) {
			case "opd" -> cari.namaOpd(Long.valueOf(kunci));
			case "kategori" -> namaKategori.getOrDefault(kunci, kunci);
			case "kecamatan" -> wilayah.kecamatan(kunci).map(Kecamatan::nama).orElse(kunci);
			case "kelurahan" -> cari.namaKelurahan(kunci);
			default -> kunci;
		};
	}

	private static Double persen(long bagian, long dari) {
		return dari == 0 ? null : Math.round(1000.0 * bagian / dari) / 10.0;
	}

	private static Double bulat(Double nilai) {
		return nilai == null ? null : Math.round(nilai * 10) / 10.0;
	}
}
