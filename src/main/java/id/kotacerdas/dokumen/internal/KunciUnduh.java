package id.kotacerdas.dokumen.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.UUID;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The download key of a document: HMAC-SHA256 of its id under a secret derived from the city's
 * private key, so every instance with the same certificate computes the same key and nothing new
 * has to be stored or shared; comparing takes constant time.
 */
final class KunciUnduh {

	private static final String ALGORITMA = "HmacSHA256";

	private final SecretKeySpec rahasia;

	KunciUnduh(SertifikatKota sertifikat) {
		try {
			MessageDigest sha = MessageDigest.getInstance("SHA-256");
			sha.update("kc.dokumen.unduh".getBytes(StandardCharsets.US_ASCII));
			this.rahasia = new SecretKeySpec(sha.digest(sertifikat.kunci().getEncoded()), ALGORITMA);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

	String untuk(UUID id) {
		try {
			Mac mac = Mac.getInstance(ALGORITMA);
			mac.init(rahasia);
			return Base64.getUrlEncoder().withoutPadding().encodeToString(mac.doFinal(id.toString().getBytes(StandardCharsets.US_ASCII)));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

	boolean cocok(UUID id, String kunci) {
		return kunci != null && MessageDigest.isEqual(untuk(id).getBytes(StandardCharsets.US_ASCII), kunci.getBytes(StandardCharsets.US_ASCII));
	}
}
