package id.kotacerdas.evaluasi.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Layouts Kominfo uploaded, by form and year. */
@Repository
class TataLetakRepository {

	/** An uploaded layout file. */
	record Unggahan(String kode, int tahun, String isi, String oleh, Instant pada) {
	}

	private final JdbcClient jdbc;

	TataLetakRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<Unggahan> semua() {
		return jdbc.sql("select * from evaluasi.tata_letak order by kode, tahun")
			.query((rs, n) -> new Unggahan(rs.getString("kode"), rs.getInt("tahun"), rs.getString("isi"), rs.getString("diunggah_oleh"),
					rs.getTimestamp("diunggah_pada").toInstant()))
			.list();
	}

	void simpan(Unggahan u) {
		jdbc.sql("""
				insert into evaluasi.tata_letak (kode, tahun, isi, diunggah_oleh, diunggah_pada) values (:kode, :tahun, :isi, :oleh, :pada)
				on conflict (kode, tahun) do update set isi = excluded.isi, diunggah_oleh = excluded.diunggah_oleh, diunggah_pada = excluded.diunggah_pada""")
			.param("kode", u.kode())
			.param("tahun", u.tahun())
			.param("isi", u.isi())
			.param("oleh", u.oleh())
			.param("pada", Timestamp.from(u.pada()))
			.update();
	}
}
