package id.kotacerdas.audit.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The append-only audit table: written by {@link AuditLogService}, read by the audit page. */
@Repository
class CatatanAuditRepository {

	/** A stored record with its states as JSON text. */
	record Baris(long id, Instant waktu, String aktor, String aksi, String jenisObjek, String idObjek, String sebelum,
			String sesudah) {
	}

	/** Filters of the audit page; null or blank means any. {@code sampai} is exclusive. */
	record Saringan(String aktor, String jenisObjek, String idObjek, Instant dari, Instant sampai) {
	}

	private final JdbcClient jdbc;

	CatatanAuditRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** @param sebelum JSON, or null; likewise {@code sesudah} */
	void tambah(Instant waktu, String aktor, String aksi, String jenisObjek, String idObjek, String sebelum, String sesudah) {
		jdbc.sql("""
				insert into audit.catatan (waktu, aktor, aksi, jenis_objek, id_objek, sebelum, sesudah)
				values (?, ?, ?, ?, ?, cast(? as jsonb), cast(? as jsonb))""")
			.params(Timestamp.from(waktu), aktor, aksi, jenisObjek, idObjek, sebelum, sesudah)
			.update();
	}

	/** Newest first, {@code batas} rows from {@code lewati}. */
	List<Baris> cari(Saringan s, int lewati, int batas) {
		StringBuilder sql = new StringBuilder("""
				select id, waktu, aktor, aksi, jenis_objek, id_objek, sebelum::text as sebelum, sesudah::text as sesudah
				from audit.catatan where true""");
		List<Object> param = new ArrayList<>();
		if (s.aktor() != null && !s.aktor().isBlank()) {
			sql.append(" and aktor = ?");
			param.add(s.aktor().strip());
		}
		if (s.jenisObjek() != null && !s.jenisObjek().isBlank()) {
			sql.append(" and jenis_objek = ?");
			param.add(s.jenisObjek().strip());
		}
		if (s.idObjek() != null && !s.idObjek().isBlank()) {
			sql.append(" and id_objek = ?");
			param.add(s.idObjek().strip());
		}
		if (s.dari() != null) {
			sql.append(" and waktu >= ?");
			param.add(Timestamp.from(s.dari()));
		}
		if (s.sampai() != null) {
			sql.append(" and waktu < ?");
			param.add(Timestamp.from(s.sampai()));
		}
		sql.append(" order by waktu desc, id desc limit ? offset ?");
		param.add(batas);
		param.add(lewati);
		return jdbc.sql(sql.toString()).params(param)
			.query((rs, i) -> new Baris(rs.getLong("id"), rs.getTimestamp("waktu").toInstant(), rs.getString("aktor"),
					rs.getString("aksi"), rs.getString("jenis_objek"), rs.getString("id_objek"), rs.getString("sebelum"),
					rs.getString("sesudah")))
			.list();
	}

	/** Every kind of object that has records. */
	List<String> jenisObjek() {
		return jdbc.sql("select distinct jenis_objek from audit.catatan order by 1").query(String.class).list();
	}
}
