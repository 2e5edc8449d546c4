package id.kotacerdas.ekspor.internal;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * Cells of CSV and XLSX exports that a spreadsheet must never run. A text cell starting with
 * {@code = + - @}, a tab or a carriage return is taken for a formula by Excel and LibreOffice, and
 * such text can come from anyone who names a category, a vehicle or an agency (CSV injection). Only
 * text is touched; numbers stay numbers. A PDF is never evaluated, so it shows such text as written.
 */
final class SelEkspor {

	private static final String AWAL_RUMUS = "=+-@\t\r";

	private SelEkspor() {
	}

	static boolean bisaRumus(String teks) {
		return !teks.isEmpty() && AWAL_RUMUS.indexOf(teks.charAt(0)) >= 0;
	}

	/** A CSV value: such text gets a leading apostrophe, which spreadsheets show as text and do not run. */
	public static Object csv(Object nilai) {
		return nilai instanceof String s && bisaRumus(s) ? "'" + s : nilai;
	}

	/**
	 * An XLSX text cell. Such text is marked quote-prefixed (Excel's own "this is text" flag), so it
	 * stays exactly as written, also when the sheet is edited or imported back.
	 */
	public static void teks(Cell sel, String teks) {
		sel.setCellValue(teks);
		if (bisaRumus(teks)) {
			sel.setCellStyle(gayaTeks(sel.getSheet().getWorkbook()));
		}
	}

	/** One shared quote-prefixed style per workbook (a workbook holds a limited number of styles). */
	private static CellStyle gayaTeks(Workbook buku) {
		for (int i = 0; i < buku.getNumCellStyles(); i++) {
			if (buku.getCellStyleAt(i).getQuotePrefixed()) {
				return buku.getCellStyleAt(i);
			}
		}
		CellStyle gaya = buku.createCellStyle();
		gaya.setQuotePrefixed(true);
		return gaya;
	}
}
