package id.kotacerdas.pengaduan.internal;

/** Public tracking numbers: prefix, year, six-digit counter, e.g. {@code KPG-2026-000123}. */
final class Penomoran {

	private Penomoran() {
	}

	static String nomor(String awalan, int tahun, long urut) {
		return String.format("%s-%d-%06d", awalan, tahun, urut);
	}

	/** Whether text has the shape of a tracking number; guards lookups from arbitrary input. */
	static boolean sah(String nomor) {
		return nomor != null && nomor.matches("[A-Z]{2,10}-\\d{4}-\\d{6,9}");
	}
}
