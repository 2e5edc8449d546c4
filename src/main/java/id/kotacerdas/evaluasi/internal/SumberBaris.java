package id.kotacerdas.evaluasi.internal;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import id.kotacerdas.platform.IsianDitolakException;

/**
 * Where a sheet's rows come from: a layout names a source and the fields it shows; the source knows how to read
 * them for a year. Every row carries its source (which module, how computed, when) or its proof (evidence files),
 * so no figure in a bundle stands without one.
 */
interface SumberBaris {

	/** Field holding the row's source in words. */
	String SUMBER = "sumber";

	/** Field holding the names of the row's evidence files. */
	String BUKTI = "bukti";

	/** The name a layout uses ({@code sumber: spbe}). */
	String nama();

	/** The fields a row offers, {@link #SUMBER} and {@link #BUKTI} among them. */
	Set<String> isian();

	List<Baris> baris(int tahun, Map<String, Object> parameter, Locale bahasa);

	/** The problems of a layout's parameters for this source, checked when the layout is uploaded. */
	default List<IsianDitolakException.Galat> periksa(Map<String, Object> parameter) {
		return List.of();
	}

	/**
	 * One row.
	 *
	 * @param label what the row is, for naming its evidence in the ZIP
	 * @param isi the fields' values: text, a number, or null for none
	 */
	record Baris(String label, Map<String, Object> isi, List<Bukti> bukti) {

		public Baris {
			bukti = List.copyOf(bukti);
		}
	}

	/** An evidence file in {@code berkas}, with the name it is shown by. */
	record Bukti(UUID berkas, String nama) {
	}
}
