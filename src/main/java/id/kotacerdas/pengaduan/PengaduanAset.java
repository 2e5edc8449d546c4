package id.kotacerdas.pengaduan;

import java.time.Instant;

/**
 * One complaint about an asset, for the asset's history: no reporter, no text.
 *
 * @param selesaiPada when staff resolved it with evidence, or null
 */
public record PengaduanAset(String nomor, String kategoriKode, StatusPengaduan status, Instant diterimaPada, Instant selesaiPada) {
}
