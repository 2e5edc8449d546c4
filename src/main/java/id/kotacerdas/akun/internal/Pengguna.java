package id.kotacerdas.akun.internal;

import id.kotacerdas.akun.Peran;
import id.kotacerdas.akun.Staf;

/**
 * A staff account as stored, without its password hash (so it can be audited as is).
 *
 * @param versiSesi raised when the password is reset or the account deactivated; a session signed in under an
 *        older value is no longer valid
 */
record Pengguna(long id, String username, String nama, String email, Peran peran, Long opdId, Long timId, boolean aktif,
		int versiSesi) {

	Staf keStaf() {
		return new Staf(id, username, nama, email, peran, opdId, timId);
	}
}
