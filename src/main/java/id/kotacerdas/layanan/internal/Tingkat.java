package id.kotacerdas.layanan.internal;

import java.util.Locale;

/** Where a service is delivered: the level of government the citizen deals with. */
enum Tingkat {

	KELURAHAN, KECAMATAN, PERANGKAT_DAERAH;

	public String kodePesan() {
		return "layanan.tingkat." + name().toLowerCase(Locale.ROOT).replace('_', '-');
	}
}
