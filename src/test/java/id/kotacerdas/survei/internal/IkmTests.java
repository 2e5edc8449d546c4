package id.kotacerdas.survei.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Random;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** The IKM of PermenPANRB 14/2017 against a hand calculation, and its grades at their limits. */
class IkmTests {

	static final SurveiProperties.Mutu PERATURAN = new SurveiProperties.Mutu(new BigDecimal("88.31"), new BigDecimal("76.61"),
			new BigDecimal("65.00"));

	/**
	 * Four respondents of the domicile letter at Kelurahan Naikoten II (U1…U9):
	 *
	 * <pre>
	 * R1: 4 3 4 4 3 3 4 3 3
	 * R2: 3 3 3 4 3 3 3 2 2
	 * R3: 3 2 2 4 3 3 3 3 3
	 * R4: 4 4 3 4 4 4 4 3 3
	 * sum: 14 12 12 16 13 13 14 11 11            (all together 116)
	 * NRR = sum / 4: 3.50 3.00 3.00 4.00 3.25 3.25 3.50 2.75 2.75
	 * Σ NRR × 1/9 = 29.00 / 9 = 3.2222…
	 * IKM = 3.2222… × 25 = 80.5555… → 80.56, grade B (76.61–88.30)
	 * as a ratio: 116 of the highest possible 4 × 9 × 4 = 144 points; 100 × 116 / 144 = 80.5555…
	 * </pre>
	 */
	static final int[][] JAWABAN = { { 4, 3, 4, 4, 3, 3, 4, 3, 3 }, { 3, 3, 3, 4, 3, 3, 3, 2, 2 }, { 3, 2, 2, 4, 3, 3, 3, 3, 3 },
			{ 4, 4, 3, 4, 4, 4, 4, 3, 3 } };

	static long[] jumlah(int[][] jawaban) {
		long[] j = new long[9];
		for (int[] r : jawaban) {
			for (int i = 0; i < 9; i++) {
				j[i] += r[i];
			}
		}
		return j;
	}

	@Test
	void fourRespondentsGiveTheHandCalculatedIndex() {
		Ikm ikm = Ikm.hitung(4, jumlah(JAWABAN), PERATURAN).orElseThrow();
		assertThat(ikm.nrr()).extracting(BigDecimal::toPlainString)
			.containsExactly("3.50", "3.00", "3.00", "4.00", "3.25", "3.25", "3.50", "2.75", "2.75");
		assertThat(ikm.nilai()).isEqualByComparingTo("80.56");
		assertThat(ikm.mutu()).isEqualTo(Ikm.Mutu.B);
		assertThat(ikm.responden()).isEqualTo(4);
		assertThat(ikm.jumlahNilai()).isEqualTo(116);
		assertThat(ikm.nilaiMaksimum()).isEqualTo(144);
	}

	@Test
	void everyoneAnsweringFourIsAHundredAndEveryoneOneIsTwentyFive() {
		long[] semua4 = new long[9];
		long[] semua1 = new long[9];
		java.util.Arrays.fill(semua4, 4 * 7);
		java.util.Arrays.fill(semua1, 7);
		assertThat(Ikm.hitung(7, semua4, PERATURAN).orElseThrow().nilai()).isEqualByComparingTo("100.00");
		assertThat(Ikm.hitung(7, semua1, PERATURAN).orElseThrow()).satisfies(i -> {
			assertThat(i.nilai()).isEqualByComparingTo("25.00");
			assertThat(i.mutu()).isEqualTo(Ikm.Mutu.D);
		});
		assertThat(Ikm.hitung(0, new long[9], PERATURAN)).as("no respondents: no index, not 0").isEmpty();
	}

	@ParameterizedTest
	@CsvSource({ "100.00,A", "88.31,A", "88.30,B", "76.61,B", "76.60,C", "65.00,C", "64.99,D", "25.00,D" })
	void theRegulationsIntervalLimits(String nilai, Ikm.Mutu mutu) {
		assertThat(Ikm.Mutu.dari(new BigDecimal(nilai), PERATURAN)).isEqualTo(mutu);
	}

	@Test
	void theLimitsAreConfigurableAndCheckedAtStart() {
		SurveiProperties.Mutu ketat = new SurveiProperties.Mutu(new BigDecimal("90.00"), new BigDecimal("82.00"), new BigDecimal("70.00"));
		assertThat(Ikm.hitung(4, jumlah(JAWABAN), ketat).orElseThrow().mutu()).isEqualTo(Ikm.Mutu.C);
		assertThatThrownBy(() -> new SurveiProperties.Mutu(new BigDecimal("70"), new BigDecimal("80"), new BigDecimal("65")))
			.isInstanceOf(IllegalArgumentException.class);
	}

	/** Any set of answers: the index is the mean of the nine NRR times 25, and lies within 25–100. */
	@ParameterizedTest
	@ValueSource(longs = { 1, 14, 2017, 5371 })
	void theIndexIsTheMeanOfTheElementMeansTimesTwentyFive(long benih) {
		Random acak = new Random(benih);
		for (int ulang = 0; ulang < 200; ulang++) {
			int n = 1 + acak.nextInt(300);
			int[][] jawaban = new int[n][9];
			for (int[] r : jawaban) {
				for (int i = 0; i < 9; i++) {
					r[i] = 1 + acak.nextInt(4);
				}
			}
			long[] j = jumlah(jawaban);
			Ikm ikm = Ikm.hitung(n, j, PERATURAN).orElseThrow();
			double nrrRata = java.util.Arrays.stream(j).mapToDouble(x -> (double) x / n).sum() / 9;
			assertThat(ikm.nilai()).isCloseTo(BigDecimal.valueOf(nrrRata * 25), org.assertj.core.data.Offset.offset(new BigDecimal("0.0051")));
			assertThat(ikm.nilai()).isBetween(Ikm.MIN, Ikm.MAKS);
		}
	}
}
