package id.kotacerdas.akun.internal;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import id.kotacerdas.akun.TimTrc;

@Repository
class TimRepository {

	static final RowMapper<TimTrc> BARIS = (rs, i) -> new TimTrc(rs.getLong("id"), rs.getLong("opd_id"),
			rs.getString("nama"), SqlArray.himpunan(rs.getArray("wilayah")), rs.getBoolean("utama"));

	private final JdbcClient jdbc;

	private final TimTerkini terkini;

	TimRepository(JdbcClient jdbc, TimTerkini terkini) {
		this.jdbc = jdbc;
		this.terkini = terkini;
	}

	Optional<TimTrc> cari(long id) {
		return jdbc.sql("select * from akun.tim where id = ?").param(id).query(BARIS).optional();
	}

	List<TimTrc> milikOpd(long opdId) {
		return jdbc.sql("select * from akun.tim where opd_id = ? order by utama desc, nama").param(opdId).query(BARIS).list();
	}

	List<TimTrc> semua() {
		return jdbc.sql("select * from akun.tim order by opd_id, utama desc, nama").query(BARIS).list();
	}

	long tambah(long opdId, String nama, Set<String> wilayah, boolean utama) {
		terkini.berubah();
		return jdbc.sql("insert into akun.tim (opd_id, nama, wilayah, utama) values (?, ?, ?, ?) returning id")
			.params(opdId, nama, wilayah.toArray(String[]::new), utama)
			.query(Long.class).single();
	}

	void ubah(long id, String nama, Set<String> wilayah, boolean utama) {
		terkini.berubah();
		jdbc.sql("update akun.tim set nama = ?, wilayah = ?, utama = ? where id = ?")
			.params(nama, wilayah.toArray(String[]::new), utama, id).update();
	}

	void lepasUtama(long opdId) {
		terkini.berubah();
		jdbc.sql("update akun.tim set utama = false where opd_id = ? and utama").param(opdId).update();
	}

	/** Agencies that have no team yet, so that every complaint has somewhere to land. */
	List<Long> opdTanpaTim() {
		return jdbc.sql("select o.id from opd.opd o where o.aktif and not exists (select 1 from akun.tim t where t.opd_id = o.id) order by o.id")
			.query(Long.class).list();
	}
}
