package id.kotacerdas.berkas.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Collection;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import id.kotacerdas.berkas.Berkas;
import id.kotacerdas.berkas.Pemilik;

@Repository
class BerkasRepository {

	private final JdbcClient jdbc;

	BerkasRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void tambah(Berkas b, String kunci) {
		jdbc.sql("""
				insert into berkas.berkas (id, modul, jenis, kunci, tipe_isi, ukuran, sha256, lebar, tinggi, thumbnail_id, dibuat)
				values (:id, :modul, :jenis, :kunci, :tipe, :ukuran, :sha, :lebar, :tinggi, :thumbnail, :dibuat)""")
			.param("id", b.id()).param("modul", b.pemilik().modul()).param("jenis", b.pemilik().jenis()).param("kunci", kunci)
			.param("tipe", b.tipeIsi()).param("ukuran", b.ukuran()).param("sha", b.sha256())
			.param("lebar", b.lebar()).param("tinggi", b.tinggi()).param("thumbnail", b.thumbnailId())
			.param("dibuat", Timestamp.from(b.dibuat()))
			.update();
	}

	record Tersimpan(Berkas berkas, String kunci) {
	}

	Optional<Tersimpan> cari(UUID id) {
		return jdbc.sql("select * from berkas.berkas where id = :id").param("id", id).query(BerkasRepository::baca).optional();
	}

	/** Deletes the row and then its thumbnail's. */
	void hapus(UUID id) {
		UUID thumbnail = jdbc.sql("delete from berkas.berkas where id = :id returning thumbnail_id").param("id", id)
			.query(UUID.class).optional().orElse(null);
		if (thumbnail != null) {
			jdbc.sql("delete from berkas.berkas where id = :id").param("id", thumbnail).update();
		}
	}

	/** Which of these keys a row names. */
	Set<String> dikenal(Collection<String> kunci) {
		return new HashSet<>(jdbc.sql("select kunci from berkas.berkas where kunci in (:kunci)")
			.param("kunci", kunci).query(String.class).list());
	}

	private static Tersimpan baca(ResultSet rs, int baris) throws SQLException {
		return new Tersimpan(new Berkas(rs.getObject("id", UUID.class), new Pemilik(rs.getString("modul"), rs.getString("jenis")),
				rs.getString("tipe_isi"), rs.getLong("ukuran"), rs.getString("sha256"), (Integer) rs.getObject("lebar"),
				(Integer) rs.getObject("tinggi"), rs.getObject("thumbnail_id", UUID.class), rs.getTimestamp("dibuat").toInstant()),
				rs.getString("kunci"));
	}
}
