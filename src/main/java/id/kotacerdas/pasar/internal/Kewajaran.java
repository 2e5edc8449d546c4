package id.kotacerdas.pasar.internal;

import java.util.List;

/**
 * The plausibility rule a price passes before it is accepted without asking: it lies within
 * {@code batasSimpangan} standard deviations of the market's and commodity's last four weeks,
 * and not above the ceiling price (HET). A short history says nothing, so it is judged only from
 * {@code riwayatMinimum} observations on; a flat history (all prices equal) would make any change
 * "implausible", so the deviation is taken as at least {@code simpanganMinimumPersen} of the mean.
 */
record Kewajaran(double batasSimpangan, int riwayatMinimum, double simpanganMinimumPersen) {

	Kewajaran {
		if (batasSimpangan <= 0 || riwayatMinimum < 2 || simpanganMinimumPersen < 0) {
			throw new IllegalArgumentException("pengaturan kewajaran tidak sah");
		}
	}

	/** What the rule says of a price; {@code perluKonfirmasi} when any reason holds. */
	record Penilaian(boolean menyimpang, boolean melebihiHet, Long rataRata, Long het) {

		boolean perluKonfirmasi() {
			return menyimpang || melebihiHet;
		}
	}

	/**
	 * @param harga the price entered, whole rupiah
	 * @param riwayat prices of the same market and commodity in the four weeks before its day
	 * @param het the ceiling price on its day, or null where there is none
	 */
	Penilaian nilai(long harga, List<Long> riwayat, Long het) {
		boolean melebihiHet = het != null && harga > het;
		if (riwayat.size() < riwayatMinimum) {
			return new Penilaian(false, melebihiHet, null, het);
		}
		double rata = riwayat.stream().mapToLong(Long::longValue).average().orElseThrow();
		double jumlahKuadrat = riwayat.stream().mapToDouble(h -> (h - rata) * (h - rata)).sum();
		// sample standard deviation: four weeks are a sample of the market, not all of it
		double simpangan = Math.max(Math.sqrt(jumlahKuadrat / (riwayat.size() - 1)), rata * simpanganMinimumPersen / 100);
		boolean menyimpang = Math.abs(harga - rata) > batasSimpangan * simpangan;
		return new Penilaian(menyimpang, melebihiHet, Math.round(rata), het);
	}
}
