package id.kotacerdas.permohonan;

/**
 * A new application.
 *
 * @param alurKode the flow it runs through
 * @param perihal what is applied for, in the applicant's words or the consumer's (e.g. "Surat keterangan domisili untuk melamar kerja")
 * @param konsumenRef the consumer module's own id of this application's content (its form answers, documents), or null
 */
public record PermohonanBaru(String alurKode, String perihal, String konsumenRef, Pemohon pemohon) {
}
