package id.kotacerdas.platform;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256 fingerprints in hexadecimal: of secrets stored hashed, of file contents, of a catalogue's state. */
public final class Sidik {

	private Sidik() {
	}

	public static String sha256(byte[] isi) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(isi));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("every Java platform has SHA-256", ex);
		}
	}

	/** Of the text's UTF-8 bytes. */
	public static String sha256(String teks) {
		return sha256(teks.getBytes(StandardCharsets.UTF_8));
	}
}
