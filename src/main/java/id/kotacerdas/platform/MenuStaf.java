package id.kotacerdas.platform;

import java.util.Locale;
import java.util.Set;

/**
 * An entry of the staff navigation. Modules declare beans of this type; the shell shows an
 * entry to a user holding one of {@code peran}, under its {@link Kelompok} heading.
 */
public record MenuStaf(String kodeJudul, String url, int urutan, Set<Peran> peran, Kelompok kelompok) {

	/**
	 * The headings of the staff menu, in the order they are shown. With a dozen modules a flat list of
	 * thirty links fills a phone screen before the page begins; staff find their work by its kind.
	 */
	public enum Kelompok {
		/** Shown on the bar itself, outside the grouped menu. */
		UTAMA,
		PENGADUAN,
		LAYANAN,
		EKONOMI,
		ASET_KOTA,
		KEPEGAWAIAN,
		PENGATURAN;

		public String kodeJudul() {
			return "menu.kelompok." + name().toLowerCase(Locale.ROOT);
		}
	}
}
