package id.kotacerdas.jalan.internal;

/**
 * Bina Marga's condition classes. Good and fair together are "mantap" (steady): the share of road
 * length in them is the city's road figure.
 */
enum KelasKondisi {

	BAIK, SEDANG, RUSAK_RINGAN, RUSAK_BERAT;

	public boolean mantap() {
		return this == BAIK || this == SEDANG;
	}

	public String kodePesan() {
		return "jalan.kondisi." + name();
	}
}
