package id.kotacerdas.akun.internal;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Counters of sign-in attempts per key (username and client address, or username and '' for all
 * addresses). Every statement is atomic on its own row and runs outside any transaction, so no row
 * lock is held while a password is being checked.
 */
@Repository
class PercobaanMasukRepository {

	/** A reservation older than this was left by a crashed request; it no longer counts. */
	static final Duration RESERVASI_BASI = Duration.ofMinutes(5);

	/** Rows quiet this long are forgotten, and with them the length of the next pause. */
	static final Duration LUPAKAN_SETELAH = Duration.ofDays(1);

	private final JdbcClient jdbc;

	PercobaanMasukRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Reserves one attempt: succeeds only while the key is not paused and its failures plus the
	 * attempts under way stay below {@code batas}.
	 */
	boolean pesan(String username, String alamat, int batas, Instant sekarang) {
		return jdbc.sql("""
				insert into akun.percobaan_masuk as p (username, alamat, tertunda, diperbarui) values (:u, :a, 1, :t)
				on conflict (username, alamat) do update set tertunda = p.tertunda + 1, diperbarui = :t
				where (p.blokir_sampai is null or p.blokir_sampai <= :t) and p.gagal + p.tertunda < :batas
				returning 1""")
			.param("u", username).param("a", alamat).param("t", Timestamp.from(sekarang)).param("batas", batas)
			.query(Integer.class).optional().isPresent();
	}

	/** Gives a reservation back without counting it (the attempt was refused elsewhere). */
	void lepas(String username, String alamat) {
		jdbc.sql("update akun.percobaan_masuk set tertunda = greatest(tertunda - 1, 0) where username = ? and alamat = ?")
			.params(username, alamat).update();
	}

	/** The right password: the reservation ends and the key starts afresh. */
	void berhasil(String username, String alamat) {
		jdbc.sql("""
				update akun.percobaan_masuk set tertunda = greatest(tertunda - 1, 0), gagal = 0, tingkat = 0, blokir_sampai = null
				where username = ? and alamat = ?""")
			.params(username, alamat).update();
	}

	/**
	 * A wrong password: the reservation becomes a failure; the {@code batas}-th pauses the key for
	 * {@code jedaAwal} × 2^(pauses so far), at most {@code jedaMaks}. Returns the end of the pause it began, if any.
	 */
	Optional<Instant> gagal(String username, String alamat, int batas, Duration jedaAwal, Duration jedaMaks, Instant sekarang) {
		return jdbc.sql("""
				update akun.percobaan_masuk set tertunda = greatest(tertunda - 1, 0), diperbarui = :t,
				  gagal = case when gagal + 1 >= :batas then 0 else gagal + 1 end,
				  tingkat = case when gagal + 1 >= :batas then tingkat + 1 else tingkat end,
				  blokir_sampai = case when gagal + 1 >= :batas
				    then cast(:t as timestamptz) + make_interval(secs => least(:awal * power(2, least(tingkat, 30)), :maks))
				    else blokir_sampai end
				where username = :u and alamat = :a
				returning case when gagal = 0 then blokir_sampai end as mulai""")
			.param("u", username).param("a", alamat).param("t", Timestamp.from(sekarang)).param("batas", batas)
			.param("awal", (double) jedaAwal.toSeconds()).param("maks", (double) jedaMaks.toSeconds())
			.query((rs, i) -> rs.getTimestamp("mulai"))
			.list().stream().filter(Objects::nonNull).findFirst().map(Timestamp::toInstant);
	}

	/** Until when the key is paused, if it is. */
	Optional<Instant> blokirSampai(String username, String alamat, Instant sekarang) {
		return jdbc.sql("select blokir_sampai from akun.percobaan_masuk where username = ? and alamat = ? and blokir_sampai > ?")
			.params(username, alamat, Timestamp.from(sekarang))
			.query(Timestamp.class).optional().map(Timestamp::toInstant);
	}

	/** Frees reservations of crashed requests and forgets keys that have been quiet for a day. */
	int bersihkan(Instant sekarang) {
		jdbc.sql("update akun.percobaan_masuk set tertunda = 0 where tertunda > 0 and diperbarui < ?")
			.param(Timestamp.from(sekarang.minus(RESERVASI_BASI))).update();
		return jdbc.sql("delete from akun.percobaan_masuk where diperbarui < ? and (blokir_sampai is null or blokir_sampai < ?)")
			.params(Timestamp.from(sekarang.minus(LUPAKAN_SETELAH)), Timestamp.from(sekarang))
			.update();
	}
}
