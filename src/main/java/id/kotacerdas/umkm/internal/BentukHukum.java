package id.kotacerdas.umkm.internal;

import java.util.Locale;

/**
 * The legal form: most UMKM are a person's own business; a sole-founder limited company (PT perorangan, UU 11/2020)
 * is open to micro and small ones.
 */
enum BentukHukum {

	PERORANGAN, PT_PERORANGAN, CV, FIRMA, PT, KOPERASI;

	public String kodePesan() {
		return "umkm.bentuk." + name().toLowerCase(Locale.ROOT).replace('_', '-');
	}
}
