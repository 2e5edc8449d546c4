package id.kotacerdas.pasar.internal;

/**
 * A commodity as the markets sell it.
 *
 * @param varian quality or kind as it follows the name (e.g. "kualitas medium I"), or null
 * @param satuan the unit it is priced in locally: kg, liter, rak, ikat, ekor …
 * @param lokal one of Kupang's own inflation drivers, on no national list
 */
record Komoditas(long id, String kode, String nama, String varian, String satuan, boolean lokal) {

	/** The name as people say it: "Beras kualitas medium I". */
	public String namaLengkap() {
		return namaLengkap(nama, varian);
	}

	static String namaLengkap(String nama, String varian) {
		return varian == null ? nama : nama + " " + varian;
	}
}
