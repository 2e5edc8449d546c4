package id.kotacerdas.qris;

/**
 * Bank Indonesia's QRIS merchant criterion (sub-object 03 of a merchant account template). It is
 * not the PP 7/2021 size class: the two use different thresholds.
 */
public enum KriteriaMerchant {
	/** usaha mikro */
	UMI,
	/** usaha kecil */
	UKE,
	/** usaha menengah */
	UME,
	/** usaha besar */
	UBE,
	/** reguler */
	URE;

	/** The criterion written in a payload, or null when the text is none of them. */
	public static KriteriaMerchant dari(String kode) {
		for (KriteriaMerchant k : values()) {
			if (k.name().equals(kode)) {
				return k;
			}
		}
		return null;
	}

	/** Message key of the criterion's name, for pages. */
	public String kunciPesan() {
		return "qris.kriteria." + name().toLowerCase(java.util.Locale.ROOT);
	}
}
