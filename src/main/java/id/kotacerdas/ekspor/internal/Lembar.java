package id.kotacerdas.ekspor.internal;

import java.util.Iterator;
import java.util.List;
import java.util.function.Function;

import org.springframework.context.MessageSourceResolvable;

import id.kotacerdas.ekspor.Kolom;

/**
 * A table with its texts in the reader's language, as the format writers read it. Rows are turned
 * into values one at a time, while they are written.
 */
record Lembar(String judul, List<Kolom<?>> kolom, List<String> judulKolom, Iterable<?> baris,
		Function<MessageSourceResolvable, String> teks) {

	/**
	 * A column's width in characters: its hint, or its header's longest word if that is longer, so
	 * a header wraps between words and never inside one.
	 */
	int lebar(int i) {
		int kata = 0;
		for (String k : judulKolom.get(i).split("\\s+")) {
			kata = Math.max(kata, k.length());
		}
		return Math.max(kolom.get(i).lebar(), kata + 1);
	}

	/** The sum of the columns' widths. */
	int lebar() {
		int jumlah = 0;
		for (int i = 0; i < kolom.size(); i++) {
			jumlah += lebar(i);
		}
		return jumlah;
	}

	/** Each row's values in column order; a message among them is already text. */
	Iterable<Object[]> nilai() {
		return () -> new Iterator<>() {

			private final Iterator<?> sumber = baris.iterator();

			@Override
			public boolean hasNext() {
				return sumber.hasNext();
			}

			@Override
			public Object[] next() {
				Object baris = sumber.next();
				Object[] nilai = new Object[kolom.size()];
				for (int i = 0; i < nilai.length; i++) {
					Object v = nilaiDari(kolom.get(i), baris);
					nilai[i] = v instanceof MessageSourceResolvable pesan ? teks.apply(pesan) : v;
				}
				return nilai;
			}
		};
	}

	/** The rows of a {@code Tabel<R>} are its columns' R, so the column may read them. */
	@SuppressWarnings("unchecked")
	private static Object nilaiDari(Kolom<?> kolom, Object baris) {
		return ((Function<Object, ?>) kolom.nilai()).apply(baris);
	}
}
