package id.kotacerdas.platform;

import java.time.Instant;
import java.time.Year;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A calendar month, quarter (triwulan) or year in WITA, the period a figure ({@link Indikator}) or a
 * report is computed for. Quarters are what service satisfaction (IKM) is often reported by.
 *
 * @param awal the first month (January for a year; January, April, July or October for a quarter)
 */
public record Periode(Jenis jenis, YearMonth awal) {

	public enum Jenis {
		BULAN(1), TRIWULAN(3), TAHUN(12);

		private final int bulan;

		Jenis(int bulan) {
			this.bulan = bulan;
		}
	}

	private static final Pattern TAHUN = Pattern.compile("\\d{4}");

	private static final Pattern TRIWULAN = Pattern.compile("(\\d{4})-T([1-4])");

	private static final int TRIWULAN_SETAHUN = 4;

	public Periode {
		Objects.requireNonNull(jenis, "jenis");
		Objects.requireNonNull(awal, "awal");
		if ((awal.getMonthValue() - 1) % jenis.bulan != 0) {
			throw new IllegalArgumentException("a " + jenis + " cannot start in " + awal);
		}
	}

	public static Periode bulan(YearMonth bulan) {
		return new Periode(Jenis.BULAN, bulan);
	}

	/** @param ke 1 to 4 */
	public static Periode triwulan(int tahun, int ke) {
		if (ke < 1 || ke > TRIWULAN_SETAHUN) {
			throw new IllegalArgumentException("no quarter " + ke);
		}
		return new Periode(Jenis.TRIWULAN, YearMonth.of(tahun, (ke - 1) * Jenis.TRIWULAN.bulan + 1));
	}

	public static Periode tahun(int tahun) {
		return new Periode(Jenis.TAHUN, Year.of(tahun).atMonth(1));
	}

	/** The period of this kind that holds the month. */
	public static Periode memuat(Jenis jenis, YearMonth bulan) {
		return new Periode(jenis, bulan.minusMonths((bulan.getMonthValue() - 1) % jenis.bulan));
	}

	/**
	 * Reads {@link #kode()}: {@code 2026}, {@code 2026-T4} or {@code 2026-11}.
	 *
	 * @throws IllegalArgumentException for anything else
	 */
	public static Periode dari(String kode) {
		if (kode != null && TAHUN.matcher(kode).matches()) {
			return tahun(Integer.parseInt(kode));
		}
		Matcher t = TRIWULAN.matcher(Objects.requireNonNullElse(kode, ""));
		if (t.matches()) {
			return triwulan(Integer.parseInt(t.group(1)), Integer.parseInt(t.group(2)));
		}
		try {
			return bulan(YearMonth.parse(Objects.requireNonNullElse(kode, "")));
		}
		catch (DateTimeParseException ex) {
			throw new IllegalArgumentException("not a month (yyyy-MM), a quarter (yyyy-Tn) or a year (yyyy): " + kode, ex);
		}
	}

	/** The last month, inclusive. */
	public YearMonth akhir() {
		return awal.plusMonths(jumlahBulan() - 1L);
	}

	public int jumlahBulan() {
		return jenis.bulan;
	}

	/** Which quarter of its year the period starts in, 1 to 4. */
	public int triwulanKe() {
		return (awal.getMonthValue() - 1) / Jenis.TRIWULAN.bulan + 1;
	}

	/** The first instant, midnight WITA. */
	public Instant mulai() {
		return awal.atDay(1).atStartOfDay(Waktu.WITA).toInstant();
	}

	/** The first instant after the period (exclusive end). */
	public Instant selesai() {
		return akhir().plusMonths(1).atDay(1).atStartOfDay(Waktu.WITA).toInstant();
	}

	/** {@code 2026} for a year, {@code 2026-T4} for a quarter, {@code 2026-11} for a month; {@link #dari(String)} reads it back. */
	public String kode() {
		return switch (jenis) {
			case BULAN -> awal.toString();
			case TRIWULAN -> awal.getYear() + "-T" + triwulanKe();
			case TAHUN -> Integer.toString(awal.getYear());
		};
	}

	/**
	 * The bundle key of the period in words ("November 2026", "Triwulan IV 2026", "Tahun 2026"), with
	 * {@link #argumenNama()} as its argument.
	 */
	public String kodeNama() {
		return switch (jenis) {
			case BULAN -> "periode.bulan";
			case TRIWULAN -> "periode.triwulan." + triwulanKe();
			case TAHUN -> "periode.tahun";
		};
	}

	/** The month in words for a month, else the year. */
	public String argumenNama() {
		return jenis == Jenis.BULAN ? Waktu.formatBulan(awal) : Integer.toString(awal.getYear());
	}

	/** A filter's choices: the last {@code tahun} years, this and the three quarters before, the last {@code bulan} months; newest first. */
	public static List<Periode> pilihan(YearMonth sekarang, int tahun, int bulan) {
		List<Periode> p = new ArrayList<>();
		for (int i = 0; i < tahun; i++) {
			p.add(tahun(sekarang.getYear() - i));
		}
		Periode t = memuat(Jenis.TRIWULAN, sekarang);
		for (int i = 0; i < TRIWULAN_SETAHUN; i++) {
			p.add(new Periode(Jenis.TRIWULAN, t.awal().minusMonths((long) i * Jenis.TRIWULAN.bulan)));
		}
		for (int i = 0; i < bulan; i++) {
			p.add(bulan(sekarang.minusMonths(i)));
		}
		return p;
	}

	@Override
	public String toString() {
		return kode();
	}
}
