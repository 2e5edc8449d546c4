package id.kotacerdas.platform;

/**
 * Text that PostgreSQL and every reader downstream can take. PostgreSQL refuses U+0000 in text and
 * JSON, and a lone UTF-16 surrogate has no UTF-8 form at all: either in one value used to fail a
 * whole statement with a 500. U+FFFD is what a decoder puts where the bytes were not UTF-8 (an
 * encoded lone surrogate among them), so text carrying it arrived broken. Requests carrying such
 * text are refused at the edge; machine input that is kept anyway (tracker attributes) is cleaned
 * with {@link #bersihkan}.
 */
public final class Teks {

	/** U+FFFD REPLACEMENT CHARACTER. */
	private static final char GANTI = '\uFFFD';

	private Teks() {
	}

	/** Whether the text holds no U+0000, no unpaired surrogate and no U+FFFD. */
	public static boolean sah(CharSequence teks) {
		return teks == null || posisiTidakSah(teks) < 0;
	}

	/** Index of the first U+0000, unpaired surrogate or U+FFFD, or -1. */
	static int posisiTidakSah(CharSequence teks) {
		for (int i = 0; i < teks.length(); i++) {
			char c = teks.charAt(i);
			if (c == '\0' || c == GANTI) {
				return i;
			}
			if (Character.isHighSurrogate(c) && i + 1 < teks.length() && Character.isLowSurrogate(teks.charAt(i + 1))) {
				i++;
			}
			else if (Character.isSurrogate(c)) {
				return i;
			}
		}
		return -1;
	}

	/**
	 * The text without control characters (tab, line breaks and U+0000 included), unpaired
	 * surrogates and U+FFFD, cut to at most {@code maks} code points.
	 */
	public static String bersihkan(String teks, int maks) {
		StringBuilder sb = new StringBuilder(Math.min(teks.length(), maks));
		int titik = 0;
		for (int i = 0; i < teks.length() && titik < maks; i++) {
			char c = teks.charAt(i);
			if (Character.isHighSurrogate(c) && i + 1 < teks.length() && Character.isLowSurrogate(teks.charAt(i + 1))) {
				sb.append(c).append(teks.charAt(++i));
				titik++;
			}
			else if (!Character.isSurrogate(c) && !Character.isISOControl(c) && c != GANTI) {
				sb.append(c);
				titik++;
			}
		}
		return sb.toString();
	}
}
