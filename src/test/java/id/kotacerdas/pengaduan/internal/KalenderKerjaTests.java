package id.kotacerdas.pengaduan.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import id.kotacerdas.platform.Waktu;

class KalenderKerjaTests {

	/** Part of the seeded 2026 calendar around Idul Fitri: Nyepi, cuti bersama, Idul Fitri. */
	private static final KalenderKerja KALENDER = new KalenderKerja(Set.of(LocalDate.parse("2026-03-18"),
			LocalDate.parse("2026-03-19"), LocalDate.parse("2026-03-20"), LocalDate.parse("2026-03-21"),
			LocalDate.parse("2026-03-22"), LocalDate.parse("2026-03-23"), LocalDate.parse("2026-03-24"),
			LocalDate.parse("2026-12-24"), LocalDate.parse("2026-12-25")));

	private static Instant wita(String waktu) {
		return LocalDateTime.parse(waktu).atZone(Waktu.WITA).toInstant();
	}

	private static String tenggat(String mulai, int hari) {
		return Waktu.wita(KALENDER.tenggat(wita(mulai), hari)).toLocalDateTime().toString();
	}

	@Test
	void skipsTheWeekend() {
		// Friday 20 Nov 2026 + 3 working days = Wednesday 25 Nov, end of day
		assertThat(tenggat("2026-11-20T10:00", 3)).isEqualTo("2026-11-25T23:59:59");
		// filed on Saturday: counting starts Monday
		assertThat(tenggat("2026-11-21T09:00", 1)).isEqualTo("2026-11-23T23:59:59");
	}

	@Test
	void skipsHolidaysAndCutiBersama() {
		// Tuesday 17 Mar + 3: 18–24 Mar are holidays or weekend, so 25, 26, 27 Mar
		assertThat(tenggat("2026-03-17T08:00", 3)).isEqualTo("2026-03-27T23:59:59");
		// Wednesday 23 Dec + 1: 24 and 25 Dec off, weekend, so Monday 28 Dec
		assertThat(tenggat("2026-12-23T16:00", 1)).isEqualTo("2026-12-28T23:59:59");
	}

	@Test
	void usesWitaNotUtc() {
		// 23:30 WITA on Friday is still Friday in Kupang (15:30 UTC): +1 = Monday
		Instant jumatMalam = ZonedDateTime.parse("2026-11-20T23:30+08:00[Asia/Makassar]").toInstant();
		assertThat(Waktu.wita(KALENDER.tenggat(jumatMalam, 1)).toLocalDate()).isEqualTo(LocalDate.parse("2026-11-23"));
	}

	@ParameterizedTest
	@ValueSource(longs = { 1, 7, 42, 2026 })
	void deadlineIsAlwaysAWorkingDayWithExactlyNWorkingDaysAfterReceipt(long benih) {
		Random acak = new Random(benih);
		for (int i = 0; i < 200; i++) {
			LocalDate hari = LocalDate.parse("2026-01-01").plusDays(acak.nextInt(360));
			int n = 1 + acak.nextInt(15);
			LocalDate batas = Waktu.wita(KALENDER.tenggat(hari.atTime(acak.nextInt(24), 0).atZone(Waktu.WITA).toInstant(), n)).toLocalDate();
			assertThat(KALENDER.hariKerja(batas)).isTrue();
			assertThat(batas.getDayOfWeek()).isNotIn(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
			long kerja = hari.plusDays(1).datesUntil(batas.plusDays(1)).filter(KALENDER::hariKerja).count();
			assertThat(kerja).isEqualTo(n);
		}
	}
}
