package id.kotacerdas.ekspor;

import java.util.List;

import org.springframework.context.MessageSourceResolvable;

/**
 * One table of an export: a sheet in XLSX, a section in CSV and PDF.
 *
 * @param judul its title: the sheet's name, the heading above it in PDF, the line before it in CSV
 *            (from the second table on)
 * @param baris read once, in order, while the export is written: pass a lazy {@link Iterable} for a
 *            big export and only a window of rows is in memory at a time
 */
public record Tabel<R>(MessageSourceResolvable judul, List<Kolom<R>> kolom, Iterable<? extends R> baris) {

	public Tabel {
		kolom = List.copyOf(kolom);
		if (kolom.isEmpty()) {
			throw new IllegalArgumentException("a table needs columns");
		}
	}
}
