package id.kotacerdas.pengaduan;

import java.time.Instant;

/** A public change to a report: a status change or a reply. {@code id} increases with time. */
public record PembaruanPublik(long id, String nomor, Instant waktu, StatusPengaduan status, String teks) {
}
