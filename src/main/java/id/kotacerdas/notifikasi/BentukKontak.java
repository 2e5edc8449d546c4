package id.kotacerdas.notifikasi;

import java.util.regex.Pattern;

/**
 * Whether a text has the shape of a contact: the rule {@link Kontak} matches contacts by, for checks that must
 * recognise a contact they were not told about (the open-data gate refusing phone numbers and e-mail addresses).
 */
public final class BentukKontak {

	private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

	/** How people write phone numbers: digits, a leading +, spaces, dashes, dots and brackets. */
	private static final Pattern TULISAN_TELEPON = Pattern.compile("\\+?[0-9(][0-9 ().-]*");

	/** Indonesian numbers in national form: 0 + area or mobile prefix + subscriber, 9 to 13 digits (0380 821234, 0812 3456 7890). */
	static final int ANGKA_NASIONAL_MIN = 9;

	static final int ANGKA_NASIONAL_MAKS = 13;

	private BentukKontak() {
	}

	/** Whether the text is an e-mail address. */
	public static boolean email(String teks) {
		return teks != null && EMAIL.matcher(teks.strip()).matches();
	}

	/** Whether the text is an Indonesian phone number as people write it ({@code +62 812-3456-7890}, {@code (0380) 821234}). */
	public static boolean telepon(String teks) {
		if (teks == null || !TULISAN_TELEPON.matcher(teks.strip()).matches()) {
			return false;
		}
		String angka = Kontak.angkaTelepon(teks);
		return angka.startsWith("0") && !angka.startsWith("00") && angka.length() >= ANGKA_NASIONAL_MIN && angka.length() <= ANGKA_NASIONAL_MAKS;
	}
}
