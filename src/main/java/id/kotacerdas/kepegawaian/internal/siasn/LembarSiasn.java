package id.kotacerdas.kepegawaian.internal.siasn;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import javax.xml.parsers.ParserConfigurationException;

import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.springframework.http.HttpStatus;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

import id.kotacerdas.kepegawaian.internal.siasn.TataLetakSiasn.Kolom;
import id.kotacerdas.platform.PermintaanDitolakException;

/**
 * Reads a sheet in the SIASN layout row by row, holding one row at a time (XLSX by POI's event
 * reader, CSV by Commons CSV), so memory stays flat whatever the sheet's length. The header is
 * the first row, among the first few, that names the NIP column (an export may carry a title above
 * it); each later row becomes its known columns' cells as text, dates as {@code yyyy-MM-dd}.
 */
final class LembarSiasn {

	/** The sheet kinds read. */
	enum Jenis {
		XLSX, CSV;

		/** By the file's first bytes (an XLSX is a zip), not by its name. */
		static Jenis dari(byte[] awal) {
			return awal.length >= 2 && awal[0] == 'P' && awal[1] == 'K' ? XLSX : CSV;
		}

		String kode() {
			return name().toLowerCase(Locale.ROOT);
		}
	}

	/** One data row: its number as the spreadsheet shows it (1 = the first row) and its known cells. */
	record Baris(int nomor, Map<Kolom, String> sel) {

		boolean ada(Kolom k) {
			return sel.containsKey(k);
		}

		String teks(Kolom k) {
			return sel.get(k);
		}
	}

	/** A title and a blank line may stand above the header; further down a sheet is not in this layout. */
	private static final int BARIS_KEPALA_PALING_JAUH = 10;

	/** Enough of a CSV's start to tell its separator. */
	private static final int CONTOH_CSV = 8192;

	private LembarSiasn() {
	}

	/**
	 * @return the number of data rows read
	 * @throws PermintaanDitolakException 400 when no header naming the NIP column is found, or the file is no sheet
	 */
	static int baca(InputStream masuk, Jenis jenis, Consumer<Baris> tiap) {
		try {
			return jenis == Jenis.XLSX ? bacaXlsx(masuk, tiap) : bacaCsv(masuk, tiap);
		}
		// what the readers throw on a damaged file; the caller's own failures pass through
		catch (IOException | UncheckedIOException | org.apache.poi.UnsupportedFileFormatException | org.apache.poi.ooxml.POIXMLException ex) {
			throw new PermintaanDitolakException(HttpStatus.BAD_REQUEST, "siasn.berkas.tidak-terbaca");
		}
	}

	private static int bacaXlsx(InputStream masuk, Consumer<Baris> tiap) throws IOException {
		Pengolah pengolah = new Pengolah(tiap);
		try (OPCPackage paket = OPCPackage.open(masuk)) {
			XSSFReader xlsx = new XSSFReader(paket);
			Iterator<InputStream> lembar = xlsx.getSheetsData();
			if (!lembar.hasNext()) {
				throw new PermintaanDitolakException(HttpStatus.BAD_REQUEST, "siasn.berkas.tanpa-nip");
			}
			// POI's event reader: the sheet's XML is parsed as it streams, one row at a time
			try (InputStream isi = lembar.next()) {
				XMLReader parser = XMLHelper.newXMLReader();
				parser.setContentHandler(new XSSFSheetXMLHandler(xlsx.getStylesTable(), new ReadOnlySharedStringsTable(paket),
						new BarisXlsx(pengolah), new TanggalIso(), false));
				parser.parse(new InputSource(isi));
			}
		}
		catch (OpenXML4JException | SAXException | ParserConfigurationException ex) {
			throw new IOException(ex);
		}
		return pengolah.selesai();
	}

	/** Cells of a row by column (a missing cell is a gap, not a shift), handed on at the row's end. */
	private static final class BarisXlsx implements XSSFSheetXMLHandler.SheetContentsHandler {

		private final Pengolah pengolah;

		private final List<String> sel = new ArrayList<>();

		BarisXlsx(Pengolah pengolah) {
			this.pengolah = pengolah;
		}

		@Override
		public void startRow(int nomor) {
			sel.clear();
		}

		@Override
		public void endRow(int nomor) {
			pengolah.baris(new ArrayList<>(sel));
		}

