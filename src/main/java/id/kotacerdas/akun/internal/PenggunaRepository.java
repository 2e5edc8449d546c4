package id.kotacerdas.akun.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.postgresql.util.PSQLException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Repository;

import id.kotacerdas.platform.Peran;

@Repository
class PenggunaRepository {

	private static final String KENDALA_NIP = "pengguna_nip_unik";

	/** Whether a failed write clashed on another account's NIP (rather than its username). */
	static boolean nipSudahDipakai(DuplicateKeyException ex) {
		return ex.getMostSpecificCause() instanceof PSQLException pg && pg.getServerErrorMessage() != null
				&& KENDALA_NIP.equals(pg.getServerErrorMessage().getConstraint());
	}

	private static final String KOLOM = "id, username, nama, email, peran, opd_id, tim_id, nip, aktif, versi_sesi";

	private static final RowMapper<Pengguna> BARIS = (rs, i) -> new Pengguna(rs.getLong("id"), rs.getString("username"),
			rs.getString("nama"), rs.getString("email"), Peran.valueOf(rs.getString("peran")),
			rs.getObject("opd_id", Long.class), rs.getObject("tim_id", Long.class), rs.getString("nip"), rs.getBoolean("aktif"),
			rs.getInt("versi_sesi"));

	private final JdbcClient jdbc;

	PenggunaRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<Pengguna> cari(long id) {
		return jdbc.sql("select " + KOLOM + " from akun.pengguna where id = ?").param(id).query(BARIS).optional();
	}

	Optional<Pengguna> cariUsername(String username) {
		return jdbc.sql("select " + KOLOM + " from akun.pengguna where username = ?").param(username).query(BARIS).optional();
	}

	/** An account with its password hash, for signing in. */
	record Kredensial(Pengguna pengguna, String hash) {
	}

	Optional<Kredensial> kredensial(String username) {
		return jdbc.sql("select " + KOLOM + ", kata_sandi from akun.pengguna where username = ?").param(username)
			.query((rs, i) -> new Kredensial(BARIS.mapRow(rs, i), rs.getString("kata_sandi"))).optional();
	}

	Optional<String> kataSandi(String username) {
		return jdbc.sql("select kata_sandi from akun.pengguna where username = ?").param(username).query(String.class).optional();
	}

	/** All accounts, or those of one agency. */
	List<Pengguna> daftar(Long opdId) {
		return opdId == null
				? jdbc.sql("select " + KOLOM + " from akun.pengguna order by username").query(BARIS).list()
				: jdbc.sql("select " + KOLOM + " from akun.pengguna where opd_id = ? order by username").param(opdId).query(BARIS).list();
	}

	List<Pengguna> aktifDenganPeran(Peran peran, Long opdId, Long timId) {
		return jdbc.sql("select " + KOLOM + " from akun.pengguna where aktif and peran = :peran"
				+ " and (cast(:opd as bigint) is null or opd_id = :opd) and (cast(:tim as bigint) is null or tim_id = :tim)"
				+ " order by username")
			.param("peran", peran.name()).param("opd", opdId).param("tim", timId)
			.query(BARIS).list();
	}

	/** The account that carries this NIP (18 digits), if any. */
	Optional<Pengguna> cariNip(String nip) {
		return jdbc.sql("select " + KOLOM + " from akun.pengguna where nip = ?").param(nip).query(BARIS).optional();
	}

	/** The accounts that carry these NIPs (18 digits each). */
	List<Pengguna> cariNipSemua(Collection<String> nip) {
		if (nip.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("select " + KOLOM + " from akun.pengguna where nip in (:nip)").param("nip", nip).query(BARIS).list();
	}

	long tambah(String username, String nama, String email, String hash, Peran peran, Long opdId, Long timId, String nip) {
		return jdbc.sql("""
				insert into akun.pengguna (username, nama, email, kata_sandi, peran, opd_id, tim_id, nip)
				values (?, ?, ?, ?, ?, ?, ?, ?) returning id""")
			.params(username, nama, email, hash, peran.name(), opdId, timId, nip)
			.query(Long.class).single();
	}

	/** Deactivating ends the account's sessions for good: reactivating it later does not revive them. */
	void ubah(long id, String nama, String email, Peran peran, Long opdId, Long timId, String nip, boolean aktif) {
		jdbc.sql("""
				update akun.pengguna set nama = ?, email = ?, peran = ?, opd_id = ?, tim_id = ?, nip = ?, aktif = ?,
				  versi_sesi = versi_sesi + case when aktif and not ? then 1 else 0 end
				where id = ?""")
			.params(nama, email, peran.name(), opdId, timId, nip, aktif, aktif, id).update();
	}

	/** A new password ends every session signed in with the old one. */
	void gantiKataSandi(long id, String hash) {
		jdbc.sql("update akun.pengguna set kata_sandi = ?, versi_sesi = versi_sesi + 1 where id = ?").params(hash, id).update();
	}
}
