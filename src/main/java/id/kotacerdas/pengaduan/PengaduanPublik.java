package id.kotacerdas.pengaduan;

import java.time.Instant;
import java.util.List;

/**
 * A report as anyone may see it: never the reporter's identity or internal notes.
 *
 * @param catatanStatus the latest public staff reply, or empty
 * @param tenggat the SLA deadline for resolution
 * @param foto URLs of the report's photos (metadata stripped)
 */
public record PengaduanPublik(String nomor, String kategoriKode, String kategoriNama, StatusPengaduan status, String deskripsi,
		Double lat, Double lon, String alamat, String kelurahanKode, String kelurahanNama, String kecamatanNama, String opdNama,
		Instant diterima, Instant diperbarui, Instant tenggat, String catatanStatus, List<String> foto, int jumlahDukungan) {
}
