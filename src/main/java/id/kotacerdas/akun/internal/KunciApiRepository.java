package id.kotacerdas.akun.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import id.kotacerdas.akun.internal.KunciApiService.Kunci;

/** Machine API keys: their SHA-256 hash, lookup prefix and scopes; never the plaintext. */
@Repository
class KunciApiRepository {

	private static final RowMapper<Kunci> BARIS = (rs, i) -> new Kunci(rs.getLong("id"), rs.getString("nama"),
			rs.getString("awalan"), SqlArray.himpunan(rs.getArray("scopes")), rs.getTimestamp("dibuat").toInstant(),
			rs.getString("dibuat_oleh"), rs.getTimestamp("dicabut") == null ? null : rs.getTimestamp("dicabut").toInstant());

	private final JdbcClient jdbc;

	KunciApiRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<Kunci> semua() {
		return jdbc.sql("select * from akun.kunci_api order by id desc").query(BARIS).list();
	}

	Optional<Kunci> cari(long id) {
		return jdbc.sql("select * from akun.kunci_api where id = ?").param(id).query(BARIS).optional();
	}

	long tambah(String nama, String awalan, String hash, Set<String> scopes, Instant dibuat, String dibuatOleh) {
		return jdbc.sql("""
				insert into akun.kunci_api (nama, awalan, hash, scopes, dibuat, dibuat_oleh)
				values (?, ?, ?, ?, ?, ?) returning id""")
			.params(nama, awalan, hash, scopes.toArray(String[]::new), Timestamp.from(dibuat), dibuatOleh)
			.query(Long.class).single();
	}

	void cabut(long id, Instant waktu) {
		jdbc.sql("update akun.kunci_api set dicabut = ? where id = ?").params(Timestamp.from(waktu), id).update();
	}

	/** An active key as {@link KunciAktif} keeps it. */
	record Aktif(long id, String nama, String hash, Set<String> scopes) {
	}

	List<Aktif> semuaAktif() {
		return jdbc.sql("select id, nama, hash, scopes from akun.kunci_api where dicabut is null")
			.query((rs, i) -> new Aktif(rs.getLong("id"), rs.getString("nama"), rs.getString("hash"), SqlArray.himpunan(rs.getArray("scopes"))))
			.list();
	}
}
