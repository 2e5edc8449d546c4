package id.kotacerdas.notifikasi;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * A queued message and what became of it.
 *
 * @param berikutnya when the next attempt is due (while undelivered)
 * @param jumlahPercobaan attempts made, including any before the delivery record began
 * @param terkirimPada when it was delivered, or null
 * @param riwayat the delivery record: every attempt, oldest first
 */
public record StatusPesan(long id, String saluran, String tujuan, String templat, Locale bahasa, Instant dibuat,
		Instant berikutnya, int jumlahPercobaan, Instant terkirimPada, List<Percobaan> riwayat) {

	public boolean terkirim() {
		return terkirimPada != null;
	}
}
