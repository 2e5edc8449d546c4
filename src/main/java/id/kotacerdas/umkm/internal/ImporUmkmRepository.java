package id.kotacerdas.umkm.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Uploaded business spreadsheets, kept from the dry run to the apply. */
@Repository
class ImporUmkmRepository {

	/** @param diterapkan when it was applied, or null while only checked */
	record Berkas(long id, String namaBerkas, String sidik, byte[] isi, String pengguna, Instant dibuat, Instant diterapkan, Integer jumlah) {
	}

	private final JdbcClient jdbc;

	ImporUmkmRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long simpan(String namaBerkas, String sidik, byte[] isi, String pengguna, Instant waktu) {
		return jdbc.sql("INSERT INTO umkm.impor (nama_berkas, sidik, isi, pengguna, dibuat) VALUES (?, ?, ?, ?, ?) RETURNING id")
			.params(namaBerkas, sidik, isi, pengguna, Timestamp.from(waktu)).query(Long.class).single();
	}

	Optional<Berkas> cari(long id) {
		return jdbc.sql("SELECT * FROM umkm.impor WHERE id = ?").param(id).query(ImporUmkmRepository::baris).optional();
	}

	/** Locked until the transaction ends: two clicks on "apply" wait for each other, and the second finds it applied. */
	Optional<Berkas> cariUntukDiterapkan(long id) {
		return jdbc.sql("SELECT * FROM umkm.impor WHERE id = ? FOR UPDATE").param(id).query(ImporUmkmRepository::baris).optional();
	}

	void tandaiDiterapkan(long id, int jumlah, Instant waktu) {
		jdbc.sql("UPDATE umkm.impor SET diterapkan = ?, jumlah = ? WHERE id = ?").params(Timestamp.from(waktu), jumlah, id).update();
	}

	private static Berkas baris(ResultSet rs, int i) throws SQLException {
		Timestamp t = rs.getTimestamp("diterapkan");
		return new Berkas(rs.getLong("id"), rs.getString("nama_berkas"), rs.getString("sidik"), rs.getBytes("isi"), rs.getString("pengguna"),
				rs.getTimestamp("dibuat").toInstant(), t == null ? null : t.toInstant(), rs.getObject("jumlah", Integer.class));
	}
}
