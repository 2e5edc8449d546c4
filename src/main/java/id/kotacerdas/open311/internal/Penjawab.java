package id.kotacerdas.open311.internal;

import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

import tools.jackson.databind.ObjectMapper;

/** Writes answers and error lists in the requested format, with the spec's content types. */
@Component
class Penjawab {

	private final MessageSource pesan;

	private final ObjectMapper json;

	Penjawab(MessageSource pesan, ObjectMapper json) {
		this.pesan = pesan;
		this.json = json;
	}

	ResponseEntity<byte[]> ok(Format format, Dokumen dokumen) {
		return ResponseEntity.ok().contentType(format.jenisIsi()).body(tubuh(format, dokumen));
	}

	ResponseEntity<byte[]> galat(Format format, HttpStatus status, String deskripsi) {
		return ResponseEntity.status(status).contentType(format.jenisIsi()).body(tubuhGalat(format, status, deskripsi));
	}

	byte[] tubuh(Format format, Dokumen dokumen) {
		return format == Format.XML ? Dokumen.xml(dokumen) : Dokumen.json(dokumen, json);
	}

	/** {@code <errors><error><code/><description/></error></errors>}; JSON: {@code [{"code":400,"description":".."}]}. */
	byte[] tubuhGalat(Format format, HttpStatus status, String deskripsi) {
		return tubuh(format, new Dokumen.Daftar("errors", List.of(new Dokumen.Objek("error",
				Dokumen.nilai("code", status.value()), Dokumen.nilai("description", deskripsi)))));
	}

	String pesan(String kode, Object[] argumen, Locale locale) {
		return pesan.getMessage(kode, argumen, kode, locale);
	}

	/** The generic description of an HTTP error status produced outside the controllers. */
	String pesanStatus(HttpStatus status, Locale locale) {
		return pesan("open311.galat." + status.value(), null, locale);
	}
}
