package id.kotacerdas.sms.internal;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The gateway's signature: HMAC-SHA256 of the raw body with the shared secret, sent in hexadecimal
 * (optionally as {@code sha256=<hex>}, as GitHub and Meta do) or Base64. Compared in constant time.
 */
final class TandaTangan {

	private TandaTangan() {
	}

	static byte[] hitung(String rahasia, byte[] badan) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(rahasia.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
			return mac.doFinal(badan);
		}
		catch (NoSuchAlgorithmException | InvalidKeyException ex) {
			throw new IllegalStateException("every Java platform has HmacSHA256", ex);
		}
	}

	static boolean sah(String rahasia, byte[] badan, String header) {
		if (header == null || header.isBlank()) {
			return false;
		}
		String nilai = header.strip();
		if (nilai.regionMatches(true, 0, "sha256=", 0, 7)) {
			nilai = nilai.substring(7);
		}
		byte[] dikirim;
		try {
			dikirim = nilai.length() == 64 ? HexFormat.of().parseHex(nilai) : Base64.getDecoder().decode(nilai);
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
		return MessageDigest.isEqual(hitung(rahasia, badan), dikirim);
	}
}
