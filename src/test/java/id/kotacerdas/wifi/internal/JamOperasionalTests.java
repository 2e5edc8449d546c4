package id.kotacerdas.wifi.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

import id.kotacerdas.platform.Waktu;

/** Opening hours: open now in WITA, spans past midnight, and the hours in words. */
class JamOperasionalTests {

	private static final Set<DayOfWeek> HARI_KERJA = EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY);

	private static final JamOperasional KANTOR = new JamOperasional(HARI_KERJA, LocalTime.of(7, 30), LocalTime.of(16, 0));

	/** Kuliner-style evening Wi-Fi: Friday and Saturday 18:00–02:00. */
	private static final JamOperasional MALAM = new JamOperasional(EnumSet.of(DayOfWeek.FRIDAY, DayOfWeek.SATURDAY), LocalTime.of(18, 0),
			LocalTime.of(2, 0));

	// 2026-11-30 is a Monday
	@ParameterizedTest
	@CsvSource({ "2026-11-30T07:29, false", "2026-11-30T07:30, true", "2026-11-30T15:59, true", "2026-11-30T16:00, false",
			"2026-12-05T10:00, false", "2026-12-04T12:00, true" })
	void aKelurahanOfficeIsOpenOnWeekdaysDuringOfficeHours(LocalDateTime saat, boolean buka) {
		assertThat(KANTOR.bukaPada(saat.atZone(Waktu.WITA))).isEqualTo(buka);
	}

	@ParameterizedTest
	@CsvSource({ "2026-12-04T17:59, false", "2026-12-04T18:00, true", "2026-12-05T01:59, true", "2026-12-05T02:00, false",
			"2026-12-06T01:00, true", "2026-12-07T01:00, false", "2026-12-03T23:00, false" })
	void aSpanPastMidnightBelongsToTheDayItStarts(LocalDateTime saat, boolean buka) {
		assertThat(MALAM.bukaPada(saat.atZone(Waktu.WITA))).isEqualTo(buka);
	}

	/** Around the clock on the chosen days: open at any minute of those, closed at any minute of the others. */
	@ParameterizedTest
	@MethodSource("acak")
	void aroundTheClockFollowsTheDaysOnly(long benih) {
		Random r = new Random(benih);
		Set<DayOfWeek> hari = EnumSet.noneOf(DayOfWeek.class);
		IntStream.rangeClosed(1, 7).filter(h -> r.nextBoolean()).forEach(h -> hari.add(DayOfWeek.of(h)));
		hari.add(DayOfWeek.of(1 + r.nextInt(7)));
		JamOperasional j = new JamOperasional(hari, null, null);
		LocalDateTime saat = LocalDateTime.of(2026, 11, 30, 0, 0).plusMinutes(r.nextInt(7 * 24 * 60));
		assertThat(j.bukaPada(saat.atZone(Waktu.WITA))).isEqualTo(hari.contains(saat.getDayOfWeek()));
		assertThat(JamOperasional.hariDari(j.kodeHari())).isEqualTo(hari);
	}

	static Stream<Long> acak() {
		return new Random(37122).longs(20).boxed();
	}

	@Test
	void hoursInWords() {
		Map<String, String> kata = Map.of("hari.1", "Senin", "hari.3", "Rabu", "hari.5", "Jumat", "hari.6", "Sabtu", "setiap-hari", "Setiap hari",
				"24-jam", "24 jam");
		assertThat(KANTOR.dalamKata(k -> kata.getOrDefault(k, k))).isEqualTo("Senin–Jumat, 07.30–16.00");
		assertThat(MALAM.dalamKata(k -> kata.getOrDefault(k, k))).isEqualTo("Jumat, Sabtu, 18.00–02.00");
		assertThat(new JamOperasional(EnumSet.allOf(DayOfWeek.class), null, null).dalamKata(kata::get)).isEqualTo("Setiap hari, 24 jam");
		assertThat(new JamOperasional(EnumSet.of(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY), LocalTime.of(8, 0), LocalTime.of(12, 0))
			.dalamKata(k -> kata.getOrDefault(k, k))).isEqualTo("Senin, Rabu, 08.00–12.00");
	}

	@Test
	void noDaysOrEqualTimesAreRefused() {
		assertThatThrownBy(() -> new JamOperasional(EnumSet.noneOf(DayOfWeek.class), null, null)).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> new JamOperasional(HARI_KERJA, LocalTime.NOON, LocalTime.NOON)).isInstanceOf(IllegalArgumentException.class);
	}
}
