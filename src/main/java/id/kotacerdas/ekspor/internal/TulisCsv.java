package id.kotacerdas.ekspor.internal;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import id.kotacerdas.ekspor.Kolom;

/**
 * CSV as a spreadsheet in the reader's locale opens it with a double click. Excel in Indonesian
 * reads {@code ;} as the list separator and {@code ,} as the decimal one (English: {@code ,} and
 * {@code .}); UTF-8 with a byte-order mark, without which Excel reads the bytes as the Windows code
 * page. The CSV is data only: the header is its first line (the title and time are in the file
 * name), and each further table follows after a blank line and a line with its title.
 */
final class TulisCsv {

	/** Excel's signal that the file is UTF-8. */
	private static final char BOM = '\uFEFF';

	private TulisCsv() {
	}

	static void tulis(Dokumen dokumen, OutputStream keluar) throws IOException {
		Writer teks = new BufferedWriter(new OutputStreamWriter(keluar, StandardCharsets.UTF_8));
		teks.write(BOM);
		CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(dokumen.inggris() ? ',' : ';').get();
		// not closed: the stream is the caller's
		CSVPrinter csv = new CSVPrinter(teks, format);
		Tampilan tampilan = Tampilan.csv(dokumen.bahasa());
		boolean pertama = true;
		for (Lembar lembar : dokumen.lembar()) {
			if (!pertama) {
				csv.println();
				csv.printRecord(lembar.judul());
			}
			pertama = false;
			csv.printRecord(lembar.judulKolom());
			List<Object> sel = new ArrayList<>(lembar.kolom().size());
			for (Object[] nilai : lembar.nilai()) {
				sel.clear();
				for (int i = 0; i < nilai.length; i++) {
					Kolom<?> kolom = lembar.kolom().get(i);
					String s = tampilan.teks(kolom, nilai[i]);
					// numbers print as numbers (a minus sign is no formula); anything else is text a person typed
					sel.add(nilai[i] instanceof Number && kolom.jenis() != Kolom.Jenis.TEKS ? s : SelEkspor.csv(s));
				}
				csv.printRecord(sel);
			}
		}
		csv.flush();
	}
}
