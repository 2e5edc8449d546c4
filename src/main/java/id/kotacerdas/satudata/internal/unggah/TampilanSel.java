package id.kotacerdas.satudata.internal.unggah;

import java.text.NumberFormat;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import id.kotacerdas.platform.Waktu;

/**
 * The one place a table cell of open data becomes text for a page: numbers grouped in the reader's language, a day
 * ({@link id.kotacerdas.platform.DataTerbuka.JenisKolom#TANGGAL}) in words in WITA. Files (CSV, XLSX, JSON) keep the
 * typed value, so a day stays ISO there.
 */
public final class TampilanSel {

	private TampilanSel() {
	}

	/** Rows of typed cells ({@code null} for an empty or suppressed one) as the page shows them. */
	public static List<List<String>> baris(List<List<Object>> baris, Locale bahasa) {
		NumberFormat angka = NumberFormat.getNumberInstance(bahasa);
		return baris.stream().map(r -> r.stream().map(v -> sel(v, angka, bahasa)).toList()).toList();
	}

	private static String sel(Object v, NumberFormat angka, Locale bahasa) {
		if (v == null) {
			return null;
		}
		if (v instanceof Number n) {
			return angka.format(n);
		}
		return v instanceof LocalDate hari ? Waktu.formatTanggal(hari, bahasa) : v.toString();
	}
}
