package id.kotacerdas.umkm.internal;

import java.util.Locale;

/** Where a registration stands: filed and waiting for verification, active, rejected, withdrawn. */
enum StatusUsaha {

	DIAJUKAN, AKTIF, DITOLAK, DIBATALKAN;

	public String kodePesan() {
		return "umkm.status." + name().toLowerCase(Locale.ROOT);
	}
}
