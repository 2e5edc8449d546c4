package id.kotacerdas.ekspor;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import javax.xml.parsers.ParserConfigurationException;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.UnsupportedFileFormatException;
import org.apache.poi.ooxml.POIXMLException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

import id.kotacerdas.platform.PermintaanDitolakException;

/**
 * One reader for the spreadsheets people upload (price history, SIASN exports…): a CSV or the
 * first sheet of an XLSX, handed on one row at a time, so memory stays flat whatever the length.
 * <ul>
 * <li>The kind is told by the file's first bytes, not its name: an XLSX is a zip (OOXML); any other
 * binary file (an old .xls, a PDF, a photo) is refused; text is CSV.</li>
 * <li>CSV: UTF-8 with or without byte-order mark (Windows-1252 when the bytes are not UTF-8, as older
 * Excel writes), the separator sniffed from the start — {@code ;} (Excel where the decimal mark is
 * a comma, as in Indonesia), {@code ,} or tab — and quoted fields may span lines.</li>
 * <li>XLSX: POI's event API (SAX over the sheet's XML, shared strings read-only), no workbook model in
 * memory. A date cell is given as an ISO date ({@code 2025-03-17}) whatever its display format, a
 * number as typed ({@code 10000000}, not {@code 1.0E7}, and {@code 11}, not {@code 11.0}).</li>
 * </ul>
 * Rows come with their number as the spreadsheet shows it (1 = the first row); blank rows are
 * skipped but counted. A cell is its text without surrounding spaces, {@code ""} when empty.
 * Refusals are {@link PermintaanDitolakException}s (400): not a sheet, or more rows than allowed.
 */
public final class LembarMasuk {

	/** A row: its number as the spreadsheet shows it and its cells, left to right. */
	public record Baris(int nomor, List<String> sel) {

		public Baris {
			sel = Collections.unmodifiableList(sel);
		}

		/** The cell of the column (0 = A), {@code ""} beyond the row's last cell. */
		public String sel(int kolom) {
			return kolom >= 0 && kolom < sel.size() ? sel.get(kolom) : "";
		}
	}

	/**
	 * A header row: each column's name, normalised (byte-order mark dropped, spaces squeezed, lower
	 * case), to its position; a name given twice counts from its first place.
	 */
	public record Kepala(Map<String, Integer> kolom) {

		public static Kepala dari(Baris baris) {
			Map<String, Integer> kolom = new LinkedHashMap<>();
			for (int i = 0; i < baris.sel().size(); i++) {
				String nama = normal(baris.sel(i));
				if (!nama.isEmpty()) {
					kolom.putIfAbsent(nama, i);
				}
			}
			return new Kepala(Collections.unmodifiableMap(kolom));
		}

		/** The first column whose name starts with the word ("harga" finds "Harga (Rp)"). */
		public Optional<Integer> awalan(String kata) {
			String k = normal(kata);
			return kolom.entrySet().stream().filter(e -> e.getKey().startsWith(k)).map(Map.Entry::getValue).findFirst();
		}

		static String normal(String s) {
			return s.replace("\uFEFF", "").strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
		}
	}

	/** No sheet people keep by hand is this wide; a longer row is a damaged or hostile file. */
	static final int KOLOM_MAKS = 1_000;

	private static final byte[] BOM = { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF };

	/** Enough of a file's start to tell its kind and a CSV's separator and encoding. */
	private static final int CONTOH = 8_192;

	private LembarMasuk() {
	}

	/**
	 * Reads the sheet, handing each non-blank row to {@code tiap}; what {@code tiap} throws passes through.
	 *
	 * @param barisMaks the most rows (counted as the sheet numbers them) read before the file is refused
	 * @return the number of non-blank rows handed on
	 * @throws PermintaanDitolakException 400 {@code ekspor.lembar.bukan-lembar} when the file is no
	 *             CSV or XLSX or is damaged, {@code ekspor.lembar.terlalu-banyak} beyond {@code barisMaks}
	 */
	public static int baca(InputStream masuk, int barisMaks, Consumer<Baris> tiap) {
		Penghitung penghitung = new Penghitung(barisMaks, tiap);
		try {
			BufferedInputStream isi = new BufferedInputStream(masuk, CONTOH);
			isi.mark(CONTOH);
			byte[] awal = isi.readNBytes(CONTOH);
			isi.reset();
			FileMagic jenis = FileMagic.valueOf(Arrays.copyOf(awal, Math.max(awal.length, 8)));
			if (jenis == FileMagic.OOXML) {
				bacaXlsx(isi, penghitung);
			}
			else if (jenis == FileMagic.UNKNOWN && teks(awal)) {
				bacaCsv(isi, awal, penghitung);
			}
			else {
				throw bukanLembar();
			}
		}
		catch (IOException | UncheckedIOException | UnsupportedFileFormatException | POIXMLException ex) {
			throw bukanLembar();
		}
		return penghitung.diserahkan;
	}

	private static PermintaanDitolakException bukanLembar() {
		return new PermintaanDitolakException("ekspor.lembar.bukan-lembar");
	}

	/** Text has no NUL bytes (UTF-16 or a binary file does). */
	private static boolean teks(byte[] awal) {
		for (byte b : awal) {
			if (b == 0) {
				return false;
			}
		}
		return true;
	}

