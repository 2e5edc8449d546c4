package id.kotacerdas.kepegawaian.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The organisation trees: units, positions and holders, one agency at a time. */
@Repository
class OrganisasiRepository {

	private static final RowMapper<PemangkuJabatan> PEMANGKU = (rs, i) -> new PemangkuJabatan(rs.getLong("id"), rs.getLong("jabatan_id"),
			rs.getLong("pegawai_id"), JenisPemangku.valueOf(rs.getString("jenis")), rs.getObject("mulai", LocalDate.class),
			rs.getObject("selesai", LocalDate.class), rs.getString("nomor_sk"));

	private final JdbcClient jdbc;

	OrganisasiRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	StrukturOrganisasi struktur(long opdId) {
		List<UnitKerja> unit = jdbc.sql("SELECT id, opd_id, induk_id, nama FROM kepegawaian.unit_kerja WHERE opd_id = ? ORDER BY id")
			.param(opdId).query(UnitKerja.class).list();
		List<Jabatan> jabatan = jdbc.sql("""
				SELECT id, opd_id, unit_id, nama, jenis_jabatan, eselon, atasan_id FROM kepegawaian.jabatan WHERE opd_id = ? ORDER BY id""")
			.param(opdId).query(Jabatan.class).list();
		List<PemangkuJabatan> pemangku = jdbc.sql("""
				SELECT p.id, p.jabatan_id, p.pegawai_id, p.jenis, p.mulai, p.selesai, p.nomor_sk
				FROM kepegawaian.pemangku_jabatan p JOIN kepegawaian.jabatan j ON j.id = p.jabatan_id
				WHERE j.opd_id = ? ORDER BY p.id""")
			.param(opdId).query(PEMANGKU).list();
		return new StrukturOrganisasi(unit, jabatan, pemangku);
	}

	/** The agency's employees (the people a tree's positions can be given to). */
	List<Pegawai> pegawaiOpd(long opdId) {
		return jdbc.sql("SELECT p.* FROM kepegawaian.pegawai p WHERE opd_id = ? ORDER BY nama, id").param(opdId).query(Pegawai.class).list();
	}

	Optional<Pegawai> pegawai(long id) {
		return jdbc.sql("SELECT p.* FROM kepegawaian.pegawai p WHERE id = ?").param(id).query(Pegawai.class).optional();
	}

	Optional<Pegawai> pegawaiNip(String nip) {
		return jdbc.sql("SELECT p.* FROM kepegawaian.pegawai p WHERE nip = ?").param(nip).query(Pegawai.class).optional();
	}

	long tambahUnit(long opdId, Long indukId, String nama) {
		return jdbc.sql("INSERT INTO kepegawaian.unit_kerja (opd_id, induk_id, nama) VALUES (?, ?, ?) RETURNING id")
			.params(opdId, indukId, nama).query(Long.class).single();
	}

	long tambahJabatan(long opdId, long unitId, String nama, String jenisJabatan, String eselon, Long atasanId) {
		return jdbc.sql("""
				INSERT INTO kepegawaian.jabatan (opd_id, unit_id, nama, jenis_jabatan, eselon, atasan_id)
				VALUES (?, ?, ?, ?, ?, ?) RETURNING id""")
			.params(opdId, unitId, nama, jenisJabatan, eselon, atasanId).query(Long.class).single();
	}

	void ubahJabatan(long id, long unitId, String nama, String jenisJabatan, String eselon, Long atasanId) {
		jdbc.sql("UPDATE kepegawaian.jabatan SET unit_id = ?, nama = ?, jenis_jabatan = ?, eselon = ?, atasan_id = ? WHERE id = ?")
			.params(unitId, nama, jenisJabatan, eselon, atasanId, id).update();
	}

	long tambahPemangku(long jabatanId, long pegawaiId, JenisPemangku jenis, LocalDate mulai, LocalDate selesai, String nomorSk) {
		return jdbc.sql("""
				INSERT INTO kepegawaian.pemangku_jabatan (jabatan_id, pegawai_id, jenis, mulai, selesai, nomor_sk)
				VALUES (?, ?, ?, ?, ?, ?) RETURNING id""")
			.params(jabatanId, pegawaiId, jenis.name(), mulai, selesai, nomorSk).query(Long.class).single();
	}

	void akhiriPemangku(long id, LocalDate selesai) {
		jdbc.sql("UPDATE kepegawaian.pemangku_jabatan SET selesai = ? WHERE id = ?").params(selesai, id).update();
	}

	/** The agency whose tree holds the employee's position: the one their record names. */
	Optional<Long> opdPegawai(long pegawaiId) {
		return jdbc.sql("SELECT opd_id FROM kepegawaian.pegawai WHERE id = ?").param(pegawaiId).query(Long.class).optional();
	}

	long jumlahUnit(long opdId) {
		return jdbc.sql("SELECT count(*) FROM kepegawaian.unit_kerja WHERE opd_id = ?").param(opdId).query(Long.class).single();
	}
}
