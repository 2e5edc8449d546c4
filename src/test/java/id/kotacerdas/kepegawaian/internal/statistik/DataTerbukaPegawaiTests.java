package id.kotacerdas.kepegawaian.internal.statistik;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Small counts never come out of the open dataset, neither as a number nor as a difference from the total. */
class DataTerbukaPegawaiTests {

	private static List<Long> l(Long... n) {
		return Arrays.asList(n);
	}

	@Test
	void countsBelowFiveAreSuppressedAndALoneSuppressedCountTakesTheSmallestOtherWithIt() {
		assertThat(DataTerbukaPegawai.tersamar(l(12L, 5L, 30L))).containsExactly(12L, 5L, 30L);
		// the 3 alone would be the total less 12 and 7: the 7 goes too
		assertThat(DataTerbukaPegawai.tersamar(l(12L, 3L, 7L))).containsExactly(12L, null, null);
		assertThat(DataTerbukaPegawai.tersamar(l(12L, 3L, 2L, 9L))).containsExactly(12L, null, null, 9L);
		assertThat(DataTerbukaPegawai.tersamar(l(4L))).containsExactly((Long) null);
		assertThat(DataTerbukaPegawai.tersamar(l(1L, 40L))).containsExactly(null, null);
	}

	/** Property: no published count is below five, and no group has exactly one suppressed count. */
	@ParameterizedTest
	@ValueSource(longs = { 7, 5371, 20261130 })
	void noGroupLeavesASmallCountRecoverable(long benih) {
		Random acak = new Random(benih);
		for (int i = 0; i < 1_000; i++) {
			List<Long> jumlah = acak.ints(1 + acak.nextInt(8), 1, 40).mapToObj(n -> (long) n).toList();
			List<Long> terbit = DataTerbukaPegawai.tersamar(jumlah);
			assertThat(terbit).hasSameSizeAs(jumlah);
			assertThat(terbit).filteredOn(Objects::nonNull).allSatisfy(n -> assertThat(n).isGreaterThanOrEqualTo(DataTerbukaPegawai.AMBANG));
			long tersembunyi = terbit.stream().filter(Objects::isNull).count();
			if (jumlah.size() > 1) {
				assertThat(tersembunyi).isNotEqualTo(1L);
			}
			for (int j = 0; j < jumlah.size(); j++) {
				if (terbit.get(j) != null) {
					assertThat(terbit.get(j)).isEqualTo(jumlah.get(j));
				}
			}
		}
	}
}
