package id.kotacerdas.pengaduan;

import java.time.Instant;

/** A report moved from one status to another. */
public record StatusPengaduanBerubah(String nomor, StatusPengaduan dari, StatusPengaduan ke, Instant waktu) {
}
