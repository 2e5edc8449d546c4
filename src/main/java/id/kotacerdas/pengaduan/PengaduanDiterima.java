package id.kotacerdas.pengaduan;

import java.time.Instant;

/** A report was filed and routed. */
public record PengaduanDiterima(String nomor, String kategoriKode, Long opdId, Long timId, Instant waktu) {
}
