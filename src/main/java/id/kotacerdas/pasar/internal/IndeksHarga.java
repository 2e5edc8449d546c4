package id.kotacerdas.pasar.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The weekly price development index in the manner of the national IPH. A week runs Monday to
 * Sunday (WITA); a commodity's weekly average is the mean of its daily city averages in the week,
 * in whole rupiah. Its change is {@code (P_t − P_t−1) / P_t−1 × 100}; the basket's index is the
 * weighted mean of the changes, {@code Σ w·Δ / Σ w}, over the commodities priced in both weeks
 * with a positive weight. Changes are rounded to two decimals only when shown, never before
 * they enter the basket.
 */
final class IndeksHarga {

	/** Decimals of a percentage as shown and in the API. */
	static final int DESIMAL = 2;

	/** Decimals carried inside the computation. */
	private static final int DESIMAL_HITUNG = 10;

	private static final BigDecimal SERATUS = BigDecimal.valueOf(100);

	private IndeksHarga() {
	}

	/** The Monday of the week (Monday to Sunday) the day lies in. */
	static LocalDate senin(LocalDate hari) {
		return hari.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
	}

	/** A commodity's weekly average: {@code hari} is how many days of the week had a price. */
	record RataMingguan(long komoditasId, LocalDate senin, long harga, int hari) {
	}

	/**
	 * A commodity in a week.
	 *
	 * @param rataLalu the previous week's average, null when that week had no price
	 * @param persen the change against it, unrounded; null without a previous week
	 * @param bobot its weight in the basket
	 */
	record Perubahan(long komoditasId, long rata, Long rataLalu, BigDecimal persen, BigDecimal bobot) {

		/** Rounded as shown. */
		public BigDecimal persenTampil() {
			return persen == null ? null : persen.setScale(DESIMAL, RoundingMode.HALF_UP);
		}

		/** Enters the basket: priced in both weeks and weighted. */
		public boolean dihitung() {
			return persen != null && bobot.signum() > 0;
		}
	}

	/**
	 * One week of the index.
	 *
	 * @param indeks the basket's weighted change in percent, rounded to {@link #DESIMAL}; null when
	 * no commodity was priced in both weeks
	 */
	record Minggu(LocalDate senin, BigDecimal indeks, List<Perubahan> komoditas) {

		public LocalDate minggu() {
			return senin.plusDays(6);
		}

		public long jumlahDihitung() {
			return komoditas.stream().filter(Perubahan::dihitung).count();
		}
	}

	/**
	 * The index of every week from {@code dariSenin} to {@code sampaiSenin}, both Mondays,
	 * inclusive. {@code rata} must hold the averages of those weeks and of the week before the
	 * first; a commodity without a weight counts with weight 0.
	 */
	static List<Minggu> hitung(List<RataMingguan> rata, Map<Long, BigDecimal> bobot, LocalDate dariSenin, LocalDate sampaiSenin) {
		Map<LocalDate, Map<Long, Long>> perMinggu = new HashMap<>();
		for (RataMingguan r : rata) {
			perMinggu.computeIfAbsent(r.senin(), s -> new java.util.LinkedHashMap<>()).put(r.komoditasId(), r.harga());
		}
		List<Minggu> hasil = new ArrayList<>();
		for (LocalDate s = dariSenin; !s.isAfter(sampaiSenin); s = s.plusWeeks(1)) {
			Map<Long, Long> kini = perMinggu.getOrDefault(s, Map.of());
			Map<Long, Long> lalu = perMinggu.getOrDefault(s.minusWeeks(1), Map.of());
			List<Perubahan> komoditas = new ArrayList<>();
			BigDecimal jumlahBobot = BigDecimal.ZERO;
			BigDecimal jumlahTertimbang = BigDecimal.ZERO;
			for (Map.Entry<Long, Long> e : kini.entrySet()) {
				Long sebelum = lalu.get(e.getKey());
				BigDecimal persen = sebelum == null ? null
						: BigDecimal.valueOf(e.getValue() - sebelum).multiply(SERATUS).divide(BigDecimal.valueOf(sebelum), DESIMAL_HITUNG,
								RoundingMode.HALF_UP);
				Perubahan p = new Perubahan(e.getKey(), e.getValue(), sebelum, persen, bobot.getOrDefault(e.getKey(), BigDecimal.ZERO));
				if (p.dihitung()) {
					jumlahBobot = jumlahBobot.add(p.bobot());
					jumlahTertimbang = jumlahTertimbang.add(p.bobot().multiply(persen));
				}
				komoditas.add(p);
			}
			BigDecimal indeks = jumlahBobot.signum() == 0 ? null : jumlahTertimbang.divide(jumlahBobot, DESIMAL, RoundingMode.HALF_UP);
			hasil.add(new Minggu(s, indeks, List.copyOf(komoditas)));
		}
		return hasil;
	}
}
