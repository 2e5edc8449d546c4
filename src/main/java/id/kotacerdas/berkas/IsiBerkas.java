package id.kotacerdas.berkas;

import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** A stored file's description and its bytes, read back. */
public record IsiBerkas(Berkas berkas, byte[] isi) {

	/**
	 * The HTTP answer that serves it: its own content type, never sniffed by the browser, shown
	 * inline (a PDF as a download), with its hash as ETag and the caller's cache rule.
	 */
	public ResponseEntity<byte[]> jawaban(CacheControl cache) {
		MediaType tipe = MediaType.parseMediaType(berkas.tipeIsi());
		ContentDisposition cara = (tipe.getType().equals("image") ? ContentDisposition.inline() : ContentDisposition.attachment())
			.filename(berkas.id() + berkas.akhiran())
			.build();
		return ResponseEntity.ok()
			.contentType(tipe)
			.header("X-Content-Type-Options", "nosniff")
			.header(HttpHeaders.CONTENT_DISPOSITION, cara.toString())
			.eTag("\"" + berkas.sha256() + "\"")
			.cacheControl(cache)
			.body(isi);
	}
}
