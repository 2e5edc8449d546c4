package id.kotacerdas.notifikasi.internal;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Text for real SMS: transliterated to the GSM 03.38 alphabet and cut into parts of at most
 * {@link #PANJANG} characters. Transliteration, not UCS-2: Indonesian is written in Latin letters,
 * so folding the odd accent, typographic quote or dash costs nothing readable, while one non-GSM
 * character would shrink every part to 70. A longer text becomes numbered parts "(1/3) …", cut at
 * spaces where possible, each a standalone SMS (an HTTP gateway sends each as its own message).
 */
final class PecahSms {

	/** Septets in one SMS. */
	static final int PANJANG = 160;

	/** The GSM 03.38 default alphabet (one septet each). */
	private static final String DASAR = "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
			+ "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";

	/** The extension table: two septets each (an escape, then the character). */
	private static final String PERLUASAN = "^{}\\[~]|€";

	/** Common characters outside the alphabet and their nearest GSM spelling. */
	private static final Map<Character, String> PENGGANTI = Map.ofEntries(Map.entry('‘', "'"), Map.entry('’', "'"),
			Map.entry('“', "\""), Map.entry('”', "\""), Map.entry('–', "-"), Map.entry('—', "-"), Map.entry('…', "..."),
			Map.entry('\u00a0', " "), Map.entry('•', "*"), Map.entry('\t', " "), Map.entry('`', "'"), Map.entry('×', "x"));

	private PecahSms() {
	}

	/** The text in GSM characters: accents dropped where that gives a GSM letter, known look-alikes replaced, else "?". */
	static String gsm(String teks) {
		StringBuilder hasil = new StringBuilder(teks.length());
		teks.codePoints().forEach(cp -> {
			String c = new String(Character.toChars(cp));
			if (c.length() == 1 && (DASAR.indexOf(c.charAt(0)) >= 0 || PERLUASAN.indexOf(c.charAt(0)) >= 0)) {
				hasil.append(c);
				return;
			}
			if (c.length() == 1 && PENGGANTI.containsKey(c.charAt(0))) {
				hasil.append(PENGGANTI.get(c.charAt(0)));
				return;
			}
			String tanpaAksen = Normalizer.normalize(c, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
			hasil.append(tanpaAksen.length() == 1 && DASAR.indexOf(tanpaAksen.charAt(0)) >= 0 ? tanpaAksen : "?");
		});
		return hasil.toString();
	}

	/** Septets a GSM text takes. */
	static int septet(CharSequence teks) {
		int n = 0;
		for (int i = 0; i < teks.length(); i++) {
			n += PERLUASAN.indexOf(teks.charAt(i)) >= 0 ? 2 : 1;
		}
		return n;
	}

	/** The parts to send: one when the text fits, else numbered parts each within {@link #PANJANG}. */
	static List<String> bagian(String teks) {
		String isi = gsm(teks.strip());
		if (septet(isi) <= PANJANG) {
			return List.of(isi);
		}
		// the prefix "(k/n) " grows with the digits of n: try one digit, then two, …
		for (int digit = 1;; digit++) {
			List<String> potong = potong(isi, PANJANG - ("(/) ".length() + 2 * digit));
			if (String.valueOf(potong.size()).length() <= digit) {
				List<String> hasil = new ArrayList<>(potong.size());
				for (int i = 0; i < potong.size(); i++) {
					hasil.add("(" + (i + 1) + "/" + potong.size() + ") " + potong.get(i));
				}
				return hasil;
			}
		}
	}

	/** Cuts at the last white space that keeps a piece within {@code maks} septets; a longer word is cut where it must. */
	private static List<String> potong(String isi, int maks) {
		List<String> hasil = new ArrayList<>();
		int awal = 0;
		while (awal < isi.length()) {
			int akhir = awal;
			int septet = 0;
			while (akhir < isi.length() && septet + septet(isi.substring(akhir, akhir + 1)) <= maks) {
				septet += septet(isi.substring(akhir, akhir + 1));
				akhir++;
			}
			if (akhir < isi.length()) {
				int spasi = akhir;
				while (spasi > awal && !Character.isWhitespace(isi.charAt(spasi))) {
					spasi--;
				}
				if (spasi > awal) {
					akhir = spasi;
				}
			}
			hasil.add(isi.substring(awal, akhir).strip());
			awal = akhir;
			while (awal < isi.length() && Character.isWhitespace(isi.charAt(awal))) {
				awal++;
			}
		}
		return hasil;
	}
}
