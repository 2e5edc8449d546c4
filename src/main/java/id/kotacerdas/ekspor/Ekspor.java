package id.kotacerdas.ekspor;

import java.util.List;

import org.springframework.context.MessageSourceResolvable;

/**
 * What is exported: a title (on top of the XLSX sheets and the PDF, and the file's name) and one
 * or more tables.
 */
public record Ekspor(MessageSourceResolvable judul, List<Tabel<?>> tabel) {

	public Ekspor {
		tabel = List.copyOf(tabel);
		if (tabel.isEmpty()) {
			throw new IllegalArgumentException("an export needs a table");
		}
	}

	/** An export of one table under the export's own title. */
	public static <R> Ekspor satu(MessageSourceResolvable judul, List<Kolom<R>> kolom, Iterable<? extends R> baris) {
		return new Ekspor(judul, List.of(new Tabel<>(judul, kolom, baris)));
	}
}
