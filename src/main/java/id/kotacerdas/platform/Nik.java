package id.kotacerdas.platform;

import java.time.DateTimeException;
import java.time.MonthDay;
import java.util.regex.Pattern;

/**
 * A Nomor Induk Kependudukan (UU 24/2013): 16 digits {@code PP KK CC DDMMYY NNNN} — the province,
 * kab/kota and kecamatan where it was first issued, the day of birth (plus 40 for women), month and
 * two-digit year of birth, and a sequence number from 0001. Only the layout is checked: legacy NIKs
 * exist whose date digits differ from the civil record, so they are not compared with the birth date.
 *
 * @param nilai the 16 digits
 * @throws IllegalArgumentException when the digits are not a NIK (see {@link #dari})
 */
public record Nik(String nilai) {

	private static final Pattern ENAM_BELAS_ANGKA = Pattern.compile("[0-9]{16}");

	private static final Pattern PEMISAH = Pattern.compile("[ .]");

	/** Kemendagri province codes start at 11 (Aceh). */
	private static final int KODE_PROVINSI_PERTAMA = 11;

	/** Women's day of birth is written plus this. */
	private static final int TAMBAHAN_PEREMPUAN = 40;

	/** How many trailing digits a masked NIK shows. */
	private static final int TAMPAK = 4;

	public Nik {
		if (nilai == null || !ENAM_BELAS_ANGKA.matcher(nilai).matches()) {
			throw new IllegalArgumentException("NIK harus 16 angka");
		}
		if (angka(nilai, 0) < KODE_PROVINSI_PERTAMA || angka(nilai, 2) == 0 || angka(nilai, 4) == 0) {
			throw new IllegalArgumentException("NIK: kode wilayah tidak ada");
		}
		int hari = angka(nilai, 6);
		if (hari > TAMBAHAN_PEREMPUAN) {
			hari -= TAMBAHAN_PEREMPUAN;
		}
		try {
			// any year: 29 February is a birthday too
			MonthDay.of(angka(nilai, 8), hari);
		}
		catch (DateTimeException ex) {
			throw new IllegalArgumentException("NIK: tanggal lahir bukan tanggal", ex);
		}
		if (Integer.parseInt(nilai.substring(12)) == 0) {
			throw new IllegalArgumentException("NIK: nomor urut 0000");
		}
	}

	/** Reads a NIK as typed: the 16 digits, optionally grouped by spaces or dots. */
	public static Nik dari(String teks) {
		if (teks == null) {
			throw new IllegalArgumentException("NIK kosong");
		}
		return new Nik(PEMISAH.matcher(teks.strip()).replaceAll(""));
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

	/** The NIK as shown to those who may not read it: only the last four digits ("•••• •••• •••• 1234"). */
	public String tersamar() {
		return "•••• •••• •••• " + nilai.substring(nilai.length() - TAMPAK);
	}

	@Override
	public String toString() {
		return tersamar();
	}

	private static int angka(String s, int dari) {
		return Integer.parseInt(s.substring(dari, dari + 2));
	}
}
