package id.kotacerdas.dokumen;

/**
 * A kind of document.
 *
 * @param kode {@code <module>.<what>}, lower case (e.g. {@code layanan.domisili})
 * @param nama the title printed on the document (e.g. "Surat Keterangan Domisili")
 * @param konsumenModul the module that issues it
 * @param opdId the agency whose administrators may edit its template; null = Kominfo only
 * @param polaNomor e.g. {@code [klasifikasi]/[nomor]/[unit]/[bulan romawi]/[tahun]}
 * @param templat Thymeleaf HTML (well-formed XHTML); null = the city's standard letter
 */
public record JenisDokumenBaru(String kode, String nama, String konsumenModul, Long opdId, String polaNomor,
		JenisTandaTangan tandaTangan, String templat) {

	/** The pattern of most of the city's letters. */
	public static final String POLA_BAKU = "[klasifikasi]/[nomor]/[unit]/[bulan romawi]/[tahun]";
}
