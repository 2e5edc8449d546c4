package id.kotacerdas.pasar.internal;

import java.time.LocalDate;
import java.util.List;

/**
 * A market where prices are collected.
 *
 * @param hariBuka ISO days of the week it opens (1 = Monday)
 */
record Pasar(long id, String kode, String nama, String kelurahanKode, Double lat, Double lon, JenisPasar jenis, List<Integer> hariBuka) {

	/** Whether the market opens on the day: a closed market is not missing from the day's reports. */
	boolean bukaPada(LocalDate tanggal) {
		return hariBuka.contains(tanggal.getDayOfWeek().getValue());
	}
}
