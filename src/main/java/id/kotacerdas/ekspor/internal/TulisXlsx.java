package id.kotacerdas.ekspor.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import id.kotacerdas.ekspor.Kolom;
import id.kotacerdas.platform.Waktu;

/**
 * XLSX through POI's streaming workbook: only a window of rows is in memory, the rest waits in a
 * compressed temporary file until the workbook is written. Each table is a sheet: the title and
 * the generation time on top, then the header (frozen, with a filter, repeated on printed pages)
 * and the rows. Numbers, money, percentages and dates are real numbers and dates with a number
 * format, so sums and filters work; a spreadsheet shows them with its own locale's separators
 * (Indonesian Excel: {@code 1.234,5}), and month names in the reader's language.
 */
final class TulisXlsx {

	/** Rows kept in memory per sheet while writing. */
	static final int JENDELA = 100;

	/** Rows above the header: title, generation time, a blank line. */
	static final int BARIS_KEPALA = 3;

	/** Excel's limit on a column's width, in characters. */
	private static final int LEBAR_MAKS = 255;

	/** Excel's locale codes in number formats: month names in the reader's language. */
	private static final String LOKAL_ID = "[$-421]";

	private static final String LOKAL_EN = "[$-409]";

	private final Dokumen dokumen;

	private final SXSSFWorkbook buku = new SXSSFWorkbook(JENDELA);

	private final CellStyle gayaJudul;

	private final CellStyle gayaDibuat;

	private final CellStyle gayaKepala;

	private final Map<Kolom.Jenis, Map<Integer, CellStyle>> gayaNilai = new EnumMap<>(Kolom.Jenis.class);

	private TulisXlsx(Dokumen dokumen) {
		this.dokumen = dokumen;
		buku.setCompressTempFiles(true);
		Font tebal = buku.createFont();
		tebal.setBold(true);
		Font besar = buku.createFont();
		besar.setBold(true);
		besar.setFontHeightInPoints((short) 14);
		Font miring = buku.createFont();
		miring.setItalic(true);
		gayaJudul = buku.createCellStyle();
		gayaJudul.setFont(besar);
		gayaDibuat = buku.createCellStyle();
		gayaDibuat.setFont(miring);
		gayaKepala = buku.createCellStyle();
		gayaKepala.setFont(tebal);
		gayaKepala.setWrapText(true);
		gayaKepala.setVerticalAlignment(VerticalAlignment.TOP);
		gayaKepala.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
		gayaKepala.setFillPattern(FillPatternType.SOLID_FOREGROUND);
		gayaKepala.setBorderBottom(BorderStyle.THIN);
	}

	static void tulis(Dokumen dokumen, OutputStream keluar) throws IOException {
		TulisXlsx tulis = new TulisXlsx(dokumen);
		try {
			tulis.buku.getXSSFWorkbook().getProperties().getCoreProperties().setTitle(dokumen.judul());
			for (Lembar lembar : dokumen.lembar()) {
				tulis.lembar(lembar);
			}
			tulis.buku.write(keluar);
		}
		finally {
			tulis.buku.dispose();
			tulis.buku.close();
		}
	}

	private void lembar(Lembar lembar) {
		Sheet sheet = buku.createSheet(namaLembar(lembar.judul()));
		sheet.createRow(0).createCell(0).setCellValue(dokumen.judul());
		sheet.getRow(0).getCell(0).setCellStyle(gayaJudul);
		sheet.createRow(1).createCell(0).setCellValue(dokumen.dibuat());
		sheet.getRow(1).getCell(0).setCellStyle(gayaDibuat);
		List<Kolom<?>> kolom = lembar.kolom();
		Row kepala = sheet.createRow(BARIS_KEPALA);
		for (int i = 0; i < kolom.size(); i++) {
			Cell sel = kepala.createCell(i);
			sel.setCellValue(lembar.judulKolom().get(i));
			sel.setCellStyle(gayaKepala);
			sheet.setColumnWidth(i, Math.min(LEBAR_MAKS, lembar.lebar(i) + 2) * 256);
		}
		int r = BARIS_KEPALA;
		for (Object[] nilai : lembar.nilai()) {
			Row row = sheet.createRow(++r);
			for (int i = 0; i < nilai.length; i++) {
				if (nilai[i] != null) {
					isi(row.createCell(i), kolom.get(i), nilai[i]);
				}
			}
		}
		sheet.createFreezePane(0, BARIS_KEPALA + 1);
		sheet.setAutoFilter(new CellRangeAddress(BARIS_KEPALA, r, 0, kolom.size() - 1));
		sheet.setRepeatingRows(new CellRangeAddress(BARIS_KEPALA, BARIS_KEPALA, -1, -1));
		sheet.getPrintSetup().setLandscape(TulisPdf.lebar(lembar));
		sheet.getPrintSetup().setFitWidth((short) 1);
		sheet.getPrintSetup().setFitHeight((short) 0);
		sheet.setFitToPage(true);
	}

