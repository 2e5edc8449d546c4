package id.kotacerdas.pasar.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import id.kotacerdas.pasar.internal.IndeksHarga.Minggu;
import id.kotacerdas.pasar.internal.IndeksHarga.RataMingguan;

/** The IPH-style formula against a hand-computed example. */
class IndeksHargaTests {

	private static final long BERAS = 1;

	private static final long CABAI = 2;

	private static final long TELUR = 3;

	private static final long KANGKUNG = 4;

	/** Monday 2 March 2026, and the week before (23 February). */
	private static final LocalDate SENIN = LocalDate.of(2026, 3, 2);

	private static final LocalDate SENIN_LALU = LocalDate.of(2026, 2, 23);

	@Test
	void theBasketIsTheWeightedMeanOfTheChangesOfCommoditiesPricedInBothWeeks() {
		List<RataMingguan> rata = List.of(
				new RataMingguan(BERAS, SENIN_LALU, 12_500, 7), new RataMingguan(BERAS, SENIN, 12_750, 7),
				new RataMingguan(CABAI, SENIN_LALU, 50_000, 7), new RataMingguan(CABAI, SENIN, 60_000, 6),
				new RataMingguan(TELUR, SENIN_LALU, 60_000, 7), new RataMingguan(TELUR, SENIN, 57_000, 7),
				// kangkung is new this week: no change, not in the basket
				new RataMingguan(KANGKUNG, SENIN, 5_000, 3));
		Map<Long, BigDecimal> bobot = Map.of(BERAS, new BigDecimal("3"), CABAI, new BigDecimal("1"), TELUR, new BigDecimal("2"),
				KANGKUNG, new BigDecimal("5"));

		Minggu m = IndeksHarga.hitung(rata, bobot, SENIN, SENIN).get(0);

		// beras: (12750 − 12500) / 12500 × 100 = +2 %
		// cabai: (60000 − 50000) / 50000 × 100 = +20 %
		// telur: (57000 − 60000) / 60000 × 100 = −5 %
		// basket: (3 × 2 + 1 × 20 + 2 × (−5)) / (3 + 1 + 2) = (6 + 20 − 10) / 6 = 16 / 6 = 2,666… → 2,67 %
		assertThat(m.indeks()).isEqualByComparingTo("2.67");
		assertThat(m.jumlahDihitung()).isEqualTo(3);
		assertThat(m.minggu()).isEqualTo(LocalDate.of(2026, 3, 8));
		Map<Long, IndeksHarga.Perubahan> per = m.komoditas().stream()
			.collect(java.util.stream.Collectors.toMap(IndeksHarga.Perubahan::komoditasId, p -> p));
		assertThat(per.get(BERAS).persenTampil()).isEqualByComparingTo("2.00");
		assertThat(per.get(CABAI).persenTampil()).isEqualByComparingTo("20.00");
		assertThat(per.get(TELUR).persenTampil()).isEqualByComparingTo("-5.00");
		assertThat(per.get(KANGKUNG).persen()).isNull();
		assertThat(per.get(KANGKUNG).rata()).isEqualTo(5_000);
	}

	@Test
	void changesEnterTheBasketUnroundedAndAZeroWeightLeavesACommodityOut() {
		List<RataMingguan> rata = List.of(
				new RataMingguan(BERAS, SENIN_LALU, 50_000, 7), new RataMingguan(BERAS, SENIN, 50_002, 7),
				new RataMingguan(CABAI, SENIN_LALU, 50_000, 7), new RataMingguan(CABAI, SENIN, 50_002, 7),
				new RataMingguan(KANGKUNG, SENIN_LALU, 50_000, 7), new RataMingguan(KANGKUNG, SENIN, 50_002, 7),
				new RataMingguan(5, SENIN_LALU, 50_000, 7), new RataMingguan(5, SENIN, 50_007, 7),
				new RataMingguan(TELUR, SENIN_LALU, 60_000, 7), new RataMingguan(TELUR, SENIN, 90_000, 7));
		Map<Long, BigDecimal> bobot = Map.of(BERAS, BigDecimal.ONE, CABAI, BigDecimal.ONE, KANGKUNG, BigDecimal.ONE, 5L, BigDecimal.ONE,
				TELUR, BigDecimal.ZERO);

		Minggu m = IndeksHarga.hitung(rata, bobot, SENIN, SENIN).get(0);

		// three commodities: 2 / 50000 × 100 = 0,004 % each (shown as 0,00); one: 7 / 50000 × 100 = 0,014 % (shown 0,01)
		// basket: (3 × 0,004 + 0,014) / 4 = 0,026 / 4 = 0,0065 → 0,01 %
		// (had the rounded changes entered: (0 + 0 + 0 + 0,01) / 4 = 0,0025 → 0,00 %)
		// telur (+50 %) weighs 0 and stays out: with it the basket would be above 10 %
		assertThat(m.indeks()).isEqualByComparingTo("0.01");
		assertThat(m.jumlahDihitung()).isEqualTo(4);
	}

	@Test
	void aWeekWithoutAnyCommodityPricedInBothWeeksHasNoIndexRatherThanZero() {
		List<RataMingguan> rata = List.of(new RataMingguan(BERAS, SENIN, 12_000, 2));
		List<Minggu> minggu = IndeksHarga.hitung(rata, Map.of(BERAS, BigDecimal.ONE), SENIN_LALU, SENIN);
		assertThat(minggu).extracting(Minggu::senin).containsExactly(SENIN_LALU, SENIN);
		assertThat(minggu).extracting(Minggu::indeks).containsOnlyNulls();
	}

	@Test
	void aWeekRunsFromMondayToSunday() {
		assertThat(IndeksHarga.senin(LocalDate.of(2026, 3, 8))).isEqualTo(SENIN);
		assertThat(IndeksHarga.senin(SENIN)).isEqualTo(SENIN);
		assertThat(IndeksHarga.senin(LocalDate.of(2026, 3, 1))).isEqualTo(SENIN_LALU);
	}
}
