package id.kotacerdas.satudata.internal.ckan;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;

/**
 * An action's error as CKAN answers it ({@code ckan/views/api.py}): its {@code __type}, status and the error object
 * ({@code message}, or for a validation error one list of messages per parameter).
 */
final class GalatCkan extends RuntimeException {

	private final HttpStatus status;

	private final Map<String, Object> galat;

	private GalatCkan(HttpStatus status, String jenis, Map<String, Object> isi) {
		super(jenis + ": " + isi);
		this.status = status;
		this.galat = new LinkedHashMap<>(isi);
		this.galat.put("__type", jenis);
	}

	static GalatCkan tidakDitemukan(String apa) {
		return new GalatCkan(HttpStatus.NOT_FOUND, "Not Found Error", Map.of("message", apa == null ? "Not found" : "Not found: " + apa));
	}

	static GalatCkan validasi(String parameter, String pesan) {
		return new GalatCkan(HttpStatus.CONFLICT, "Validation Error", Map.of(parameter, List.of(pesan)));
	}

	static GalatCkan aksesDitolak(String pesan) {
		return new GalatCkan(HttpStatus.FORBIDDEN, "Authorization Error", Map.of("message", "Access denied: " + pesan));
	}

	/** What Solr's errors become: a query CKAN cannot run (bad sort or filter field). */
	static GalatCkan pencarian(String pesan) {
		return new GalatCkan(HttpStatus.CONFLICT, "Search Error", Map.of("message", "Search error: " + pesan));
	}

	HttpStatus status() {
		return status;
	}

	Map<String, Object> galat() {
		return galat;
	}
}
