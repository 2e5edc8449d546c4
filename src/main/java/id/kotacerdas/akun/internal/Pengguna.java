package id.kotacerdas.akun.internal;

import id.kotacerdas.akun.Staf;
import id.kotacerdas.platform.Nip;
import id.kotacerdas.platform.Peran;

/**
 * A staff account as stored, without its password hash (so it can be audited as is).
 *
 * @param nip the employee's NIP as 18 digits, or null
 * @param versiSesi raised when the password is reset or the account deactivated; a session signed in under an
 *        older value is no longer valid
 */
record Pengguna(long id, String username, String nama, String email, Peran peran, Long opdId, Long timId, String nip, boolean aktif,
		int versiSesi) {

	/** @param opdAktif whether the account's agency (if it has one) is active */
	Staf keStaf(boolean opdAktif) {
		return new Staf(id, username, nama, email, peran, opdId, timId, nip == null ? null : new Nip(nip), aktif && opdAktif);
	}
}
