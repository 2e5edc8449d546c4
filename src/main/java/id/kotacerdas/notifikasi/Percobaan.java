package id.kotacerdas.notifikasi;

import java.time.Instant;

/**
 * One delivery attempt.
 *
 * @param saluran the channel that took it ({@code log} where the development log stood in)
 * @param galat why it failed (shortened), or null
 */
public record Percobaan(Instant waktu, String saluran, boolean berhasil, String galat) {
}
