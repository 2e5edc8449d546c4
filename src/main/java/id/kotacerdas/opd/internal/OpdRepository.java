package id.kotacerdas.opd.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import id.kotacerdas.opd.Opd;

@Repository
class OpdRepository {

	private static final RowMapper<Opd> BARIS = (rs, i) -> new Opd(rs.getLong("id"), rs.getString("nama"),
			rs.getString("singkatan"), rs.getString("jenis"), rs.getString("kode_wilayah"), rs.getBoolean("aktif"));

	private final JdbcClient jdbc;

	OpdRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	boolean kosong() {
		return jdbc.sql("select count(*) from opd.opd").query(Integer.class).single() == 0;
	}

	List<Opd> semua() {
		return jdbc.sql("select * from opd.opd order by id").query(BARIS).list();
	}

	Optional<Opd> cari(long id) {
		return jdbc.sql("select * from opd.opd where id = ?").param(id).query(BARIS).optional();
	}

	Optional<Opd> cariSingkatan(String singkatan) {
		return jdbc.sql("select * from opd.opd where lower(singkatan) = lower(?)").param(singkatan).query(BARIS).optional();
	}

	/** Whether another agency than {@code kecualiId} (0: none) has this exact name. */
	boolean namaDipakai(String nama, long kecualiId) {
		return jdbc.sql("select count(*) from opd.opd where nama = ? and id <> ?").params(nama, kecualiId)
			.query(Integer.class).single() > 0;
	}

	/** Whether another agency than {@code kecualiId} (0: none) has this short name, in any case. */
	boolean singkatanDipakai(String singkatan, long kecualiId) {
		return jdbc.sql("select count(*) from opd.opd where lower(singkatan) = lower(?) and id <> ?").params(singkatan, kecualiId)
			.query(Integer.class).single() > 0;
	}

	long tambah(String nama, String singkatan, String jenis, String kodeWilayah, boolean aktif) {
		return jdbc.sql("insert into opd.opd (nama, singkatan, jenis, kode_wilayah, aktif) values (?, ?, ?, ?, ?) returning id")
			.params(nama, singkatan, jenis, kodeWilayah, aktif)
			.query(Long.class).single();
	}

	void ubah(long id, String nama, String singkatan, String jenis, String kodeWilayah, boolean aktif) {
		jdbc.sql("update opd.opd set nama = ?, singkatan = ?, jenis = ?, kode_wilayah = ?, aktif = ? where id = ?")
			.params(nama, singkatan, jenis, kodeWilayah, aktif, id)
			.update();
	}
}
