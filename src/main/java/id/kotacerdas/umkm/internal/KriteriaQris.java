package id.kotacerdas.umkm.internal;

import java.util.Locale;

/** Bank Indonesia's QRIS merchant criterion (tag 51, sub-tag 03 of the payload): micro, small, medium, large. */
enum KriteriaQris {

	UMI, UKE, UME, UBE;

	public String kodePesan() {
		return "umkm.kriteria-qris." + name().toLowerCase(Locale.ROOT);
	}
}
