package id.kotacerdas.evaluasi.internal;

import java.time.Instant;
import java.util.List;

import id.kotacerdas.evaluasi.internal.SumberBaris.Bukti;

/**
 * A form filled for a year, ready to be written: sheets, their sections, and rows as the layout's columns.
 *
 * @param tahunTataLetak the year of the layout used (an earlier one when the form did not change)
 */
record Bundel(String kode, int tahun, int tahunTataLetak, String judul, List<Lembar> lembar, Instant dibuat) {

	Bundel {
		lembar = List.copyOf(lembar);
	}

	record Lembar(String nama, String judul, List<String> kepala, List<Bagian> bagian) {

		Lembar {
			kepala = List.copyOf(kepala);
			bagian = List.copyOf(bagian);
		}
	}

	/** @param judul the section's heading, null for a sheet without sections */
	record Bagian(String judul, List<Baris> baris) {

		Bagian {
			baris = List.copyOf(baris);
		}
	}

	/** @param sel the cells in the columns' order: text, a number, or null */
	record Baris(String label, List<Object> sel, List<Bukti> bukti) {

		Baris {
			sel = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(sel));
			bukti = List.copyOf(bukti);
		}
	}
}
