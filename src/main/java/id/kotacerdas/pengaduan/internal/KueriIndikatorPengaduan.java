package id.kotacerdas.pengaduan.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import id.kotacerdas.pengaduan.StatusPengaduan;
import id.kotacerdas.platform.DataTerbuka;
import id.kotacerdas.platform.Waktu;

/**
 * Counts behind the masterplan figures and the open complaint statistics. They count as the
 * statistics page does (docs/pengaduan.md): reports by the time they were received, judged at the
 * time of the query; an open report past a deadline counts as a failure. No personal data is read.
 */
@Repository
class KueriIndikatorPengaduan {

	/**
	 * The counts of one group of reports.
	 *
	 * @param terbuka still open (needing work on the staff side)
	 * @param responsJatuhTempo answered, or open without an answer past the first-response deadline
	 * @param responsTepat answered by the first-response deadline
	 * @param selesaiJatuhTempo resolved, or open past a deadline (the statistics page's "already due")
	 * @param selesaiTepat resolved by the resolution deadline
	 * @param dibukaKembali re-opened by the reporter at least once
	 */
	record Jumlah(long diterima, long terbuka, long diselesaikan, long responsJatuhTempo, long responsTepat, long selesaiJatuhTempo,
			long selesaiTepat, long dibukaKembali) {

		static final Jumlah KOSONG = new Jumlah(0, 0, 0, 0, 0, 0, 0, 0);

		Jumlah tambah(Jumlah j) {
			return new Jumlah(diterima + j.diterima, terbuka + j.terbuka, diselesaikan + j.diselesaikan,
					responsJatuhTempo + j.responsJatuhTempo, responsTepat + j.responsTepat, selesaiJatuhTempo + j.selesaiJatuhTempo,
					selesaiTepat + j.selesaiTepat, dibukaKembali + j.dibukaKembali);
		}
	}

	/** @param opdId null for reports not (yet) routed to an agency */
	record PerOpd(Long opdId, Jumlah jumlah) {
	}

	/** @param kelurahanKode null for reports without a place in the city */
	record PerKelurahan(String kelurahanKode, Jumlah jumlah) {
	}

	/** One row of the monthly statistics; null keys where a report has no agency or no place. */
	record Sel(YearMonth bulan, Long opdId, String kategori, String kecamatanKode, Jumlah jumlah) {
	}

	/** Open in the statuses' own sense ({@link StatusPengaduan#terbuka()}), so the two never drift apart. */
	private static final String TERBUKA = "p.status not in (" + Arrays.stream(StatusPengaduan.values())
		.filter(s -> !s.terbuka())
		.map(s -> "'" + s.name() + "'")
		.collect(Collectors.joining(",")) + ")";

	private static final String HITUNGAN = """
			count(*) as diterima,
			count(*) filter (where %1$s) as terbuka,
			count(*) filter (where p.selesai_pada is not null) as diselesaikan,
			count(*) filter (where p.direspons_pada is not null or (%1$s and p.tenggat_respons < now())) as respons_jatuh_tempo,
			count(*) filter (where p.direspons_pada <= p.tenggat_respons) as respons_tepat,
			count(*) filter (where %1$s and (p.tenggat_selesai < now() or (p.direspons_pada is null and p.tenggat_respons < now())))
			  as gagal,
			count(*) filter (where p.selesai_pada <= p.tenggat_selesai) as selesai_tepat,
			count(*) filter (where p.kali_dibuka_kembali > 0) as dibuka_kembali""".formatted(TERBUKA);

	private static final String BULAN = "to_char(p.diterima_pada at time zone '" + Waktu.WITA.getId() + "', 'YYYY-MM')";

	private final JdbcClient jdbc;

	KueriIndikatorPengaduan(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Reports received from {@code dari} (inclusive) to {@code sampai} (exclusive), per agency. */
	List<PerOpd> perOpd(Instant dari, Instant sampai) {
		return jdbc.sql("select p.opd_id, " + HITUNGAN + """

				from pengaduan.pengaduan p
				where p.diterima_pada >= :dari and p.diterima_pada < :sampai
				group by p.opd_id""")
			.param("dari", Timestamp.from(dari))
			.param("sampai", Timestamp.from(sampai))
			.query((rs, i) -> new PerOpd(rs.getObject("opd_id", Long.class), jumlah(rs)))
			.list();
	}

	/** Reports received from {@code dari} (inclusive) to {@code sampai} (exclusive), per kelurahan of the report. */
	List<PerKelurahan> perKelurahan(Instant dari, Instant sampai) {
		return jdbc.sql("select p.kelurahan_kode, " + HITUNGAN + """

				from pengaduan.pengaduan p
				where p.diterima_pada >= :dari and p.diterima_pada < :sampai
				group by p.kelurahan_kode""")
			.param("dari", Timestamp.from(dari))
			.param("sampai", Timestamp.from(sampai))
			.query((rs, i) -> new PerKelurahan(rs.getString("kelurahan_kode"), jumlah(rs)))
			.list();
	}

	/**
	 * Every month × agency × category × kecamatan with reports, in that order, from the {@code lewati}-th
	 * group on, at most {@code batas} groups, each handed over as it is read.
	 */
	void perBulan(long lewati, long batas, Consumer<Sel> tujuan) {
		if (lewati < 0 || batas < 0) {
			throw new IllegalArgumentException("negative offset or limit: " + lewati + ", " + batas);
		}
		jdbc.sql("select " + BULAN + " as bulan, p.opd_id, k.nama as kategori, p.kecamatan_kode, " + HITUNGAN + """

				from pengaduan.pengaduan p join pengaduan.kategori k on k.kode = p.kategori_kode
				group by 1, p.opd_id, p.kategori_kode, k.nama, p.kecamatan_kode
				order by 1, p.opd_id nulls last, p.kategori_kode, p.kecamatan_kode nulls last
				offset :lewati limit :batas""")
			.param("lewati", lewati)
			.param("batas", batas)
			.query(rs -> {
				tujuan.accept(new Sel(YearMonth.parse(rs.getString("bulan")), rs.getObject("opd_id", Long.class), rs.getString("kategori"),
						rs.getString("kecamatan_kode"), jumlah(rs)));
			});
	}

	/** From the month of the first report received to that of the last; empty before any. */
	Optional<DataTerbuka.CakupanWaktu> cakupanWaktu() {
		return jdbc.sql("select min(diterima_pada), max(diterima_pada) from pengaduan.pengaduan")
			.query((rs, i) -> DataTerbuka.CakupanWaktu.bulanAntara(rs.getObject(1, OffsetDateTime.class),
					rs.getObject(2, OffsetDateTime.class)))
			.single();
	}

	private static Jumlah jumlah(ResultSet rs) throws SQLException {
		long diselesaikan = rs.getLong("diselesaikan");
		return new Jumlah(rs.getLong("diterima"), rs.getLong("terbuka"), diselesaikan, rs.getLong("respons_jatuh_tempo"),
				rs.getLong("respons_tepat"), diselesaikan + rs.getLong("gagal"), rs.getLong("selesai_tepat"), rs.getLong("dibuka_kembali"));
	}
}
