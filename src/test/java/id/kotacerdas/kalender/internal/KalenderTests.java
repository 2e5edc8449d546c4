package id.kotacerdas.kalender.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import id.kotacerdas.kalender.HariLibur;
import id.kotacerdas.platform.Waktu;

/** The working-day rules on their own: a table of cases, then properties over random calendars. */
class KalenderTests {

	/** The seeded 2026 holidays around Idul Fitri and Christmas, and New Year 2027 (a Friday). */
	private static final Kalender KALENDER = new Kalender(Stream.of(
			libur("2026-03-18", "Cuti bersama Hari Suci Nyepi", true), libur("2026-03-19", "Hari Suci Nyepi", false),
			libur("2026-03-20", "Cuti bersama Idul Fitri 1447 H", true), libur("2026-03-21", "Idul Fitri 1447 H", false),
			libur("2026-03-22", "Idul Fitri 1447 H", false), libur("2026-03-23", "Cuti bersama Idul Fitri 1447 H", true),
			libur("2026-03-24", "Cuti bersama Idul Fitri 1447 H", true), libur("2026-12-24", "Cuti bersama Natal", true),
			libur("2026-12-25", "Kelahiran Yesus Kristus", false), libur("2027-01-01", "Tahun Baru 2027 Masehi", false))
		.toList());

	private static HariLibur libur(String tanggal, String nama, boolean cutiBersama) {
		return new HariLibur(LocalDate.parse(tanggal), nama, cutiBersama);
	}

	/**
	 * Received at a moment (with its offset: +08:00 is WITA, Z is UTC), n working days: the deadline
	 * in WITA. The WITA date of the moment counts, never the UTC one.
	 */
	@ParameterizedTest(name = "{0} + {1} = {2}")
	@CsvSource({
			// weekends
			"2026-11-20T10:00+08:00, 3, 2026-11-25T23:59:59", // Friday: Mon, Tue, Wed
			"2026-11-21T09:00+08:00, 1, 2026-11-23T23:59:59", // filed on Saturday: Monday is the first
			"2026-11-22T23:59+08:00, 1, 2026-11-23T23:59:59", // Sunday night
			"2026-11-23T08:00+08:00, 0, 2026-11-23T23:59:59", // none: the end of the day of receipt
			"2026-11-21T09:00+08:00, 0, 2026-11-21T23:59:59", // none, even on a Saturday
			"2026-11-23T08:00+08:00, 5, 2026-11-30T23:59:59", // a whole week
			// holidays and cuti bersama
			"2026-03-17T08:00+08:00, 3, 2026-03-27T23:59:59", // 18–24 March off (Nyepi, Idul Fitri, cuti bersama, weekend)
			"2026-03-17T08:00+08:00, 1, 2026-03-25T23:59:59",
			"2026-03-20T10:00+08:00, 1, 2026-03-25T23:59:59", // filed on a cuti bersama day
			"2026-03-13T10:00+08:00, 2, 2026-03-17T23:59:59", // just before the long break
			// year end
			"2026-12-23T16:00+08:00, 1, 2026-12-28T23:59:59", // 24 (cuti bersama), 25 (Christmas), weekend
			"2026-12-31T09:00+08:00, 1, 2027-01-04T23:59:59", // New Year 2027 on a Friday, then a weekend
			"2026-12-30T09:00+08:00, 2, 2027-01-04T23:59:59",
			// late at night in WITA is another date in UTC
			"2026-11-20T23:30+08:00, 1, 2026-11-23T23:59:59", // Friday 23.30 WITA (15.30 UTC): still Friday
			"2026-11-19T16:30Z, 1, 2026-11-23T23:59:59", // Thursday 16.30 UTC is Friday 00.30 WITA: counting starts Friday
			"2026-11-19T15:59:59Z, 1, 2026-11-20T23:59:59", // Thursday 23.59.59 WITA: Friday is the first working day
			"2026-12-31T16:00Z, 1, 2027-01-04T23:59:59", // 1 Jan 2027 00.00 WITA, still 31 Dec in UTC
	})
	void deadlineIsTheEndOfTheNthWorkingDayAfterTheWitaDayOfReceipt(String diterima, int hari, String tenggat) {
		Instant mulai = OffsetDateTime.parse(diterima).toInstant();
		assertThat(Waktu.wita(KALENDER.tambahHariKerja(mulai, hari)).toLocalDateTime()).hasToString(tenggat);
	}

