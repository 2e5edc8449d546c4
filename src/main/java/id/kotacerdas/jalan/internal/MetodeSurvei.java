package id.kotacerdas.jalan.internal;

import java.math.BigDecimal;

/**
 * How a condition was found: seen (the surveyor names the class), or measured — the International
 * Roughness Index (IRI, m/km) or the Surface Distress Index (SDI) — whose value gives the class by
 * Bina Marga's thresholds.
 */
enum MetodeSurvei {

	VISUAL(null),
	/** IRI below 4 good, 4–8 fair, 8–12 light damage, above 12 heavy damage. */
	IRI(new double[] { 4, 8, 12 }),
	/** SDI below 50 good, 50–100 fair, 100–150 light damage, above 150 heavy damage. */
	SDI(new double[] { 50, 100, 150 });

	private final double[] batas;

	MetodeSurvei(double[] batas) {
		this.batas = batas;
	}

	public boolean diukur() {
		return batas != null;
	}

	/** The class a measured value falls in; a value on a threshold belongs to the worse class. */
	KelasKondisi kelas(BigDecimal nilai) {
		double n = nilai.doubleValue();
		KelasKondisi[] kelas = KelasKondisi.values();
		for (int i = 0; i < batas.length; i++) {
			if (n < batas[i]) {
				return kelas[i];
			}
		}
		return KelasKondisi.RUSAK_BERAT;
	}

	public String kodePesan() {
		return "jalan.metode." + name();
	}
}
