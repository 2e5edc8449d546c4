package id.kotacerdas.layanan.internal;

import java.util.List;
import java.util.Locale;

/**
 * A typed field of a service's application form (as complaint categories type their extra
 * questions: a code, the question, its kind, required or not, the choices of a choice field).
 *
 * @param pilihan the choices of a {@link Jenis#PILIHAN} field, in words (the answer is the chosen word)
 */
record Isian(String kode, String label, Jenis jenis, boolean wajib, List<String> pilihan) {

	/** Field codes in the form's names and the stored answers. */
	static final String POLA_KODE = "[a-z][a-z0-9_]{0,39}";

	/** The longest text answer. */
	static final int PANJANG_JAWABAN = 1000;

	Isian {
		pilihan = pilihan == null ? List.of() : List.copyOf(pilihan);
	}

	enum Jenis {
		TEKS, ANGKA, TANGGAL, PILIHAN, YA_TIDAK;

		public String kodePesan() {
			return "layanan.jenis-isian." + name().toLowerCase(Locale.ROOT).replace('_', '-');
		}
	}
}
