package id.kotacerdas.dokumen.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The city's standard letter (Kop, title, number, body, validity, place and date, signer, QR), the template of a kind defined without one. */
final class TemplatBaku {

	static final String SURAT = baca("/dokumen/surat-baku.html");

	private TemplatBaku() {
	}

	private static String baca(String jalur) {
		try (InputStream in = TemplatBaku.class.getResourceAsStream(jalur)) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}
}
