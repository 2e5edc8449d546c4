package id.kotacerdas.berkas;

import java.time.Instant;
import java.util.UUID;

/**
 * A stored file as described in the {@code berkas} table.
 *
 * @param sha256 of the stored bytes, hexadecimal (also the HTTP ETag)
 * @param lebar width in pixels of an image; null for a document
 * @param tinggi height in pixels of an image; null for a document
 * @param thumbnailId the photo's thumbnail, itself a berkas; null for a document or a thumbnail
 */
public record Berkas(UUID id, Pemilik pemilik, String tipeIsi, long ukuran, String sha256, Integer lebar, Integer tinggi,
		UUID thumbnailId, Instant dibuat) {

	/** The file name ending for its content type ({@code .jpg}, {@code .pdf}, …): part of its key and download name. */
	public String akhiran() {
		return switch (tipeIsi) {
			case "image/jpeg" -> ".jpg";
			case "image/png" -> ".png";
			case "image/webp" -> ".webp";
			case "application/pdf" -> ".pdf";
			default -> ".bin";
		};
	}
}
