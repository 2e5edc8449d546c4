package id.kotacerdas.kepegawaian.internal.kalender;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The employees the calendars and the DUK read, the rank ceilings, and the record of monthly digests. */
@Repository
class KalenderRepository {

	/** Advisory lock key: "pegawai ringkas". */
	static final long KUNCI = 0x7065675f726b7331L;

	/** Every legal status but "retired" ({@code kepegawaian.referensi}, kedudukan-hukum 99). */
	private static final String MASIH_BEKERJA = "kedudukan_hukum <> '99'";

	private final JdbcClient jdbc;

	KalenderRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Employees still in service, of one agency or (null) the city. */
	List<PegawaiRingkas> masihBekerja(Long opdId) {
		return jdbc.sql("""
				SELECT id, nip, nama, gelar_depan, gelar_belakang, tanggal_lahir, jenis_kelamin, jenis_pegawai, tmt_cpns, golongan,
				  tmt_golongan, pendidikan, jenis_jabatan, nama_jabatan, tmt_jabatan, eselon, opd_id, unor
				FROM kepegawaian.pegawai WHERE\s""" + MASIH_BEKERJA + " AND (CAST(:opd AS bigint) IS NULL OR opd_id = :opd) ORDER BY nama, id")
			.param("opd", opdId)
			.query(PegawaiRingkas.class)
			.list();
	}

	/** Agencies with an employee still in service. */
	List<Long> opdBerpegawai() {
		return jdbc.sql("SELECT DISTINCT opd_id FROM kepegawaian.pegawai WHERE " + MASIH_BEKERJA + " ORDER BY opd_id")
			.query(Long.class)
			.list();
	}

	Map<String, String> pangkatMaksimal() {
		return jdbc.sql("SELECT pendidikan, golongan FROM kepegawaian.pangkat_maksimal")
			.query((rs, i) -> Map.entry(rs.getString(1), rs.getString(2)))
			.list()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
	}

	/** Takes the digest run for this transaction; false when another instance holds it. */
	boolean kunciJalan() {
		return jdbc.sql("SELECT pg_try_advisory_xact_lock(?)").param(KUNCI).query(Boolean.class).single();
	}

	/** Records an agency's digest of a month; false when that month's was recorded already. */
	boolean catatRingkasan(long opdId, LocalDate bulan, List<String> penerima, RingkasanKalender r, Instant waktu) {
		return jdbc.sql("""
				INSERT INTO kepegawaian.ringkasan_kalender (opd_id, bulan, penerima, jumlah_pangkat, jumlah_kgb, jumlah_pensiun, dibuat)
				VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""")
			.params(opdId, bulan, penerima.toArray(String[]::new), r.pangkat().size(), r.kgb().size(), r.pensiun().size(),
					Timestamp.from(waktu))
			.update() == 1;
	}
}
