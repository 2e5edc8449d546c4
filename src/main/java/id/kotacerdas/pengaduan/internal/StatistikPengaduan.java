package id.kotacerdas.pengaduan.internal;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import id.kotacerdas.platform.PermintaanDitolakException;
import id.kotacerdas.wilayah.Kecamatan;
import id.kotacerdas.wilayah.Wilayah;

/**
 * Figures the Ombudsman asks for, per agency, category, kecamatan, kelurahan or month. Rates
 * come with the volume they are computed from, so small agencies are not judged on three reports.
 * No personal data is read.
 */
@Component
class StatistikPengaduan {

	/** One group; percentages are of the group's received (or resolved, for SLA) reports, null when there is nothing to divide. */
	record Baris(String kunci, String nama, long diterima, Double medianResponsJam, Double medianSelesaiJam, long diselesaikan,
			Double persenTepatWaktu, Double persenDibukaKembali, Double persenDikonfirmasi, Double rataPenilaian,
			long jumlahPenilaian) {
	}

	private static final Map<String, String> DIMENSI = Map.of("opd", "p.opd_id::text", "kategori", "p.kategori_kode",
			"kecamatan", "p.kecamatan_kode", "kelurahan", "p.kelurahan_kode", "bulan",
			"to_char(p.diterima_pada at time zone 'Asia/Makassar', 'YYYY-MM')");

	/** A result and the state of the reports it was computed from. */
	private record Simpanan(Object versi, List<Baris> baris) {
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
		Object versi = jdbc.sql("select array[max(diperbarui_pada)::text, max(id)::text] from pengaduan.pengaduan")
			.query((rs, i) -> java.util.Arrays.asList((String[]) rs.getArray(1).getArray())).single();
		String kunci = dimensi + '|' + dari + '|' + sampai;
		Simpanan ada = simpanan.get(kunci);
		if (ada != null && ada.versi().equals(versi)) {
			return ada.baris();
		}
		List<Baris> baris = hitungUlang(dimensi, dari, sampai);
		if (simpanan.size() >= SIMPANAN_MAKS) {
			simpanan.clear();
		}
		simpanan.put(kunci, new Simpanan(versi, baris));
		return baris;
	}

	private List<Baris> hitungUlang(String dimensi, Instant dari, Instant sampai) {
		String kolom = DIMENSI.get(dimensi);
		Map<String, String> namaKategori = jdbc.sql("select kode, nama from pengaduan.kategori")
			.query((rs, i) -> Map.entry(rs.getString(1), rs.getString(2))).list().stream()
			.collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
		return jdbc.sql("select " + kolom + """
				 as kunci, count(*) as diterima,
				  percentile_cont(0.5) within group (order by extract(epoch from p.direspons_pada - p.diterima_pada) / 3600)
				    filter (where p.direspons_pada is not null) as median_respons,
				  percentile_cont(0.5) within group (order by extract(epoch from p.selesai_pada - p.diterima_pada) / 3600)
				    filter (where p.selesai_pada is not null) as median_selesai,
				  count(*) filter (where p.selesai_pada is not null) as diselesaikan,
				  count(*) filter (where p.selesai_pada is not null and p.selesai_pada <= p.tenggat_selesai) as tepat,
				  count(*) filter (where p.kali_dibuka_kembali > 0) as dibuka_kembali,
				  count(*) filter (where p.dikonfirmasi) as dikonfirmasi,
				  avg(p.penilaian)::float8 as rata_penilaian, count(p.penilaian) as jumlah_penilaian
				from pengaduan.pengaduan p
				where p.diterima_pada >= :dari and p.diterima_pada < :sampai
				group by 1 order by 2 desc, 1""")
			.param("dari", PengaduanRepository.ts(dari)).param("sampai", PengaduanRepository.ts(sampai))
			.query((rs, i) -> {
				String kunci = rs.getString("kunci");
				long diterima = rs.getLong("diterima");
				long selesai = rs.getLong("diselesaikan");
				return new Baris(kunci, nama(dimensi, kunci, namaKategori), diterima, bulat(rs.getObject("median_respons", Double.class)),
						bulat(rs.getObject("median_selesai", Double.class)), selesai, persen(rs.getLong("tepat"), selesai),
						persen(rs.getLong("dibuka_kembali"), diterima), persen(rs.getLong("dikonfirmasi"), diterima),
						bulat(rs.getObject("rata_penilaian", Double.class)), rs.getLong("jumlah_penilaian"));
			})
			.list();
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