	/** Sheet names are at most 31 characters, without {@code []:*?/\}, and unique regardless of case. */
	private String namaLembar(String judul) {
		String nama = WorkbookUtil.createSafeSheetName(judul);
		for (int n = 2; buku.getSheet(nama) != null; n++) {
			String akhiran = " (" + n + ")";
			nama = WorkbookUtil.createSafeSheetName(judul.substring(0, Math.min(judul.length(), 31 - akhiran.length())) + akhiran);
		}
		return nama;
	}

	private void isi(Cell sel, Kolom<?> kolom, Object nilai) {
		switch (kolom.jenis()) {
			case BILANGAN, RUPIAH, DESIMAL, PERSEN -> {
				if (nilai instanceof Number n && Double.isFinite(n.doubleValue())) {
					// a real percentage: 85.5 points are 0.855, which the format shows as 85,5%
					sel.setCellValue(kolom.jenis() == Kolom.Jenis.PERSEN ? desimal(n).movePointLeft(2).doubleValue() : n.doubleValue());
					sel.setCellStyle(gaya(kolom));
					return;
				}
			}
			case TANGGAL -> {
				if (nilai instanceof LocalDate t) {
					sel.setCellValue(t);
					sel.setCellStyle(gaya(kolom));
					return;
				}
			}
			case TANGGAL_JAM -> {
				if (nilai instanceof Instant t) {
					// a spreadsheet has no time zones: the moment as the city's clocks showed it
					sel.setCellValue(LocalDateTime.ofInstant(t, Waktu.WITA));
					sel.setCellStyle(gaya(kolom));
					return;
				}
			}
			case TEKS -> {
			}
		}
		SelEkspor.teks(sel, nilai.toString());
	}

	private static BigDecimal desimal(Number n) {
		return n instanceof BigDecimal b ? b : new BigDecimal(n.toString());
	}

	/** One style per kind of column and number of places (a workbook holds a limited number of styles). */
	private CellStyle gaya(Kolom<?> kolom) {
		return gayaNilai.computeIfAbsent(kolom.jenis(), j -> new HashMap<>()).computeIfAbsent(kolom.tempatDesimal(), t -> {
			CellStyle gaya = buku.createCellStyle();
			gaya.setDataFormat(buku.createDataFormat().getFormat(formatAngka(kolom.jenis(), t, dokumen.inggris())));
			return gaya;
		});
	}

	/**
	 * Excel's number format codes are the same in every locale ({@code ,} groups, {@code .} is the
	 * decimal point); Excel shows them with the reader's own separators.
	 */
	static String formatAngka(Kolom.Jenis jenis, int tempat, boolean inggris) {
		String desimal = tempat > 0 ? "." + "0".repeat(tempat) : "";
		String lokal = inggris ? LOKAL_EN : LOKAL_ID;
		return switch (jenis) {
			case BILANGAN -> "#,##0";
			case RUPIAH -> "\"Rp\"#,##0";
			case DESIMAL -> "#,##0" + desimal;
			case PERSEN -> "0" + desimal + "%";
			case TANGGAL -> lokal + "d mmmm yyyy";
			// no "WITA" in the format: literal text hides the date from tools that read the sheet (POI among them)
			case TANGGAL_JAM -> lokal + "d mmmm yyyy, hh" + (inggris ? ":" : ".") + "mm";
			case TEKS -> "@";
		};
	}
}
