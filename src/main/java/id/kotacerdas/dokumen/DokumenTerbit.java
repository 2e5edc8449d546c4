package id.kotacerdas.dokumen;

import java.time.Instant;
import java.util.UUID;

/**
 * An issued document.
 *
 * @param urlVerifikasi the public verification page (what its QR code opens)
 * @param sha256 of the issued PDF, hexadecimal
 * @param dicabutPada when it was revoked, or null
 */
public record DokumenTerbit(UUID id, String jenisKode, String nomor, String urlVerifikasi, String sha256, Instant diterbitkanPada,
		JenisTandaTangan tandaTangan, Instant dicabutPada) {
}
