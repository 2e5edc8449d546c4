package id.kotacerdas.kepegawaian.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

import javax.sql.DataSource;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The career history ({@code kepegawaian.riwayat}) and the employee's current values derived from it.
 * The read methods are the history's API for the rest of the module (the SIASN quality check, the
 * calendars): stable. Writing goes through {@link RegisterRiwayat}, which keeps the record derived.
 */
@Repository
public class RiwayatRepository {

	private static final String KOLOM = """
			id, pegawai_id, jenis, tmt, nomor_sk, tanggal_sk, berkas_id, golongan, jenis_jabatan, nama_jabatan, eselon, opd_id, unor,
			pendidikan, nama_sekolah, jurusan, gelar_depan, gelar_belakang, nama, penyelenggara, jam_pelajaran, tingkat_hukuman,
			jenis_hukuman, tmt_selesai, tahun, predikat, dicatat, dicatat_oleh, diubah, diubah_oleh""";

	/** Newest first: a later TMT, and for the same TMT the later entry (a correction) wins. */
	private static final String URUTAN_TERBARU = " ORDER BY tmt DESC, id DESC";

	/** Rows a city-wide stream holds in memory at once. */
	private static final int UKURAN_AMBIL = 1_000;

	private static final RowMapper<Riwayat> BARIS = RiwayatRepository::baris;

	private final JdbcClient jdbc;

	/** The same connection pool, reading through a cursor: a city-wide stream never holds the whole table. */
	private final JdbcClient jdbcAlir;

	RiwayatRepository(JdbcClient jdbc, DataSource dataSource) {
		this.jdbc = jdbc;
		JdbcTemplate alir = new JdbcTemplate(dataSource);
		alir.setFetchSize(UKURAN_AMBIL);
		this.jdbcAlir = JdbcClient.create(alir);
	}

	public Optional<Riwayat> cari(long id) {
		return jdbc.sql("SELECT " + KOLOM + " FROM kepegawaian.riwayat WHERE id = ?").param(id).query(BARIS).optional();
	}

	/** An employee's history of one kind, newest first. */
	public List<Riwayat> daftar(long pegawaiId, JenisRiwayat jenis) {
		return jdbc.sql("SELECT " + KOLOM + " FROM kepegawaian.riwayat WHERE pegawai_id = ? AND jenis = ?" + URUTAN_TERBARU)
			.params(pegawaiId, jenis.kode())
			.query(BARIS)
			.list();
	}

	/** An employee's whole history, by kind (in {@link JenisRiwayat} order), newest first within a kind. */
	public List<Riwayat> semua(long pegawaiId) {
		return jdbc.sql("SELECT " + KOLOM + " FROM kepegawaian.riwayat WHERE pegawai_id = ?" + URUTAN_TERBARU)
			.param(pegawaiId)
			.query(BARIS)
			.list()
			.stream()
			.sorted(Comparator.comparing(Riwayat::jenis))
			.toList();
	}

	/** The latest row of a kind by TMT (the one the record's current values come from, for rank and position). */
	public Optional<Riwayat> terakhir(long pegawaiId, JenisRiwayat jenis) {
		return jdbc.sql("SELECT " + KOLOM + " FROM kepegawaian.riwayat WHERE pegawai_id = ? AND jenis = ?" + URUTAN_TERBARU + " LIMIT 1")
			.params(pegawaiId, jenis.kode())
			.query(BARIS)
			.optional();
	}

	/**
	 * Every row of one kind in the city, ordered by employee and then TMT (oldest first, so gaps and
	 * overlaps show between neighbours), read through a cursor in one query (the
	 * caller's transaction, or a read-only one of its own), so memory stays flat.
	 */
	@Transactional(readOnly = true)
	public void setiap(JenisRiwayat jenis, Consumer<Riwayat> tindakan) {
		jdbcAlir.sql("SELECT " + KOLOM + " FROM kepegawaian.riwayat WHERE jenis = ? ORDER BY pegawai_id, tmt, id")
			.param(jenis.kode())
			.query((RowCallbackHandler) rs -> tindakan.accept(baris(rs, 0)));
	}

	/** The latest row of one kind for every employee who has one, ordered by employee, streamed. */
	@Transactional(readOnly = true)
	public void setiapTerakhir(JenisRiwayat jenis, Consumer<Riwayat> tindakan) {
		jdbcAlir.sql("SELECT DISTINCT ON (pegawai_id) " + KOLOM + " FROM kepegawaian.riwayat WHERE jenis = ? ORDER BY pegawai_id, tmt DESC, id DESC")
			.param(jenis.kode())
			.query((RowCallbackHandler) rs -> tindakan.accept(baris(rs, 0)));
	}

