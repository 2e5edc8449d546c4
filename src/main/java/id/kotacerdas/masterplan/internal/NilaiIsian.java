package id.kotacerdas.masterplan.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A value an agency entered for a year with its proof (a {@code berkas} PDF or photo) and the proof's date. It counts on
 * the public dashboard only once Kominfo verified it on the staged-application engine.
 */
record NilaiIsian(long id, long indikatorId, int tahun, BigDecimal angka, LocalDate tanggalBukti, UUID berkasId, String catatan,
		Status status, String permohonanKode, String diajukanOleh, Instant diajukanPada, Long diverifikasiOleh, Instant diverifikasiPada) {

	enum Status {
		MENUNGGU, DIKEMBALIKAN, TERVERIFIKASI, DITOLAK;

		public String kodePesan() {
			return "masterplan.isian.status." + name();
		}

		/** Waiting for Kominfo, or returned for another proof: shown to leadership marked as such, never publicly. */
		public boolean tertunda() {
			return this == MENUNGGU || this == DIKEMBALIKAN;
		}
	}
}
