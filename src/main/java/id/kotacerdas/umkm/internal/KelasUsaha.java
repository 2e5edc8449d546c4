package id.kotacerdas.umkm.internal;

import java.util.Locale;

/** Size class of PP 7/2021 (Pasal 35), and "besar" above the medium criterion. */
enum KelasUsaha {

	MIKRO, KECIL, MENENGAH, BESAR;

	public String kodePesan() {
		return "umkm.kelas." + name().toLowerCase(Locale.ROOT);
	}
}
