package id.kotacerdas.pasar.internal;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

import id.kotacerdas.platform.PermintaanDitolakException;

/**
 * Which observations are asked for: one market and/or one commodity (null: all), a period of
 * days. A period is at most {@link #HARI_MAKS} days, so an export or a page stays bounded.
 */
record SaringanHarga(Long pasarId, Long komoditasId, LocalDate dari, LocalDate sampai) {

	static final int HARI_MAKS = 366;

	/** Without dates: the last 31 days up to {@code hariIni}. */
	static final int HARI_BAWAAN = 30;

	static SaringanHarga dari(Long pasarId, Long komoditasId, LocalDate dari, LocalDate sampai, LocalDate hariIni) {
		LocalDate akhir = sampai == null ? hariIni : sampai;
		LocalDate awal = dari == null ? akhir.minusDays(HARI_BAWAAN) : dari;
		if (awal.isAfter(akhir)) {
			throw new PermintaanDitolakException("pasar.saringan.urutan-tanggal");
		}
		if (ChronoUnit.DAYS.between(awal, akhir) >= HARI_MAKS) {
			throw new PermintaanDitolakException("pasar.saringan.terlalu-panjang", HARI_MAKS);
		}
		return new SaringanHarga(pasarId, komoditasId, awal, akhir);
	}
}