	long tambah(Riwayat r, Instant waktu, String oleh) {
		return jdbc.sql("""
				INSERT INTO kepegawaian.riwayat (pegawai_id, jenis, tmt, nomor_sk, tanggal_sk, berkas_id, golongan, jenis_jabatan, nama_jabatan,
				  eselon, opd_id, unor, pendidikan, nama_sekolah, jurusan, gelar_depan, gelar_belakang, nama, penyelenggara, jam_pelajaran,
				  tingkat_hukuman, jenis_hukuman, tmt_selesai, tahun, predikat, dicatat, dicatat_oleh, diubah, diubah_oleh)
				VALUES (:pegawaiId, :jenis, :tmt, :nomorSk, :tanggalSk, :berkasId, :golongan, :jenisJabatan, :namaJabatan, :eselon, :opdId,
				  :unor, :pendidikan, :namaSekolah, :jurusan, :gelarDepan, :gelarBelakang, :nama, :penyelenggara, :jamPelajaran,
				  :tingkatHukuman, :jenisHukuman, :tmtSelesai, :tahun, :predikat, :waktu, :oleh, :waktu, :oleh)
				RETURNING id""")
			.paramSource(parameter(r).addValue("waktu", Timestamp.from(waktu)).addValue("oleh", oleh))
			.query(Long.class)
			.single();
	}

	/**
	 * The first rank, position and education rows of a new record, from what its form said (the only
	 * time these values are typed on the employee form); as the migration did for the records before.
	 */
	void tambahAwal(long pegawaiId, Instant waktu, String oleh) {
		for (String sql : List.of("""
				INSERT INTO kepegawaian.riwayat (pegawai_id, jenis, tmt, golongan, dicatat, dicatat_oleh, diubah, diubah_oleh)
				SELECT id, 'golongan', tmt_golongan, golongan, :waktu, :oleh, :waktu, :oleh FROM kepegawaian.pegawai WHERE id = :id""", """
				INSERT INTO kepegawaian.riwayat (pegawai_id, jenis, tmt, jenis_jabatan, nama_jabatan, eselon, opd_id, unor, dicatat,
				  dicatat_oleh, diubah, diubah_oleh)
				SELECT id, 'jabatan', tmt_jabatan, jenis_jabatan, nama_jabatan, eselon, opd_id, unor, :waktu, :oleh, :waktu, :oleh
				FROM kepegawaian.pegawai WHERE id = :id""", """
				INSERT INTO kepegawaian.riwayat (pegawai_id, jenis, tmt, pendidikan, jurusan, dicatat, dicatat_oleh, diubah, diubah_oleh)
				SELECT id, 'pendidikan', coalesce(tmt_cpns, tmt_golongan), pendidikan, jurusan, :waktu, :oleh, :waktu, :oleh
				FROM kepegawaian.pegawai WHERE id = :id""")) {
			jdbc.sql(sql).param("id", pegawaiId).param("waktu", Timestamp.from(waktu)).param("oleh", oleh).update();
		}
	}

	/** Changes what was decreed; who first recorded it and when stay. */
	void ubah(long id, Riwayat r, Instant waktu, String oleh) {
		jdbc.sql("""
				UPDATE kepegawaian.riwayat SET tmt = :tmt, nomor_sk = :nomorSk, tanggal_sk = :tanggalSk, berkas_id = :berkasId,
				  golongan = :golongan, jenis_jabatan = :jenisJabatan, nama_jabatan = :namaJabatan, eselon = :eselon, opd_id = :opdId,
				  unor = :unor, pendidikan = :pendidikan, nama_sekolah = :namaSekolah, jurusan = :jurusan, gelar_depan = :gelarDepan,
				  gelar_belakang = :gelarBelakang, nama = :nama, penyelenggara = :penyelenggara, jam_pelajaran = :jamPelajaran,
				  tingkat_hukuman = :tingkatHukuman, jenis_hukuman = :jenisHukuman, tmt_selesai = :tmtSelesai, tahun = :tahun,
				  predikat = :predikat, diubah = :waktu, diubah_oleh = :oleh
				WHERE id = :idRiwayat""")
			.paramSource(parameter(r).addValue("waktu", Timestamp.from(waktu)).addValue("oleh", oleh).addValue("idRiwayat", id))
			.update();
	}

	void hapus(long id) {
		jdbc.sql("DELETE FROM kepegawaian.riwayat WHERE id = ?").param(id).update();
	}

	long jumlah(long pegawaiId, JenisRiwayat jenis) {
		return jdbc.sql("SELECT count(*) FROM kepegawaian.riwayat WHERE pegawai_id = ? AND jenis = ?")
			.params(pegawaiId, jenis.kode())
			.query(Long.class)
			.single();
	}

