package id.kotacerdas.opd;

/**
 * An agency of the city government.
 *
 * @param jenis one of sekretariat, inspektorat, dinas, badan, kecamatan, rsud
 * @param kodeWilayah the kecamatan code for a kecamatan office, else null
 */
public record Opd(long id, String nama, String singkatan, String jenis, String kodeWilayah, boolean aktif) {

	/** The short name where there is one, as staff say it. */
	public String namaPendek() {
		return singkatan == null || singkatan.isBlank() ? nama : singkatan;
	}
}
