package id.kotacerdas.pasar.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The plausibility rule on concrete four-week series. */
class KewajaranTests {

	/** Three standard deviations, judged from five observations, at least 2 % of the mean. */
	private final Kewajaran aturan = new Kewajaran(3, 5, 2);

	/** Rice in one market: mean 13 000, each day 500 off it. */
	private static final List<Long> BERAS = List.of(12_500L, 13_500L, 12_500L, 13_500L, 12_500L, 13_500L, 12_500L, 13_500L);

	@Test
	void aPriceWithinThreeDeviationsPassesOneBeyondAsks() {
		// s = sqrt(8 · 500² / 7) = 534.5 (above the floor of 2 % · 13 000 = 260); 3 s = 1 603.6
		assertThat(aturan.nilai(14_600, BERAS, null).perluKonfirmasi()).isFalse();
		assertThat(aturan.nilai(11_400, BERAS, null).perluKonfirmasi()).isFalse();
		Kewajaran.Penilaian tinggi = aturan.nilai(14_700, BERAS, null);
		assertThat(tinggi.menyimpang()).isTrue();
		assertThat(tinggi.rataRata()).isEqualTo(13_000);
		assertThat(aturan.nilai(11_300, BERAS, null).menyimpang()).isTrue();
	}

	@Test
	void aPriceAboveTheCeilingAsksEvenWhenUsual() {
		Kewajaran.Penilaian p = aturan.nilai(13_500, BERAS, 13_100L);
		assertThat(p.menyimpang()).isFalse();
		assertThat(p.melebihiHet()).isTrue();
		assertThat(p.perluKonfirmasi()).isTrue();
		assertThat(aturan.nilai(13_100, BERAS, 13_100L).perluKonfirmasi()).as("at the ceiling is allowed").isFalse();
	}

	@Test
	void aShortHistoryJudgesOnlyTheCeiling() {
		List<Long> empat = List.of(5_000L, 5_000L, 5_000L, 5_000L);
		assertThat(aturan.nilai(50_000, empat, null).perluKonfirmasi()).isFalse();
		assertThat(aturan.nilai(50_000, empat, 40_000L).melebihiHet()).isTrue();
	}

	@Test
	void aFlatHistoryToleratesSmallSteps() {
		// kangkung at Rp5.000 every day: the floor is 2 % of 5 000 = 100, three of them 300
		List<Long> datar = List.of(5_000L, 5_000L, 5_000L, 5_000L, 5_000L, 5_000L);
		assertThat(aturan.nilai(5_250, datar, null).perluKonfirmasi()).isFalse();
		assertThat(aturan.nilai(5_500, datar, null).menyimpang()).isTrue();
	}

	/** Whatever the series, a price equal to its mean is plausible and one far above it is not. */
	@ParameterizedTest
	@ValueSource(longs = { 1, 2, 3, 4, 5 })
	void theMeanPassesAndTenDeviationsAsk(long benih) {
		Random acak = new Random(benih);
		List<Long> seri = new ArrayList<>();
		for (int i = 0; i < 5 + acak.nextInt(20); i++) {
			seri.add(10_000L + acak.nextInt(5_000));
		}
		double rata = seri.stream().mapToLong(Long::longValue).average().orElseThrow();
		double s = Math.sqrt(seri.stream().mapToDouble(h -> (h - rata) * (h - rata)).sum() / (seri.size() - 1));
		assertThat(aturan.nilai(Math.round(rata), seri, null).perluKonfirmasi()).isFalse();
		assertThat(aturan.nilai(Math.round(rata + 10 * Math.max(s, rata * 0.02)), seri, null).menyimpang()).isTrue();
	}
}
