package id.kotacerdas.platform;

import java.time.Instant;
import java.time.Year;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A calendar month or year in WITA, the period a figure ({@link Indikator}) is computed for.
 *
 * @param awal the first month (January for a year)
 */
public record Periode(Jenis jenis, YearMonth awal) {

	public enum Jenis {
		BULAN, TAHUN
	}

	private static final Pattern TAHUN = Pattern.compile("\\d{4}");

	public Periode {
		Objects.requireNonNull(jenis, "jenis");
		Objects.requireNonNull(awal, "awal");
		if (jenis == Jenis.TAHUN && awal.getMonthValue() != 1) {
			throw new IllegalArgumentException("a year starts in January: " + awal);
		}
	}

	public static Periode bulan(YearMonth bulan) {
		return new Periode(Jenis.BULAN, bulan);
	}

	public static Periode tahun(int tahun) {
		return new Periode(Jenis.TAHUN, Year.of(tahun).atMonth(1));
	}

	/**
	 * Reads {@link #kode()}: {@code 2026} or {@code 2026-11}.
	 *
	 * @throws IllegalArgumentException for anything else
	 */
	public static Periode dari(String kode) {
		if (kode != null && TAHUN.matcher(kode).matches()) {
			return tahun(Integer.parseInt(kode));
		}
		try {
			return bulan(YearMonth.parse(Objects.requireNonNullElse(kode, "")));
		}
		catch (DateTimeParseException ex) {
			throw new IllegalArgumentException("not a month (yyyy-MM) or a year (yyyy): " + kode, ex);
		}
	}

	/** The last month, inclusive. */
	public YearMonth akhir() {
		return awal.plusMonths(jumlahBulan() - 1L);
	}

	public int jumlahBulan() {
		return jenis == Jenis.TAHUN ? 12 : 1;
	}

	/** The first instant, midnight WITA. */
	public Instant mulai() {
		return awal.atDay(1).atStartOfDay(Waktu.WITA).toInstant();
	}

	/** The first instant after the period (exclusive end). */
	public Instant selesai() {
		return akhir().plusMonths(1).atDay(1).atStartOfDay(Waktu.WITA).toInstant();
	}

	/** {@code 2026} for a year, {@code 2026-11} for a month; {@link #dari(String)} reads it back. */
	public String kode() {
		return jenis == Jenis.TAHUN ? Integer.toString(awal.getYear()) : awal.toString();
	}

	@Override
	public String toString() {
		return kode();
	}
}
