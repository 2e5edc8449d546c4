package id.kotacerdas.iven.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The report card of one occurrence of an event, by its organiser after it ended.
 *
 * @param tanggal the occurrence's start date in WITA
 * @param pengunjung visitors, a whole number
 * @param foto the photos (berkas), in the order given
 */
record LaporanAcara(long id, long acaraId, LocalDate tanggal, int pengunjung, CaraHitung caraHitung, String catatan, String oleh,
		Instant dibuat, List<UUID> foto) {
}
