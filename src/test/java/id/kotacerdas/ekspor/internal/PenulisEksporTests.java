package id.kotacerdas.ekspor.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.zip.ZipFile;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.context.support.StaticMessageSource;

import id.kotacerdas.ekspor.Ekspor;
import id.kotacerdas.ekspor.FormatEkspor;
import id.kotacerdas.ekspor.Kolom;
import id.kotacerdas.ekspor.Tabel;
import id.kotacerdas.platform.Waktu;

/** One definition, three formats: what a reader of each sees, in Indonesian and in English. */
class PenulisEksporTests {

	static final Locale ID = Locale.forLanguageTag("id");

	/** 30 November 2026, 14.05 WITA. */
	static final Instant SEKARANG = Instant.parse("2026-11-30T06:05:00Z");

	/** 1 December 2026, 07.30 WITA: still 30 November in UTC. */
	static final Instant PAGI = Instant.parse("2026-11-30T23:30:00Z");

	record Baris(String nama, Long jumlah, Long harga, BigDecimal rata, Double tepat, LocalDate tanggal, Instant waktu) {
	}

	static final List<Kolom<Baris>> KOLOM = List.of(Kolom.teks("uji.nama", Baris::nama), Kolom.bilangan("uji.jumlah", Baris::jumlah),
			Kolom.rupiah("uji.harga", Baris::harga), Kolom.desimal("uji.rata", 1, Baris::rata), Kolom.persen("uji.tepat", 1, Baris::tepat),
			Kolom.tanggal("uji.tanggal", Baris::tanggal), Kolom.tanggalJam("uji.waktu", Baris::waktu));

	static final List<Baris> BARIS = List.of(
			new Baris("Dinas Lingkungan Hidup", 1234L, 1_500_000L, new BigDecimal("1234.45"), 85.5, LocalDate.of(2026, 8, 17), PAGI),
			new Baris("Kosong", -5L, null, null, null, null, null));

	final LayananEkspor penulis = new LayananEkspor(pesan(), Clock.fixed(SEKARANG, Waktu.WITA));

	/** The module's own bundle, with the headers of this test's table. */
	static ResourceBundleMessageSource pesan() {
		StaticMessageSource uji = new StaticMessageSource();
		String[][] teks = { { "uji.judul", "Laporan uji", "Test report" }, { "uji.kedua", "Tabel kedua", "Second table" },
				{ "uji.nama", "Nama", "Name" }, { "uji.jumlah", "Jumlah", "Count" }, { "uji.harga", "Harga", "Price" },
				{ "uji.rata", "Rata-rata", "Mean" }, { "uji.tepat", "Tepat waktu", "On time" }, { "uji.tanggal", "Tanggal", "Date" },
				{ "uji.waktu", "Waktu", "Time" } };
		for (String[] t : teks) {
			uji.addMessage(t[0], ID, t[1]);
			uji.addMessage(t[0], Locale.ENGLISH, t[2]);
		}
		ResourceBundleMessageSource pesan = new ResourceBundleMessageSource();
		pesan.setBasenames("i18n/ekspor");
		pesan.setDefaultEncoding(StandardCharsets.UTF_8.name());
		pesan.setFallbackToSystemLocale(false);
		pesan.setParentMessageSource(uji);
		return pesan;
	}

	static Ekspor ekspor(Iterable<Baris> baris) {
		return Ekspor.satu(Kolom.pesan("uji.judul"), KOLOM, baris);
	}

	byte[] tulis(Ekspor ekspor, FormatEkspor format, Locale bahasa) {
		ByteArrayOutputStream keluar = new ByteArrayOutputStream();
		penulis.tulis(ekspor, format, bahasa, keluar);
		return keluar.toByteArray();
	}

	@Test
	void csvIsWhatASpreadsheetInTheReadersLocaleExpects() {
		String id = new String(tulis(ekspor(BARIS), FormatEkspor.CSV, ID), StandardCharsets.UTF_8);
		// a byte-order mark, then the header: no title (the file name carries it), so the file loads as a table
		assertThat(id).startsWith("\uFEFFNama;Jumlah;Harga;Rata-rata;Tepat waktu;Tanggal;Waktu\r\n");
		assertThat(id.lines().skip(1)).containsExactly("Dinas Lingkungan Hidup;1234;1500000;1234,5;85,5%;2026-08-17;2026-12-01 07:30",
				"Kosong;-5;;;;;");
		String en = new String(tulis(ekspor(BARIS), FormatEkspor.CSV, Locale.ENGLISH), StandardCharsets.UTF_8);
		assertThat(en.lines()).containsExactly("\uFEFFName,Count,Price,Mean,On time,Date,Time",
				"Dinas Lingkungan Hidup,1234,1500000,1234.5,85.5%,2026-08-17,2026-12-01 07:30", "Kosong,-5,,,,,");
	}

