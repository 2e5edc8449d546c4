package id.kotacerdas.permohonan;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Completed applications as compliance reports read them: the office days each used (the clock
 * stopped while it was returned to the applicant) against the flow's published limit. An
 * application belongs to the agency and unit of its flow's last step, the one that completed it.
 */
public interface PenyelesaianPermohonan {

	/** The completed application with this code; empty while it is open, or when it ended otherwise. */
	Optional<Penyelesaian> penyelesaian(String kode);

	/** Applications completed in {@code [dari, sampai)}, latest first, at most {@code batas}. */
	List<Penyelesaian> daftar(Instant dari, Instant sampai, int batas);

	/** Per flow and completing unit: applications completed in {@code [dari, sampai)}, on time, and the median office days. */
	List<Rekap> rekap(Instant dari, Instant sampai);

	/**
	 * @param hariKerja office working days used, all steps together
	 * @param batasHariKerja the flow's published limit
	 */
	record Penyelesaian(String kode, String alurKode, String alurNama, long opdId, String unit, int hariKerja, int batasHariKerja,
			Instant selesaiPada) {
	}

	/**
	 * @param unit the completing step's unit, or null for the whole agency
	 * @param tepatWaktu how many used no more office days than the published limit
	 * @param medianHari the median of office days used (a half when the count is even)
	 */
	record Rekap(String alurKode, String alurNama, long opdId, String unit, int batasHariKerja, long selesai, long tepatWaktu,
			BigDecimal medianHari) {
	}
}
