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
}
