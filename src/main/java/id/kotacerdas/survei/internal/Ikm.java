package id.kotacerdas.survei.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The community satisfaction index of PermenPANRB 14/2017 from the answers' sums.
 *
 * <p>Per element i the mean value NRRᵢ = (sum of the answers to i) / respondents. The nine
 * elements weigh alike, 1/9 each (the regulation prints the weight rounded as 0.111), so the index is
 * IKM = Σ NRRᵢ × 1/9 (1–4) and the converted index IKM × 25 (25–100), here computed in one exact
 * division, 25 × (sum of all answers) / (9 × respondents), rounded to two decimals. With the printed
 * 0.111 the best possible score would be 99.90, not 100.
 *
 * <p>The same value is 100 × (sum of all answers) / (4 × 9 × respondents): the share of the highest
 * possible score, which is how it is given as a ratio ({@link #jumlahNilai()} of {@link #nilaiMaksimum()}).
 *
 * @param jumlahNilai the sum of all answers
 * @param nrr the mean per element, two decimals, in {@link UnsurSkm} order
 * @param nilai the converted index, 25.00–100.00
 */
record Ikm(long responden, long jumlahNilai, List<BigDecimal> nrr, BigDecimal nilai, Mutu mutu) {

	static final BigDecimal MIN = BigDecimal.valueOf(25);

	static final BigDecimal MAKS = BigDecimal.valueOf(100);

	/** The conversion factor from the 1–4 scale to 25–100. */
	private static final int KONVERSI = 25;

	private static final int DESIMAL = 2;

	/** The quality grades, with their performance words. */
	enum Mutu {
		A, B, C, D;

		public String kodePesan() {
			return "survei.mutu." + name();
		}

		static Mutu dari(BigDecimal nilai, SurveiProperties.Mutu batas) {
			if (nilai.compareTo(batas.a()) >= 0) {
				return A;
			}
			if (nilai.compareTo(batas.b()) >= 0) {
				return B;
			}
			return nilai.compareTo(batas.c()) >= 0 ? C : D;
		}
	}

	/** The sums of answers to the nine elements of {@code responden} respondents; empty with none. */
	static Optional<Ikm> hitung(long responden, long[] jumlah, SurveiProperties.Mutu batas) {
		if (jumlah.length != UnsurSkm.values().length) {
			throw new IllegalArgumentException("nine sums, not " + jumlah.length);
		}
		if (responden == 0) {
			return Optional.empty();
		}
		BigDecimal n = BigDecimal.valueOf(responden);
		List<BigDecimal> nrr = new ArrayList<>();
		long total = 0;
		for (long j : jumlah) {
			nrr.add(BigDecimal.valueOf(j).divide(n, DESIMAL, RoundingMode.HALF_UP));
			total += j;
		}
		BigDecimal nilai = BigDecimal.valueOf(KONVERSI * total)
			.divide(BigDecimal.valueOf((long) UnsurSkm.values().length * responden), DESIMAL, RoundingMode.HALF_UP);
		return Optional.of(new Ikm(responden, total, List.copyOf(nrr), nilai, Mutu.dari(nilai, batas)));
	}

	/** The highest possible sum of all answers: every respondent answering 4 to every element. */
	long nilaiMaksimum() {
		return (long) UnsurSkm.NILAI_MAKS * UnsurSkm.values().length * responden;
	}
}
