package id.kotacerdas.kalender;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Working days of the city government in WITA: Monday to Friday, except national holidays and cuti
 * bersama. Answered from memory (no query per call), so SLA computations may run per report and in
 * list pages. A change of the holidays applies at once on the instance that made it and within a
 * minute on every other instance ({@code kc.kalender.segarkan}).
 */
public interface KalenderKerja {

	/** Whether the city government works on this date. */
	boolean hariKerja(LocalDate tanggal);

	/**
	 * The deadline {@code hariKerja} working days after {@code mulai}: the end (23:59:59 WITA) of the
	 * n-th working day after the day of {@code mulai}, so something received at any hour gets whole
	 * days; with 0, the end of that day itself.
	 *
	 * @throws IllegalArgumentException when {@code hariKerja} is negative
	 */
	Instant tambahHariKerja(Instant mulai, int hariKerja);

	/**
	 * How many working days after the day {@code dari} up to and including the day {@code sampai}:
	 * 0 within one day or when only a weekend or holidays passed; negative when {@code sampai} is
	 * earlier. It agrees with {@link #tambahHariKerja}: the deadline of n working days is n working
	 * days after its start.
	 */
	int hariKerjaAntara(LocalDate dari, LocalDate sampai);

	/** {@link #hariKerjaAntara(LocalDate, LocalDate)} between the WITA dates of two moments: how many working days something took. */
	int hariKerjaAntara(Instant dari, Instant sampai);

	/** The holidays and cuti bersama of a year (weekends too, when a holiday falls on one), by date. */
	List<HariLibur> hariLibur(int tahun);
}
