package id.kotacerdas.permohonan;

import java.time.Instant;

/**
 * Published after every transition, in its transaction: the consumer module named by
 * {@code konsumenModul} reacts (e.g. issues the document when {@code status} is {@link StatusPermohonan#SELESAI}).
 *
 * @param tahapKe the step the application is in after the transition (the last step once finished)
 * @param alasan the reason of a return, rejection or cancellation, or the applicant's note on resubmitting; empty otherwise
 * @param stafId the staff account that acted (the approving official of a completion, the counter operator), or null for the
 *        applicant or the system
 */
public record PermohonanBerubah(String kode, String alurKode, String konsumenModul, String konsumenRef, String konsumenRefPermohonan,
		Tindakan tindakan, StatusPermohonan status, int tahapKe, String alasan, Instant waktu, Long stafId) {
}