	/**
	 * Sets the employee's current values of a deriving kind from its history: rank and position from
	 * the latest row by TMT, education from the highest level (the latest of that level). A kind
	 * without rows leaves the record as it is (the register never deletes the last one).
	 */
	void turunkan(long pegawaiId, JenisRiwayat jenis, Instant waktu) {
		String sql = switch (jenis) {
			case GOLONGAN -> """
					UPDATE kepegawaian.pegawai p SET golongan = r.golongan, tmt_golongan = r.tmt, diubah = :waktu
					FROM (SELECT golongan, tmt FROM kepegawaian.riwayat WHERE pegawai_id = :id AND jenis = 'golongan'
					      ORDER BY tmt DESC, id DESC LIMIT 1) r
					WHERE p.id = :id""";
			case JABATAN -> """
					UPDATE kepegawaian.pegawai p SET jenis_jabatan = r.jenis_jabatan, nama_jabatan = r.nama_jabatan, tmt_jabatan = r.tmt,
					  eselon = r.eselon, opd_id = r.opd_id, unor = r.unor, diubah = :waktu
					FROM (SELECT jenis_jabatan, nama_jabatan, tmt, eselon, opd_id, unor FROM kepegawaian.riwayat
					      WHERE pegawai_id = :id AND jenis = 'jabatan' ORDER BY tmt DESC, id DESC LIMIT 1) r
					WHERE p.id = :id""";
			case PENDIDIKAN -> """
					UPDATE kepegawaian.pegawai p SET pendidikan = r.pendidikan, jurusan = r.jurusan, diubah = :waktu
					FROM (SELECT h.pendidikan, h.jurusan FROM kepegawaian.riwayat h
					      LEFT JOIN kepegawaian.referensi t ON t.jenis = 'pendidikan' AND t.kode = h.pendidikan
					      WHERE h.pegawai_id = :id AND h.jenis = 'pendidikan'
					      ORDER BY t.urutan DESC NULLS LAST, h.tmt DESC, h.id DESC LIMIT 1) r
					WHERE p.id = :id""";
			default -> throw new IllegalArgumentException("no current value derives from " + jenis);
		};
		jdbc.sql(sql).param("id", pegawaiId).param("waktu", Timestamp.from(waktu)).update();
	}

	private static MapSqlParameterSource parameter(Riwayat r) {
		var p = new MapSqlParameterSource();
		p.addValue("pegawaiId", r.pegawaiId());
		p.addValue("jenis", r.jenis().kode());
		p.addValue("tmt", r.tmt());
		p.addValue("nomorSk", r.nomorSk());
		p.addValue("tanggalSk", r.tanggalSk());
		p.addValue("berkasId", r.berkasId());
		p.addValue("golongan", r.golongan());
		p.addValue("jenisJabatan", r.jenisJabatan());
		p.addValue("namaJabatan", r.namaJabatan());
		p.addValue("eselon", r.eselon());
		p.addValue("opdId", r.opdId());
		p.addValue("unor", r.unor());
		p.addValue("pendidikan", r.pendidikan());
		p.addValue("namaSekolah", r.namaSekolah());
		p.addValue("jurusan", r.jurusan());
		p.addValue("gelarDepan", r.gelarDepan());
		p.addValue("gelarBelakang", r.gelarBelakang());
		p.addValue("nama", r.nama());
		p.addValue("penyelenggara", r.penyelenggara());
		p.addValue("jamPelajaran", r.jamPelajaran());
		p.addValue("tingkatHukuman", r.tingkatHukuman());
		p.addValue("jenisHukuman", r.jenisHukuman());
		p.addValue("tmtSelesai", r.tmtSelesai());
		p.addValue("tahun", r.tahun());
		p.addValue("predikat", r.predikat());
		return p;
	}

	private static Riwayat baris(ResultSet rs, int n) throws SQLException {
		return new Riwayat(rs.getLong("id"), rs.getLong("pegawai_id"), JenisRiwayat.dari(rs.getString("jenis")),
				rs.getObject("tmt", LocalDate.class), rs.getString("nomor_sk"), rs.getObject("tanggal_sk", LocalDate.class),
				rs.getObject("berkas_id", UUID.class), rs.getString("golongan"), rs.getString("jenis_jabatan"), rs.getString("nama_jabatan"),
				rs.getString("eselon"), rs.getObject("opd_id", Long.class), rs.getString("unor"), rs.getString("pendidikan"),
				rs.getString("nama_sekolah"), rs.getString("jurusan"), rs.getString("gelar_depan"), rs.getString("gelar_belakang"),
				rs.getString("nama"), rs.getString("penyelenggara"), rs.getObject("jam_pelajaran", Integer.class),
				rs.getString("tingkat_hukuman"), rs.getString("jenis_hukuman"), rs.getObject("tmt_selesai", LocalDate.class),
				rs.getObject("tahun", Integer.class), rs.getString("predikat"), rs.getObject("dicatat", OffsetDateTime.class).toInstant(),
				rs.getString("dicatat_oleh"), rs.getObject("diubah", OffsetDateTime.class).toInstant(), rs.getString("diubah_oleh"));
	}
}
