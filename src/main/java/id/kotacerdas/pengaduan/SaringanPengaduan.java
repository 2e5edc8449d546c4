package id.kotacerdas.pengaduan;

import java.time.Instant;
import java.util.List;

/**
 * Filters of the public list; null means "any". {@code nomor} (a list of tracking numbers)
 * overrides the others.
 *
 * @param terbuka true for open reports, false for closed ones
 * @param halaman zero-based page
 */
public record SaringanPengaduan(List<String> nomor, String kategoriKode, String kecamatanKode, String kelurahanKode,
		StatusPengaduan status, Boolean terbuka, Instant dari, Instant sampai, Instant diperbaruiSetelah,
		Instant diperbaruiSebelum, int halaman, int ukuran) {

	public static SaringanPengaduan semua(int halaman, int ukuran) {
		return new SaringanPengaduan(null, null, null, null, null, null, null, null, null, null, halaman, ukuran);
	}
}
