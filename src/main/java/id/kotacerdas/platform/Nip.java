package id.kotacerdas.platform;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.regex.Pattern;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * A civil servant's Nomor Induk Pegawai (Perka BKN 22/2007), the key by which every module refers to
 * one employee: 18 digits {@code YYYYMMDD YYYYMM G NNN} — date of birth, year and month of the first
 * appointment (TMT CPNS), sex (1 male, 2 female) and a sequence number. Kept as the 18 digits.
 *
 * @param nilai the 18 digits
 * @throws IllegalArgumentException when the digits are not a NIP (see {@link #dari})
 */
public record Nip(String nilai) {

	public enum JenisKelamin {
		LAKI_LAKI, PEREMPUAN
	}

	/** The 18-digit NIP dates from 2007; nobody still in service then was born before this year. */
	static final int TAHUN_LAHIR_PALING_AWAL = 1900;

	private static final Pattern DELAPAN_BELAS_ANGKA = Pattern.compile("[0-9]{18}");

	/** How NIPs are printed: "19660801 198803 1 001" or with dots. */
	private static final Pattern PEMISAH = Pattern.compile("[ .]");

	private static final DateTimeFormatter TANGGAL = DateTimeFormatter.ofPattern("uuuuMMdd").withResolverStyle(ResolverStyle.STRICT);

	private static final DateTimeFormatter BULAN = DateTimeFormatter.ofPattern("uuuuMM").withResolverStyle(ResolverStyle.STRICT);

	public Nip {
		if (nilai == null || !DELAPAN_BELAS_ANGKA.matcher(nilai).matches()) {
			throw new IllegalArgumentException("NIP harus 18 angka");
		}
		LocalDate lahir;
		YearMonth diangkat;
		try {
			lahir = LocalDate.parse(nilai.substring(0, 8), TANGGAL);
			diangkat = YearMonth.parse(nilai.substring(8, 14), BULAN);
		}
		catch (DateTimeException ex) {
			throw new IllegalArgumentException("NIP: tanggal lahir atau TMT CPNS bukan tanggal", ex);
		}
		if (lahir.getYear() < TAHUN_LAHIR_PALING_AWAL) {
			throw new IllegalArgumentException("NIP: tahun lahir " + lahir.getYear());
		}
		if (!diangkat.isAfter(YearMonth.from(lahir))) {
			throw new IllegalArgumentException("NIP: diangkat sebelum lahir");
		}
		char kelamin = nilai.charAt(14);
		if (kelamin != '1' && kelamin != '2') {
			throw new IllegalArgumentException("NIP: kode jenis kelamin " + kelamin);
		}
	}

	/**
	 * Reads a NIP as typed or printed: the 18 digits, optionally grouped by spaces or dots.
	 *
	 * @throws IllegalArgumentException when it is not 18 digits, the date of birth (digits 1–8) or of
	 * appointment (9–14) is not a real one or the appointment is not after the birth, or digit 15 is not
	 * 1 or 2
	 */
	public static Nip dari(String teks) {
		if (teks == null) {
			throw new IllegalArgumentException("NIP kosong");
		}
		return new Nip(PEMISAH.matcher(teks.strip()).replaceAll(""));
	}

	/** Whether {@link #dari} accepts the text. */
	public static boolean sah(String teks) {
		try {
			dari(teks);
			return true;
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
	}

	public LocalDate tanggalLahir() {
		return LocalDate.parse(nilai.substring(0, 8), TANGGAL);
	}

	/** The month of the first appointment as a candidate civil servant (TMT CPNS). */
	public YearMonth pengangkatan() {
		return YearMonth.parse(nilai.substring(8, 14), BULAN);
	}

	public JenisKelamin jenisKelamin() {
		return nilai.charAt(14) == '1' ? JenisKelamin.LAKI_LAKI : JenisKelamin.PEREMPUAN;
	}

	/** Tells apart employees born and appointed in the same months (000–999). */
	public int nomorUrut() {
		return Integer.parseInt(nilai.substring(15));
	}

	@Override
	public String toString() {
		return nilai;
	}

	/** Bean Validation: the text is empty (an optional field) or a NIP that {@link Nip#dari} accepts. */
	@Documented
	@Constraint(validatedBy = Sah.Pemeriksa.class)
	@Target({ FIELD, METHOD, PARAMETER, TYPE_USE })
	@Retention(RUNTIME)
	public @interface Sah {

		String message() default "{galat.nip-tidak-sah}";

		Class<?>[] groups() default {};

		Class<? extends Payload>[] payload() default {};

		class Pemeriksa implements ConstraintValidator<Sah, CharSequence> {

			@Override
			public boolean isValid(CharSequence teks, ConstraintValidatorContext konteks) {
				return teks == null || teks.toString().isBlank() || sah(teks.toString());
			}
		}
	}
}
