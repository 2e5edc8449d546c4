package id.kotacerdas.pengaduan;

import java.time.Instant;

/**
 * A report as its own reporter sees it in a chat, confidential ones included (they are the
 * reporter's own). No other reporter's data and no internal notes.
 *
 * @param catatanStatus the latest public staff reply, or empty
 */
public record LaporanPelapor(String nomor, String kategoriKode, StatusPengaduan status, Instant diterima, Instant tenggat,
		String catatanStatus) {
}