	@Test
	void xlsxKeepsNumbersAndDatesTypedUnderTheTitleAndTime() throws IOException {
		try (XSSFWorkbook buku = new XSSFWorkbook(new ByteArrayInputStream(tulis(ekspor(BARIS), FormatEkspor.XLSX, ID)))) {
			Sheet lembar = buku.getSheetAt(0);
			assertThat(lembar.getSheetName()).isEqualTo("Laporan uji");
			assertThat(lembar.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Laporan uji");
			assertThat(lembar.getRow(1).getCell(0).getStringCellValue()).isEqualTo("Dibuat 30 November 2026, 14.05 WITA");
			assertThat(teks(lembar.getRow(TulisXlsx.BARIS_KEPALA))).containsExactly("Nama", "Jumlah", "Harga", "Rata-rata", "Tepat waktu", "Tanggal", "Waktu");
			Row r = lembar.getRow(TulisXlsx.BARIS_KEPALA + 1);
			assertThat(r.getCell(1).getNumericCellValue()).isEqualTo(1234);
			assertThat(r.getCell(2).getNumericCellValue()).isEqualTo(1_500_000);
			// the exact value stays; the format shows one decimal
			assertThat(r.getCell(3).getNumericCellValue()).isEqualTo(1234.45);
			assertThat(r.getCell(4).getNumericCellValue()).as("a real percentage").isEqualTo(0.855);
			for (int i = 1; i <= 6; i++) {
				assertThat(r.getCell(i).getCellType()).as("column " + i).isEqualTo(CellType.NUMERIC);
			}
			assertThat(DateUtil.isCellDateFormatted(r.getCell(5))).isTrue();
			assertThat(r.getCell(5).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2026, 8, 17));
			assertThat(DateUtil.isCellDateFormatted(r.getCell(6))).isTrue();
			assertThat(r.getCell(6).getLocalDateTimeCellValue()).as("in WITA").isEqualTo(LocalDateTime.of(2026, 12, 1, 7, 30));
			// a spreadsheet in Indonesian shows the numbers the Indonesian way
			DataFormatter indonesia = new DataFormatter(ID);
			assertThat(indonesia.formatCellValue(r.getCell(1))).isEqualTo("1.234");
			assertThat(indonesia.formatCellValue(r.getCell(2))).isEqualTo("Rp1.500.000");
			assertThat(indonesia.formatCellValue(r.getCell(3))).isEqualTo("1.234,5");
			assertThat(indonesia.formatCellValue(r.getCell(4))).isEqualTo("85,5%");
			Row kosong = lembar.getRow(TulisXlsx.BARIS_KEPALA + 2);
			assertThat(kosong.getCell(1).getNumericCellValue()).isEqualTo(-5);
			assertThat(kosong.getCell(2)).as("null is an empty cell").isNull();
			assertThat(lembar.getPaneInformation().getHorizontalSplitPosition()).as("header frozen").isEqualTo((short) 4);
		}
		try (XSSFWorkbook buku = new XSSFWorkbook(new ByteArrayInputStream(tulis(ekspor(BARIS), FormatEkspor.XLSX, Locale.ENGLISH)))) {
			assertThat(buku.getSheetAt(0).getRow(1).getCell(0).getStringCellValue()).isEqualTo("Generated 30 November 2026, 14:05 WITA");
			assertThat(teks(buku.getSheetAt(0).getRow(TulisXlsx.BARIS_KEPALA))).startsWith("Name", "Count");
		}
	}

	@Test
	void pdfReadsInTheReadersLanguageAndItsTextCanBeExtracted() throws IOException {
		String id = teksPdf(tulis(ekspor(BARIS), FormatEkspor.PDF, ID));
		assertThat(id).contains("Laporan uji", "Dibuat 30 November 2026, 14.05 WITA", "Nama", "Tepat waktu",
				"Dinas Lingkungan Hidup 1.234 Rp1.500.000 1.234,5 85,5% 17 Agustus 2026 1 Desember 2026, 07.30 WITA",
				"Kosong -5", "Halaman 1 dari 1");
		String en = teksPdf(tulis(ekspor(BARIS), FormatEkspor.PDF, Locale.ENGLISH));
		assertThat(en).contains("Test report", "Generated 30 November 2026, 14:05 WITA", "On time",
				"1,234 Rp1,500,000 1,234.5 85.5% 17 August 2026 1 December 2026, 07:30 WITA", "Page 1 of 1");
	}

