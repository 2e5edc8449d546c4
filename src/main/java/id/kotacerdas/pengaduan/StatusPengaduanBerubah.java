package id.kotacerdas.pengaduan;

import java.time.Instant;

/**
 * A report moved from one status to another. A report about a city asset names it, so the asset's
 * module can follow: {@code ke == SELESAI} always comes with an evidence photo.
 *
 * @param asetJenis with {@code asetId} the asset the report is about, or null
 */
public record StatusPengaduanBerubah(String nomor, StatusPengaduan dari, StatusPengaduan ke, Instant waktu, String asetJenis,
		String asetId) {
}
