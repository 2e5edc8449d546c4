package id.kotacerdas.iven.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import id.kotacerdas.platform.PermintaanDitolakException;
import id.kotacerdas.platform.Waktu;

/** An event's rules without the database: recurrence in WITA, postponement and cancellation. */
class AcaraTests {

	static Acara acara(LocalDateTime mulaiWita, int jam, String rrule, StatusAcara status) {
		Instant mulai = mulaiWita.atZone(Waktu.WITA).toInstant();
		return new Acara(1, UUID.fromString("6f1c2d3e-0000-4000-8000-000000000001"), "Car Free Day El Tari", "Jalan sehat", JenisAcara.OLAHRAGA,
				"53.71.04.1001", "Jl. El Tari", -10.1688, 123.6019, mulai, mulai.plusSeconds(jam * 3600L), rrule, PenyelenggaraJenis.DINAS,
				"Dinas Perhubungan", null, null, false, null, false, status, null, 0, "KPG-00001", null, mulai, List.of());
	}

	private static List<LocalDateTime> wita(List<ZonedDateTime> z) {
		return z.stream().map(ZonedDateTime::toLocalDateTime).toList();
	}

	private static Instant awalBulan(YearMonth b) {
		return b.atDay(1).atStartOfDay(Waktu.WITA).toInstant();
	}

	/**
	 * Every Sunday 06.00 WITA is Saturday 22.00 UTC: expanded in UTC (or in the server's zone) the rule would land on
	 * Saturdays and the month's first Sunday, 1 February, would fall into January.
	 */
	@Test
	void aWeeklySundayMorningExpandsToWitaSundaysAcrossTheMonthBoundary() {
		Acara cfd = acara(LocalDateTime.of(2026, 1, 4, 6, 0), 3, "FREQ=WEEKLY;BYDAY=SU", StatusAcara.DIJADWALKAN);
		YearMonth jan = YearMonth.of(2026, 1);
		YearMonth feb = YearMonth.of(2026, 2);
		assertThat(wita(cfd.kemunculan(awalBulan(jan), awalBulan(feb)))).containsExactly(LocalDateTime.of(2026, 1, 4, 6, 0),
				LocalDateTime.of(2026, 1, 11, 6, 0), LocalDateTime.of(2026, 1, 18, 6, 0), LocalDateTime.of(2026, 1, 25, 6, 0));
		assertThat(wita(cfd.kemunculan(awalBulan(feb), awalBulan(feb.plusMonths(1))))).containsExactly(LocalDateTime.of(2026, 2, 1, 6, 0),
				LocalDateTime.of(2026, 2, 8, 6, 0), LocalDateTime.of(2026, 2, 15, 6, 0), LocalDateTime.of(2026, 2, 22, 6, 0));
	}

	/** Kuliner Palapa, Saturday 18.00 to 01.00: the night of 31 January still runs on 1 February, so February shows it. */
	@Test
	void anOccurrenceRunningPastMidnightIntoTheNextMonthCountsInBoth() {
		Acara palapa = acara(LocalDateTime.of(2026, 1, 3, 18, 0), 7, "FREQ=WEEKLY;BYDAY=SA;UNTIL=20260301T155959Z", StatusAcara.DIJADWALKAN);
		YearMonth feb = YearMonth.of(2026, 2);
		assertThat(wita(palapa.kemunculan(awalBulan(feb), awalBulan(feb.plusMonths(1))))).containsExactly(LocalDateTime.of(2026, 1, 31, 18, 0),
				LocalDateTime.of(2026, 2, 7, 18, 0), LocalDateTime.of(2026, 2, 14, 18, 0), LocalDateTime.of(2026, 2, 21, 18, 0),
				LocalDateTime.of(2026, 2, 28, 18, 0));
		// March: only the night of 28 February running into 1 March; UNTIL the end of 1 March WITA ends the series
		assertThat(wita(palapa.kemunculan(awalBulan(YearMonth.of(2026, 3)), awalBulan(YearMonth.of(2026, 4)))))
			.containsExactly(LocalDateTime.of(2026, 2, 28, 18, 0));
	}

	static Stream<Long> benih() {
		return new Random(20261130L).longs(12).boxed();
	}

	/** Any weekly event, any month window: every occurrence is on the first start's WITA weekday and time, a week apart. */
	@ParameterizedTest
	@MethodSource("benih")
	void weeklyOccurrencesKeepTheirWitaWeekdayAndTime(long benih) {
		Random r = new Random(benih);
		LocalDate hari = LocalDate.of(2026, 1, 1).plusDays(r.nextInt(365));
		LocalTime jam = LocalTime.of(r.nextInt(24), 15 * r.nextInt(4));
		DayOfWeek h = hari.getDayOfWeek();
		Acara a = acara(hari.atTime(jam), 1 + r.nextInt(5), "FREQ=WEEKLY;BYDAY=" + h.name().substring(0, 2), StatusAcara.DIJADWALKAN);
		YearMonth bulan = YearMonth.from(hari).plusMonths(1 + r.nextInt(6));
		List<ZonedDateTime> k = a.kemunculan(awalBulan(bulan), awalBulan(bulan.plusMonths(1)));
		assertThat(k).hasSizeBetween(4, 6);
		assertThat(k).allSatisfy(z -> {
			assertThat(z.getZone()).isEqualTo(Waktu.WITA);
			assertThat(z.getDayOfWeek()).isEqualTo(h);
			assertThat(z.toLocalTime()).isEqualTo(jam);
		});
		IntStream.range(1, k.size()).forEach(i -> assertThat(k.get(i - 1).plusWeeks(1)).isEqualTo(k.get(i)));
	}

	@Test
	void postponingKeepsTheUidAndEarlierStartAndRaisesTheSequence() {
		Acara a = acara(LocalDateTime.of(2026, 12, 5, 17, 0), 5, null, StatusAcara.DIJADWALKAN);
		Instant baru = LocalDateTime.of(2026, 12, 12, 17, 0).atZone(Waktu.WITA).toInstant();
		Acara t = a.ditunda(baru, baru.plusSeconds(5 * 3600), Instant.parse("2026-12-01T02:00:00Z"));
		assertThat(t.uid()).isEqualTo(a.uid());
		assertThat(t.urutan()).isEqualTo(a.urutan() + 1);
		assertThat(t.status()).isEqualTo(StatusAcara.DITUNDA);
		assertThat(t.mulaiSebelumnya()).isEqualTo(a.mulai());
		assertThat(t.mulai()).isEqualTo(baru);
		Acara b = t.dibatalkan(Instant.parse("2026-12-02T02:00:00Z"));
		assertThat(b.urutan()).isEqualTo(2);
		assertThat(b.status()).isEqualTo(StatusAcara.DIBATALKAN);
		assertThat(b.uid()).isEqualTo(a.uid());
		// a cancelled event is final; a submission is not changed as if it were published
		assertThatThrownBy(() -> b.ditunda(baru, baru.plusSeconds(60), Instant.now())).isInstanceOf(PermintaanDitolakException.class);
		assertThatThrownBy(() -> acara(LocalDateTime.of(2026, 12, 5, 17, 0), 5, null, StatusAcara.DIAJUKAN).dibatalkan(Instant.now()))
			.isInstanceOf(PermintaanDitolakException.class);
		assertThatThrownBy(() -> a.ditunda(a.mulai(), a.selesai(), Instant.now())).isInstanceOf(PermintaanDitolakException.class);
	}
}