	/** What anyone on staff can type (a category, a vehicle's make) never becomes a formula in a spreadsheet. */
	@ParameterizedTest
	@ValueSource(strings = { "=", "+", "-", "@", "\t", "\r" })
	void textLeadingWithAFormulaCharacterIsNeutralisedInEverySpreadsheetFormat(String awal) throws IOException {
		Random acak = new Random(awal.hashCode());
		String nama = awal + "HYPERLINK(\"http://contoh.invalid\",\"" + acak.nextInt(1000) + "\")";
		List<Baris> baris = List.of(new Baris(nama, -7L, null, null, null, null, null));
		String csv = new String(tulis(ekspor(baris), FormatEkspor.CSV, ID), StandardCharsets.UTF_8);
		assertThat(csv).contains("\"'" + nama.replace("\"", "\"\"") + "\";-7;");
		try (XSSFWorkbook buku = new XSSFWorkbook(new ByteArrayInputStream(tulis(ekspor(baris), FormatEkspor.XLSX, ID)))) {
			Row r = buku.getSheetAt(0).getRow(TulisXlsx.BARIS_KEPALA + 1);
			assertThat(r.getCell(0).getStringCellValue()).as("the text as written").isEqualTo(nama);
			assertThat(r.getCell(0).getCellStyle().getQuotePrefixed()).as("flagged as text").isTrue();
			assertThat(r.getCell(1).getNumericCellValue()).as("a negative number stays a number").isEqualTo(-7);
		}
		if (!Character.isWhitespace(awal.charAt(0))) {
			// a PDF is never evaluated: the name is printed as it was written (the cell may wrap it)
			assertThat(teksPdf(tulis(ekspor(baris), FormatEkspor.PDF, ID)).replace(" ", "")).contains(nama + "-7").doesNotContain("'" + nama);
		}
	}

	@Test
	void aWideLongTableIsLandscapeWithItsHeaderOnEveryPage() throws IOException {
		List<Kolom<Integer>> kolom = new ArrayList<>();
		kolom.add(Kolom.<Integer>teks("uji.nama", i -> "Baris " + i));
		for (int k = 0; k < 20; k++) {
			kolom.add(Kolom.<Integer>bilangan("uji.jumlah", i -> i * 1000));
		}
		List<Integer> baris = new ArrayList<>();
		for (int i = 1; i <= 400; i++) {
			baris.add(i);
		}
		byte[] pdf = tulis(Ekspor.satu(Kolom.pesan("uji.judul"), kolom, baris), FormatEkspor.PDF, ID);
		try (PDDocument dok = Loader.loadPDF(pdf)) {
			int halaman = dok.getNumberOfPages();
			assertThat(halaman).isGreaterThan(2);
			PDFTextStripper teks = new PDFTextStripper();
			for (int h = 1; h <= halaman; h++) {
				PDPage p = dok.getPage(h - 1);
				assertThat(p.getMediaBox().getWidth()).as("landscape").isGreaterThan(p.getMediaBox().getHeight());
				teks.setStartPage(h);
				teks.setEndPage(h);
				assertThat(teks.getText(dok)).as("page " + h).contains("Nama Jumlah", "Halaman " + h + " dari " + halaman);
			}
			teks.setStartPage(halaman);
			teks.setEndPage(halaman);
			assertThat(teks.getText(dok)).contains("Baris 400 400.000");
		}
		List<Kolom<Integer>> sempit = kolom.subList(0, 3);
		try (PDDocument dok = Loader.loadPDF(tulis(Ekspor.satu(Kolom.pesan("uji.judul"), sempit, baris), FormatEkspor.PDF, ID))) {
			PDPage p = dok.getPage(0);
			assertThat(p.getMediaBox().getHeight()).as("portrait").isGreaterThan(p.getMediaBox().getWidth());
		}
	}

