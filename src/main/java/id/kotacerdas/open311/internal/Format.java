package id.kotacerdas.open311.internal;

import java.util.Optional;

import org.springframework.http.MediaType;

/** The two formats of GeoReport v2, chosen by the suffix of the resource. */
enum Format {

	XML("xml", "text/xml"), JSON("json", "application/json");

	private final String akhiran;

	private final String mime;

	Format(String akhiran, String mime) {
		this.akhiran = akhiran;
		this.mime = mime;
	}

	static Optional<Format> dari(String akhiran) {
		for (Format f : values()) {
			if (f.akhiran.equals(akhiran)) {
				return Optional.of(f);
			}
		}
		return Optional.empty();
	}

	/** The format an error about this path is written in: JSON for {@code *.json}, else XML (the required one). */
	static Format dariPath(String path) {
		return path != null && path.endsWith(".json") ? JSON : XML;
	}

	String mime() {
		return mime;
	}

	/** The spec's content type, charset included. */
	MediaType jenisIsi() {
		return MediaType.parseMediaType(mime + "; charset=utf-8");
	}
}
