package id.kotacerdas.permohonan;

/**
 * The receipt of a filing: the short public tracking code and the private link. The private link
 * carries the secret token, shown only here (the database keeps its hash).
 *
 * @param kode e.g. {@code KPG-7F3Q2}
 * @param tautanLacak the public tracking page (no personal data)
 * @param tautanPribadi the private page, with personal data and the applicant's actions
 */
public record TandaTerimaPermohonan(String kode, String tautanLacak, String tautanPribadi) {

	/**
	 * The flash attribute that carries the fresh token to the counter receipt ({@link #alamatStruk()}): a
	 * consumer's own counter form redirects there with it, as the engine's counter page does.
	 */
	public static final String ATRIBUT_TOKEN_STRUK = "tokenStruk";

	/** The private token, the last segment of the private link. */
	public String token() {
		return tautanPribadi.substring(tautanPribadi.lastIndexOf('/') + 1);
	}

	/** The counter receipt page (58-mm layout, A6 PDF) for staff, right after a counter filing. */
	public String alamatStruk() {
		return "/staf/permohonan/loket/" + kode;
	}
}
