package id.kotacerdas.akun.internal;

import java.time.Instant;

import id.kotacerdas.akun.Peran;
import id.kotacerdas.akun.Staf;

/** A staff account as stored, without its password hash (so it can be audited as is). */
record Pengguna(long id, String username, String nama, String email, Peran peran, Long opdId, Long timId, boolean aktif,
		int gagalMasuk, Instant terkunciSampai) {

	static final int BATAS_GAGAL = 5;

	boolean terkunci(Instant sekarang) {
		return terkunciSampai != null && terkunciSampai.isAfter(sekarang);
	}

	Staf keStaf() {
		return new Staf(id, username, nama, email, peran, opdId, timId);
	}
}