	@Test
	void severalTablesAreSheetsSectionsAndHeadings() throws IOException {
		Ekspor dua = new Ekspor(Kolom.pesan("uji.judul"),
				List.of(new Tabel<>(Kolom.pesan("uji.judul"), KOLOM, BARIS), new Tabel<>(Kolom.pesan("uji.kedua"), KOLOM, List.of())));
		String csv = new String(tulis(dua, FormatEkspor.CSV, ID), StandardCharsets.UTF_8);
		assertThat(csv.lines().skip(3)).containsExactly("", "Tabel kedua", "Nama;Jumlah;Harga;Rata-rata;Tepat waktu;Tanggal;Waktu");
		try (XSSFWorkbook buku = new XSSFWorkbook(new ByteArrayInputStream(tulis(dua, FormatEkspor.XLSX, ID)))) {
			assertThat(buku.getSheetName(1)).isEqualTo("Tabel kedua");
			assertThat(buku.getSheetAt(1).getLastRowNum()).as("header only").isEqualTo(TulisXlsx.BARIS_KEPALA);
		}
		assertThat(teksPdf(tulis(dua, FormatEkspor.PDF, ID))).contains("Tabel kedua", "Tidak ada data.");
	}

	/**
	 * Rows are read as they are written: 100,000 rows of eight columns leave no more than a window
	 * of them in memory. A workbook held whole would keep 800,000 cells (hundreds of megabytes).
	 */
	@Test
	void aHundredThousandRowXlsxIsWrittenInModestMemory() throws IOException {
		int jumlah = 100_000;
		List<Kolom<Integer>> kolom = List.of(Kolom.<Integer>teks("uji.nama", i -> "Kendaraan dinas nomor " + i),
				Kolom.<Integer>bilangan("uji.jumlah", i -> i), Kolom.<Integer>rupiah("uji.harga", i -> i * 1000L),
				Kolom.<Integer>desimal("uji.rata", 2, i -> i / 7.0), Kolom.<Integer>persen("uji.tepat", 1, i -> i % 100),
				Kolom.<Integer>tanggal("uji.tanggal", i -> LocalDate.of(2026, 1, 1).plusDays(i % 365)),
				Kolom.<Integer>tanggalJam("uji.waktu", i -> SEKARANG.minusSeconds(i)), Kolom.<Integer>teks("uji.kedua", i -> "catatan " + i));
		long[] terpakai = new long[2];
		Iterable<Integer> baris = () -> new java.util.Iterator<>() {

			int i;

			@Override
			public boolean hasNext() {
				return i < jumlah;
			}

			@Override
			public Integer next() {
				if (i == 0) {
					terpakai[0] = terpakai();
				}
				if (i == jumlah - 1) {
					terpakai[1] = terpakai();
				}
				return ++i;
			}
		};
		byte[] xlsx = tulis(Ekspor.satu(Kolom.pesan("uji.judul"), kolom, baris), FormatEkspor.XLSX, ID);
		long tumbuh = terpakai[1] - terpakai[0];
		assertThat(tumbuh).as("heap grown while writing %d rows: %d MB", jumlah, tumbuh >> 20).isLessThan(32L << 20);
		String lembar = lembarXml(xlsx);
		assertThat(lembar).contains("<row r=\"" + (TulisXlsx.BARIS_KEPALA + 1 + jumlah) + "\"");
	}

	/** Heap in use after a collection: what is still reachable. */
	private static long terpakai() {
		Runtime rt = Runtime.getRuntime();
		for (int i = 0; i < 3; i++) {
			System.gc();
		}
		return rt.totalMemory() - rt.freeMemory();
	}

	/** The first sheet's XML, read from the zip without building a workbook. */
	private static String lembarXml(byte[] xlsx) throws IOException {
		Path berkas = Files.createTempFile("ekspor", ".xlsx");
		try {
			Files.write(berkas, xlsx);
			try (ZipFile zip = new ZipFile(berkas.toFile())) {
				return new String(zip.getInputStream(zip.getEntry("xl/worksheets/sheet1.xml")).readAllBytes(), StandardCharsets.UTF_8);
			}
		}
		finally {
			Files.delete(berkas);
		}
	}

	static String teksPdf(byte[] pdf) throws IOException {
		assertThat(new String(Arrays.copyOf(pdf, 5), StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
		try (PDDocument dok = Loader.loadPDF(pdf)) {
			return new PDFTextStripper().getText(dok).replaceAll("\\s+", " ");
		}
	}

	private static List<String> teks(Row r) {
		List<String> teks = new ArrayList<>();
		for (Cell c : r) {
			teks.add(c.getStringCellValue());
		}
		return teks;
	}
}