	@ParameterizedTest(name = "{0} → {1}: {2}")
	@CsvSource({
			"2026-11-23, 2026-11-23, 0", // the same day
			"2026-11-20, 2026-11-23, 1", // Friday to Monday
			"2026-11-20, 2026-11-22, 0", // only a weekend passed
			"2026-11-21, 2026-11-23, 1", // from a Saturday
			"2026-11-23, 2026-11-20, -1", // backwards
			"2026-03-17, 2026-03-24, 0", // only holidays, cuti bersama and a weekend
			"2026-03-17, 2026-03-27, 3",
			"2026-12-23, 2027-01-04, 5", // across the year end: 28–31 December and 4 January
			"2027-01-04, 2026-12-23, -5",
	})
	void workingDaysBetweenTwoDates(String dari, String sampai, int hari) {
		assertThat(KALENDER.hariKerjaAntara(LocalDate.parse(dari), LocalDate.parse(sampai))).isEqualTo(hari);
	}

	@ParameterizedTest(name = "{0}: {1}")
	@CsvSource({ "2026-11-20, true", "2026-11-21, false", "2026-11-22, false", "2026-03-19, false", "2026-03-23, false",
			"2026-03-25, true", "2026-12-24, false", "2027-01-01, false", "2027-01-04, true" })
	void workingDay(String tanggal, boolean kerja) {
		assertThat(KALENDER.hariKerja(LocalDate.parse(tanggal))).isEqualTo(kerja);
	}

	@Test
	void holidaysOfAYearWithTheirNamesInDateOrder() {
		assertThat(KALENDER.hariLibur(2026)).extracting(HariLibur::tanggal).first().isEqualTo(LocalDate.parse("2026-03-18"));
		assertThat(KALENDER.hariLibur(2026)).hasSize(9).extracting(HariLibur::tanggal).isSorted();
		assertThat(KALENDER.hariLibur(2027)).singleElement().isEqualTo(libur("2027-01-01", "Tahun Baru 2027 Masehi", false));
		assertThat(KALENDER.hariLibur(2025)).isEmpty();
	}

	@Test
	void aNegativeNumberOfWorkingDaysIsRefused() {
		assertThatIllegalArgumentException().isThrownBy(() -> KALENDER.tambahHariKerja(Instant.EPOCH, -1));
	}

	/**
	 * On random calendars (holidays on weekdays and weekends) and random moments: the deadline of n
	 * working days lies n working days after its start, on a working day; the count between two
	 * dates is the day-by-day count; and for a later moment {@code m} with k =
	 * {@code hariKerjaAntara(t, m)}, the deadline of k working days falls on or before m's day and
	 * that of k + 1 after m.
	 */
	@ParameterizedTest
	@ValueSource(longs = { 1, 7, 42, 2026, 53_71 })
	void deadlinesAndCountsAgree(long benih) {
		Random acak = new Random(benih);
		LocalDate awal = LocalDate.parse("2025-06-01");
		List<HariLibur> libur = new ArrayList<>();
		for (int i = 0; i < 60; i++) {
			libur.add(new HariLibur(awal.plusDays(acak.nextInt(3 * 365)), "Libur " + i, acak.nextBoolean()));
		}
		Kalender kalender = new Kalender(libur);
		for (int i = 0; i < 300; i++) {
			Instant t = awal.atStartOfDay(Waktu.WITA).toInstant().plusSeconds(acak.nextLong(2L * 365 * 86_400));
			int n = acak.nextInt(40);
			Instant tenggat = kalender.tambahHariKerja(t, n);
			LocalDate hariTenggat = Waktu.wita(tenggat).toLocalDate();
			assertThat(Waktu.wita(tenggat).toLocalTime()).isEqualTo(LocalTime.of(23, 59, 59));
			assertThat(kalender.hariKerjaAntara(Waktu.wita(t).toLocalDate(), hariTenggat)).as("%s + %d", t, n).isEqualTo(n);
			if (n > 0) {
				assertThat(kalender.hariKerja(hariTenggat)).isTrue();
			}

			Instant m = t.plusSeconds(acak.nextLong(90L * 86_400));
			LocalDate dari = Waktu.wita(t).toLocalDate();
			LocalDate sampai = Waktu.wita(m).toLocalDate();
			int k = kalender.hariKerjaAntara(dari, sampai);
			assertThat(k).isEqualTo(dari.plusDays(1).datesUntil(sampai.plusDays(1)).filter(kalender::hariKerja).count());
			assertThat(kalender.hariKerjaAntara(sampai, dari)).isEqualTo(-k);
			assertThat(Waktu.wita(kalender.tambahHariKerja(t, k)).toLocalDate()).isBeforeOrEqualTo(sampai);
			assertThat(kalender.tambahHariKerja(t, k + 1)).isAfter(m);
		}
	}
}
