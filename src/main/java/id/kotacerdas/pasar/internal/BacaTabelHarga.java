package id.kotacerdas.pasar.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.Iterator;
import java.io.InputStream;

import javax.xml.parsers.ParserConfigurationException;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

import id.kotacerdas.platform.PermintaanDitolakException;

/**
 * Reads a price spreadsheet as the city keeps it, row by row: CSV (comma or semicolon, as
 * Indonesian Excel writes it) or the first sheet of an XLSX, read as a stream of SAX events (POI's event API: no workbook model
 * in memory). The first row names the
 * columns; tanggal, pasar, komoditas and harga are needed, asal is optional, their order free.
 */
final class BacaTabelHarga {

	/** A row as written: the cells as text, its number as the spreadsheet shows it (header = 1). */
	record BarisMentah(int nomor, String tanggal, String pasar, String komoditas, String harga, String asal) {
	}

	private enum Kolom {
		TANGGAL, PASAR, KOMODITAS, HARGA, ASAL
	}

	private BacaTabelHarga() {
	}

	static void baca(byte[] isi, Consumer<BarisMentah> tiap) {
		try {
			if (FileMagic.valueOf(Arrays.copyOf(isi, Math.min(isi.length, 8))) == FileMagic.OOXML) {
				bacaXlsx(isi, tiap);
			}
			else {
				bacaCsv(isi, tiap);
			}
		}
		catch (IOException | RuntimeException ex) {
			if (ex instanceof PermintaanDitolakException p) {
				throw p;
			}
			throw new PermintaanDitolakException("pasar.impor.tidak-terbaca");
		}
	}

	private static void bacaCsv(byte[] isi, Consumer<BarisMentah> tiap) throws IOException {
		String awal = new String(isi, 0, Math.min(isi.length, 1024), StandardCharsets.UTF_8);
		String barisPertama = awal.lines().findFirst().orElse("");
		char pemisah = barisPertama.chars().filter(c -> c == ';').count() > barisPertama.chars().filter(c -> c == ',').count() ? ';' : ',';
		try (Reader r = new InputStreamReader(new ByteArrayInputStream(isi), StandardCharsets.UTF_8);
				CSVParser csv = CSVFormat.DEFAULT.builder().setDelimiter(pemisah).setIgnoreEmptyLines(false).get().parse(r)) {
			int[] letak = null;
			int nomor = 0;
			for (CSVRecord rec : csv) {
				nomor++;
				List<String> sel = rec.toList();
				if (letak == null) {
					letak = kepala(sel);
				}
				else if (!kosong(sel)) {
					tiap.accept(baris(nomor, sel, letak));
				}
			}
			if (letak == null) {
				throw new PermintaanDitolakException("pasar.impor.kosong");
			}
		}
	}

	private static void bacaXlsx(byte[] isi, Consumer<BarisMentah> tiap) throws IOException {
		try (OPCPackage paket = OPCPackage.open(new ByteArrayInputStream(isi))) {
			XSSFReader pembaca = new XSSFReader(paket);
			Iterator<InputStream> lembar = pembaca.getSheetsData();
			if (!lembar.hasNext()) {
				throw new PermintaanDitolakException("pasar.impor.kosong");
			}
			int[][] letak = { null };
			XSSFSheetXMLHandler.SheetContentsHandler isiLembar = new XSSFSheetXMLHandler.SheetContentsHandler() {

				private final List<String> sel = new ArrayList<>();

				@Override
				public void startRow(int baris) {
					sel.clear();
				}

				@Override
				public void cell(String alamat, String nilai, XSSFComment komentar) {
					int kolom = new CellReference(alamat).getCol();
					while (sel.size() < kolom) {
						sel.add("");
					}
					sel.add(nilai == null ? "" : nilai);
				}

				@Override
				public void endRow(int baris) {
					if (letak[0] == null) {
						letak[0] = kepala(sel);
					}
					else if (!kosong(sel)) {
						tiap.accept(baris(baris + 1, sel, letak[0]));
					}
				}
			};
			try (InputStream satu = lembar.next()) {
				XMLReader xml = XMLHelper.newXMLReader();
				xml.setContentHandler(new XSSFSheetXMLHandler(pembaca.getStylesTable(), pembaca.getSharedStringsTable(), isiLembar,
						new FormatNilai(), false));
				xml.parse(new InputSource(satu));
			}
			if (letak[0] == null) {
				throw new PermintaanDitolakException("pasar.impor.kosong");
			}
		}
		catch (OpenXML4JException | SAXException | ParserConfigurationException ex) {
			throw new PermintaanDitolakException("pasar.impor.tidak-terbaca");
		}
	}

	/**
	 * Cell values as the import reads them rather than as a spreadsheet shows them: a date cell as
	 * an ISO date (not the viewer's "4/1/25"), a number plainly (no grouping, no rounding).
	 */
	private static final class FormatNilai extends DataFormatter {

		@Override
		public String formatRawCellContents(double nilai, int indeksFormat, String format) {
			return formatRawCellContents(nilai, indeksFormat, format, false);
		}

		@Override
		public String formatRawCellContents(double nilai, int indeksFormat, String format, boolean tanggal1904) {
			if (DateUtil.isADateFormat(indeksFormat, format) && DateUtil.isValidExcelDate(nilai)) {
				return DateUtil.getLocalDateTime(nilai, tanggal1904).toLocalDate().toString();
			}
			return BigDecimal.valueOf(nilai).stripTrailingZeros().toPlainString();
		}
	}

	/** Where each column is, by its header (case and spaces ignored; "Harga (Rp)" is harga). */
	private static int[] kepala(List<String> sel) {
		int[] letak = new int[Kolom.values().length];
		Arrays.fill(letak, -1);
		for (int i = 0; i < sel.size(); i++) {
			// Excel's CSV starts with a byte-order mark
			String nama = sel.get(i).replace("\uFEFF", "").strip().toLowerCase(Locale.ROOT);
			for (Kolom k : Kolom.values()) {
				if (letak[k.ordinal()] < 0 && nama.startsWith(k.name().toLowerCase(Locale.ROOT))) {
					letak[k.ordinal()] = i;
				}
			}
		}
		for (Kolom k : List.of(Kolom.TANGGAL, Kolom.PASAR, Kolom.KOMODITAS, Kolom.HARGA)) {
			if (letak[k.ordinal()] < 0) {
				throw new PermintaanDitolakException("pasar.impor.kolom-hilang", k.name().toLowerCase(Locale.ROOT));
			}
		}
		return letak;
	}

	private static BarisMentah baris(int nomor, List<String> sel, int[] letak) {
		return new BarisMentah(nomor, sel(sel, letak[Kolom.TANGGAL.ordinal()]), sel(sel, letak[Kolom.PASAR.ordinal()]),
				sel(sel, letak[Kolom.KOMODITAS.ordinal()]), sel(sel, letak[Kolom.HARGA.ordinal()]), sel(sel, letak[Kolom.ASAL.ordinal()]));
	}

	private static String sel(List<String> sel, int i) {
		return i < 0 || i >= sel.size() || sel.get(i) == null ? "" : sel.get(i).strip();
	}

	private static boolean kosong(List<String> sel) {
		return sel.stream().allMatch(s -> s == null || s.isBlank());
	}
}