		@Override
		public void cell(String alamat, String nilai, XSSFComment komentar) {
			int kolom = new CellReference(alamat).getCol();
			while (sel.size() < kolom) {
				sel.add(null);
			}
			sel.add(nilai == null || nilai.isBlank() ? null : nilai);
		}
	}

	/** Date cells as {@code yyyy-MM-dd} whatever their display format; numbers as typed (11, not 11.0). */
	private static final class TanggalIso extends DataFormatter {

		@Override
		public String formatRawCellContents(double nilai, int indeksFormat, String format, boolean tahun1904) {
			if (DateUtil.isADateFormat(indeksFormat, format) && DateUtil.isValidExcelDate(nilai)) {
				return DateUtil.getLocalDateTime(nilai, tahun1904).toLocalDate().toString();
			}
			return BigDecimal.valueOf(nilai).stripTrailingZeros().toPlainString();
		}
	}

	private static int bacaCsv(InputStream masuk, Consumer<Baris> tiap) throws IOException {
		BufferedReader teks = new BufferedReader(new InputStreamReader(masuk, StandardCharsets.UTF_8));
		char pemisah = pemisah(teks);
		CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(pemisah).setIgnoreEmptyLines(true).get();
		Pengolah pengolah = new Pengolah(tiap);
		try (Reader r = teks; var csv = format.parse(r)) {
			csv.forEach(rec -> pengolah.baris(sel(rec)));
		}
		return pengolah.selesai();
	}

	/** Excel writes ";" where the decimal comma is local (Indonesia), "," elsewhere: the more frequent one in the start. */
	private static char pemisah(BufferedReader teks) throws IOException {
		teks.mark(CONTOH_CSV);
		char[] awal = new char[CONTOH_CSV];
		int n = teks.read(awal);
		teks.reset();
		int titikKoma = 0;
		int koma = 0;
		for (int i = 0; i < n; i++) {
			titikKoma += awal[i] == ';' ? 1 : 0;
			koma += awal[i] == ',' ? 1 : 0;
		}
		if (n > 0 && awal[0] == '\uFEFF') {
			teks.skip(1);
		}
		return titikKoma >= koma ? ';' : ',';
	}

	private static List<String> sel(CSVRecord r) {
		List<String> hasil = new ArrayList<>(r.size());
		r.forEach(s -> hasil.add(s == null || s.isBlank() ? null : s));
		return hasil;
	}

	/** The header (searched among the first rows), then each non-empty data row as its known cells. */
	private static final class Pengolah {

		private final Consumer<Baris> tiap;

		private Kolom[] kepala;

		private int nomor;

		private int data;

		Pengolah(Consumer<Baris> tiap) {
			this.tiap = tiap;
		}

		void baris(List<String> sel) {
			nomor++;
			if (kepala == null) {
				if (nomor > BARIS_KEPALA_PALING_JAUH) {
					throw new PermintaanDitolakException(HttpStatus.BAD_REQUEST, "siasn.berkas.tanpa-nip");
				}
				kepala = kepala(sel);
				return;
			}
			Map<Kolom, String> isi = new HashMap<>();
			boolean kosong = true;
			for (int i = 0; i < kepala.length; i++) {
				if (kepala[i] != null) {
					String s = i < sel.size() ? sel.get(i) : null;
					s = s == null || s.isBlank() ? null : s.strip();
					kosong &= s == null;
					isi.put(kepala[i], s);
				}
			}
			if (!kosong) {
				data++;
				tiap.accept(new Baris(nomor, isi));
			}
		}

		int selesai() {
			if (kepala == null) {
				throw new PermintaanDitolakException(HttpStatus.BAD_REQUEST, "siasn.berkas.tanpa-nip");
			}
			return data;
		}
	}

	/** The row's columns when it is the header (it names the NIP column), else null. */
	private static Kolom[] kepala(List<String> sel) {
		Kolom[] kolom = new Kolom[sel.size()];
		boolean nip = false;
		for (int i = 0; i < sel.size(); i++) {
			Kolom k = TataLetakSiasn.kolom(sel.get(i)).orElse(null);
			// a column named twice is read from its first place
			if (k != null && !java.util.Arrays.asList(kolom).contains(k)) {
				kolom[i] = k;
				nip |= TataLetakSiasn.NIP.equals(k.isian());
			}
		}
		return nip ? kolom : null;
	}
}