	private static void bacaCsv(InputStream isi, byte[] awal, Penghitung penghitung) throws IOException {
		Charset kode = utf8(awal) ? StandardCharsets.UTF_8 : Charset.forName("windows-1252");
		String contoh = new String(awal, kode);
		CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(pemisah(contoh)).setIgnoreEmptyLines(false).get();
		if (awal.length >= BOM.length && Arrays.equals(Arrays.copyOf(awal, BOM.length), BOM)) {
			// Excel's "CSV UTF-8" starts with a byte-order mark; before a quoted first field it would break the field
			isi.skipNBytes(BOM.length);
		}
		try (Reader r = new InputStreamReader(isi, kode); CSVParser csv = format.parse(r)) {
			int nomor = 0;
			for (CSVRecord rec : csv) {
				nomor++;
				List<String> sel = new ArrayList<>(rec.size());
				rec.forEach(sel::add);
				penghitung.baris(nomor, sel);
			}
		}
	}

	/** Whether the start decodes as UTF-8; a character cut at the sample's end does not count against it. */
	private static boolean utf8(byte[] awal) {
		CharsetDecoder pengurai = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
			.onUnmappableCharacter(CodingErrorAction.REPORT);
		return !pengurai.decode(ByteBuffer.wrap(awal), CharBuffer.allocate(awal.length), false).isError();
	}

	/** The most frequent of ; , and tab in the first line (outside quotes), ";" on a tie: a one-column file has none. */
	static char pemisah(String contoh) {
		int[] hitung = new int[3];
		char[] calon = { ';', ',', '\t' };
		boolean kutip = false;
		for (char c : contoh.toCharArray()) {
			if (c == '"') {
				kutip = !kutip;
			}
			else if (!kutip && (c == '\n' || c == '\r')) {
				break;
			}
			else if (!kutip) {
				for (int i = 0; i < calon.length; i++) {
					hitung[i] += c == calon[i] ? 1 : 0;
				}
			}
		}
		int terbanyak = 0;
		for (int i = 1; i < calon.length; i++) {
			terbanyak = hitung[i] > hitung[terbanyak] ? i : terbanyak;
		}
		return calon[terbanyak];
	}

	private static void bacaXlsx(InputStream isi, Penghitung penghitung) throws IOException {
		try (OPCPackage paket = OPCPackage.open(isi)) {
			XSSFReader xlsx = new XSSFReader(paket);
			Iterator<InputStream> lembar = xlsx.getSheetsData();
			if (!lembar.hasNext()) {
				return;
			}
			try (InputStream satu = lembar.next()) {
				XMLReader parser = XMLHelper.newXMLReader();
				parser.setContentHandler(new XSSFSheetXMLHandler(xlsx.getStylesTable(), new ReadOnlySharedStringsTable(paket),
						new BarisXlsx(penghitung), new NilaiApaAdanya(), false));
				parser.parse(new InputSource(satu));
			}
		}
		catch (OpenXML4JException | SAXException | ParserConfigurationException ex) {
			throw new IOException(ex);
		}
	}

	/** Cells of a row by column (a missing cell is a gap, not a shift), handed on at the row's end. */
	private static final class BarisXlsx implements XSSFSheetXMLHandler.SheetContentsHandler {

		private final Penghitung penghitung;

		private final List<String> sel = new ArrayList<>();

		BarisXlsx(Penghitung penghitung) {
			this.penghitung = penghitung;
		}

		@Override
		public void startRow(int nomor) {
			sel.clear();
		}

		@Override
		public void endRow(int nomor) {
			penghitung.baris(nomor + 1, new ArrayList<>(sel));
		}

		@Override
		public void cell(String alamat, String nilai, XSSFComment komentar) {
			int kolom = new CellReference(alamat).getCol();
			if (kolom >= KOLOM_MAKS) {
				throw bukanLembar();
			}
			while (sel.size() < kolom) {
				sel.add("");
			}
			sel.add(nilai == null ? "" : nilai);
		}
	}

	/** Values as data rather than as a viewer shows them: dates as ISO dates, numbers plainly (no grouping, rounding or exponent). */
	private static final class NilaiApaAdanya extends DataFormatter {

		@Override
		public String formatRawCellContents(double nilai, int indeksFormat, String format) {
			return formatRawCellContents(nilai, indeksFormat, format, false);
		}

		@Override
		public String formatRawCellContents(double nilai, int indeksFormat, String format, boolean tahun1904) {
			if (DateUtil.isADateFormat(indeksFormat, format) && DateUtil.isValidExcelDate(nilai)) {
				return DateUtil.getLocalDateTime(nilai, tahun1904).toLocalDate().toString();
			}
			return BigDecimal.valueOf(nilai).stripTrailingZeros().toPlainString();
		}
	}

	/** Trims the cells, skips blank rows, enforces the limits. */
	private static final class Penghitung {

		private final int barisMaks;

		private final Consumer<Baris> tiap;

		private int diserahkan;

		Penghitung(int barisMaks, Consumer<Baris> tiap) {
			this.barisMaks = barisMaks;
			this.tiap = tiap;
		}

		void baris(int nomor, List<String> sel) {
			if (sel.size() > KOLOM_MAKS) {
				throw bukanLembar();
			}
			sel.replaceAll(s -> s == null ? "" : s.strip());
			if (sel.stream().allMatch(String::isEmpty)) {
				return;
			}
			if (nomor > barisMaks) {
				throw new PermintaanDitolakException("ekspor.lembar.terlalu-banyak", barisMaks);
			}
			diserahkan++;
			tiap.accept(new Baris(nomor, sel));
		}
	}
}
