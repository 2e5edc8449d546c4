package id.kotacerdas.platform;

/**
 * The six dimensions of the smart-city masterplan (Kominfo's Gerakan Menuju 100 Smart City; Kupang:
 * Perwali 49/2019): governance, branding, economy, living, society, environment. Shown by
 * {@link #kodePesan()}, never by constant.
 */
public enum DimensiKotaCerdas {

	TATA_KELOLA, PENCITRAAN, EKONOMI, KEHIDUPAN, MASYARAKAT, LINGKUNGAN;

	public String kodePesan() {
		return "kota-cerdas.dimensi." + name();
	}
}
