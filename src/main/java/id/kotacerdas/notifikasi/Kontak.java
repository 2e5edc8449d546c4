package id.kotacerdas.notifikasi;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a message to a person goes: a channel and the address on it. Also the one place that
 * decides whether what someone typed names a contact they filed with (a lost private link is
 * re-sent only then): the e-mail in any case, the phone in any spelling ({@code +62 812-3456-7890},
 * {@code 081234567890}); and the one check of an e-mail address ({@link #email}) and a mobile number
 * ({@link #ponsel}) every module's form uses.
 */
public record Kontak(String saluran, String alamat) {

	/** An Indonesian mobile number: country code or trunk 0, then 8 and 7–12 more digits. */
	private static final Pattern PONSEL = Pattern.compile("(?:\\+?62|0)(8\\d{7,12})");

	/** One atom of an address's local part: letters (any script), digits and the signs RFC 5322 allows unquoted. */
	private static final String ATOM = "[\\p{L}\\p{N}!#$%&'*+/=?^_`{|}~-]+";

	/** A domain label: letters and digits, hyphens only inside. */
	private static final String LABEL = "[\\p{L}\\p{N}](?:[\\p{L}\\p{N}-]{0,61}[\\p{L}\\p{N}])?";

	/**
	 * An address mail is delivered to: a dot-separated local part, {@code @}, a domain of two or more labels whose last
	 * (the top-level domain, punycode included) starts with a letter. Quoted local parts and IP literals are left out:
	 * nobody files a complaint or an application from one.
	 */
	private static final Pattern EMAIL = Pattern.compile(ATOM + "(?:\\." + ATOM + ")*@(?:" + LABEL + "\\.)+\\p{L}(?:[\\p{L}\\p{N}-]{0,61}[\\p{L}\\p{N}])?");

	/** RFC 5321's limit of a path, less its brackets. */
	public static final int PANJANG_EMAIL_MAKS = 254;

	/** Fewer digits are no phone number anyone filed with. */
	static final int ANGKA_TELEPON_MIN = 6;

	/**
	 * The filed contact that {@code diketik} names: the e-mail (on {@link Notifikasi#EMAIL}), else
	 * the phone, reached on {@code saluranTelepon} (SMS, or the chat channel a report came by).
	 * Empty when it names neither; either filed contact may be null.
	 */
	public static Optional<Kontak> cocok(String email, String telepon, String saluranTelepon, String diketik) {
		String k = diketik == null ? "" : diketik.strip();
		if (email != null && !k.isEmpty() && email.equalsIgnoreCase(k)) {
			return Optional.of(new Kontak(Notifikasi.EMAIL, email));
		}
		if (teleponSama(telepon, k)) {
			return Optional.of(new Kontak(saluranTelepon, telepon));
		}
		return Optional.empty();
	}

	/** Whether what was typed is an e-mail address a message can be sent to (as typed: no spaces around it). */
	public static boolean email(String diketik) {
		return diketik != null && diketik.length() <= PANJANG_EMAIL_MAKS && EMAIL.matcher(diketik).matches();
	}

	/** Whether two phone numbers are one, in any spelling; never for a text with too few digits. */
	public static boolean teleponSama(String a, String b) {
		if (a == null || b == null) {
			return false;
		}
		String angka = angkaTelepon(b);
		return angka.length() >= ANGKA_TELEPON_MIN && angkaTelepon(a).equals(angka);
	}

	/**
	 * A mobile number as registers keep it, in the national form {@code 08…}, from any spelling people type
	 * ({@code +62 812-3456-7890}, {@code 0812 3456 7890}, {@code (0812) 3456.7890}); empty when it is no mobile number.
	 */
	public static Optional<String> ponsel(String diketik) {
		if (diketik == null) {
			return Optional.empty();
		}
		Matcher m = PONSEL.matcher(diketik.replaceAll("[\\s.()-]", ""));
		return m.matches() ? Optional.of("0" + m.group(1)) : Optional.empty();
	}

	/** A phone number's digits in the national form: {@code +62 812-3456} → {@code 08123456}. */
	static String angkaTelepon(String telepon) {
		String angka = telepon.replaceAll("[^0-9]", "");
		return angka.startsWith("62") ? "0" + angka.substring(2) : angka;
	}
}
