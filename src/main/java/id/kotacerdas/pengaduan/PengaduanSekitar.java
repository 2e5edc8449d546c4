package id.kotacerdas.pengaduan;

import java.util.List;

/**
 * How many complaints were filed near a place during a period (an event's venue and dates, say): per category by its
 * name, public reports only; confidential (rahasia) reports are counted in one number and never described. No
 * numbers, texts or reporters.
 *
 * @param perKategori public reports per category, the most first
 * @param rahasia confidential reports, counted only
 */
public record PengaduanSekitar(List<PerKategori> perKategori, long rahasia) {

	public record PerKategori(String kategoriKode, String kategoriNama, long jumlah) {
	}

	/** Every report counted, confidential ones included. */
	public long jumlah() {
		return rahasia + perKategori.stream().mapToLong(PerKategori::jumlah).sum();
	}
}
