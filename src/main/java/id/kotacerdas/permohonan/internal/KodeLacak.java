package id.kotacerdas.permohonan.internal;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Locale;
import java.util.regex.Pattern;

import id.kotacerdas.platform.Sidik;

/**
 * Tracking codes and private tokens. A code is the city's prefix and five characters of Crockford's
 * base 32 (no I, L, O or U, so it is read aloud and typed back without confusion), drawn at random:
 * 32⁵ ≈ 33.5 million codes, none following from another. The private token is 256 random bits; only
 * its SHA-256 is stored.
 */
final class KodeLacak {

	static final String ABJAD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

	static final int PANJANG = 5;

	private static final SecureRandom ACAK = new SecureRandom();

	private static final Pattern BENTUK = Pattern.compile("[A-Z]{2,5}-[" + ABJAD + "]{" + PANJANG + "}");

	private KodeLacak() {
	}

	static String baru(String prefiks) {
		StringBuilder sb = new StringBuilder(prefiks).append('-');
		for (int i = 0; i < PANJANG; i++) {
			sb.append(ABJAD.charAt(ACAK.nextInt(ABJAD.length())));
		}
		return sb.toString();
	}

	/**
	 * A code as a person typed it: upper case, and the letters Crockford reads as digits (O as 0,
	 * I and L as 1) in the random part; null when it cannot be a code.
	 */
	static String normal(String diketik) {
		if (diketik == null) {
			return null;
		}
		String s = diketik.strip().toUpperCase(Locale.ROOT);
		int garis = s.lastIndexOf('-');
		if (garis < 0) {
			return null;
		}
		String kode = s.substring(0, garis + 1) + s.substring(garis + 1).replace('O', '0').replace('I', '1').replace('L', '1');
		return BENTUK.matcher(kode).matches() ? kode : null;
	}

	static String tokenBaru() {
		byte[] b = new byte[32];
		ACAK.nextBytes(b);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
	}

	static String hash(String token) {
		return Sidik.sha256(token);
	}
}
