package id.kotacerdas.pengaduan.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import id.kotacerdas.pengaduan.TandaTerima;
import id.kotacerdas.platform.Sidik;

/**
 * Secrets of the private follow-up links: 256 bits, only the SHA-256 is stored. A filing with an
 * idempotency key derives its secret from the key and a random salt (HMAC-SHA256), so that a
 * retry with the same key can show the same link again: the key stays with the client, the
 * database keeps only the key's hash and the salt.
 */
final class Token {

	private static final SecureRandom ACAK = new SecureRandom();

	private Token() {
	}

	/** The private follow-up page of a report, relative to the site's root. */
	static String jalur(String token) {
		return TandaTerima.jalurTindakLanjut(token);
	}

	static String baru() {
		return base64(garam());
	}

	static byte[] garam() {
		byte[] b = new byte[32];
		ACAK.nextBytes(b);
		return b;
	}

	/** The follow-up secret of a filing with idempotency key {@code kunci}. */
	static String dariKunci(String kunci, byte[] garam) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(kunci.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
			return base64(mac.doFinal(garam));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

	static String hash(String token) {
		return Sidik.sha256(token);
	}

	private static String base64(byte[] b) {
		return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
	}
}
