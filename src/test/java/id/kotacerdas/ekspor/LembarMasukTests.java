package id.kotacerdas.ekspor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;

import id.kotacerdas.platform.PermintaanDitolakException;

/**
 * The shared reader of uploaded sheets: CSV as Indonesian Excel writes it (semicolons, byte-order
 * mark, quoted fields over several lines), XLSX with date and number cells and gaps, and files that
 * are no sheet refused with a 400.
 */
class LembarMasukTests {

	private static List<LembarMasuk.Baris> baca(byte[] isi) {
		List<LembarMasuk.Baris> baris = new ArrayList<>();
		LembarMasuk.baca(new ByteArrayInputStream(isi), 1_000, baris::add);
		return baris;
	}

	@Test
	void csvWithSemicolonsABomAndAQuotedFieldOverTwoLines() {
		byte[] bom = { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF };
		String teks = """
				"Tanggal";Pasar;Harga (Rp);Catatan
				17/03/2025;Pasar Oeba;45.000,00;"pasokan dari Rote;
				kapal terlambat"

				18/03/2025; Pasar Kasih Naikoten ;46.000;
				""";
		ByteArrayOutputStream isi = new ByteArrayOutputStream();
		isi.writeBytes(bom);
		isi.writeBytes(teks.getBytes(StandardCharsets.UTF_8));
		List<LembarMasuk.Baris> baris = baca(isi.toByteArray());
		assertThat(baris).hasSize(3);
		LembarMasuk.Kepala kepala = LembarMasuk.Kepala.dari(baris.get(0));
		assertThat(kepala.kolom()).containsOnlyKeys("tanggal", "pasar", "harga (rp)", "catatan");
		assertThat(kepala.awalan("Harga")).contains(2);
		assertThat(baris.get(1).sel()).containsExactly("17/03/2025", "Pasar Oeba", "45.000,00", "pasokan dari Rote;\nkapal terlambat");
		// the blank line is skipped but counted, as a spreadsheet numbers it
		assertThat(baris.get(2).nomor()).isEqualTo(4);
		assertThat(baris.get(2).sel(1)).isEqualTo("Pasar Kasih Naikoten");
		assertThat(baris.get(2).sel(3)).isEmpty();
		assertThat(baris.get(2).sel(9)).isEmpty();
	}

	@Test
	void theSeparatorIsTheMostFrequentOfSemicolonCommaAndTabInTheFirstLine() {
		assertThat(baca("tanggal,pasar,\"harga; rupiah\"\n2025-03-17,Oeba,45000\n".getBytes(StandardCharsets.UTF_8)).get(1).sel())
			.containsExactly("2025-03-17", "Oeba", "45000");
		assertThat(baca("NIP\tNAMA\n199001012015031001\tYohanes Bria\n".getBytes(StandardCharsets.UTF_8)).get(1).sel())
			.containsExactly("199001012015031001", "Yohanes Bria");
	}

	@Test
	void olderExcelsWindows1252CsvIsReadToo() {
		byte[] isi = "pasar;catatan\nOeba;caf\u00e9 di ujung\n".getBytes(Charset.forName("windows-1252"));
		assertThat(baca(isi).get(1).sel(1)).isEqualTo("caf\u00e9 di ujung");
	}

	@Test
	void xlsxDatesAsIsoDatesNumbersAsTypedAndEmptyCellsAsGaps() throws IOException {
		byte[] isi;
		try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream keluar = new ByteArrayOutputStream()) {
			CellStyle tanggal = wb.createCellStyle();
			tanggal.setDataFormat(wb.createDataFormat().getFormat("d/m/yy"));
			CellStyle ribuan = wb.createCellStyle();
			ribuan.setDataFormat(wb.createDataFormat().getFormat("#,##0"));
			Sheet s = wb.createSheet("Harga");
			Row kepala = s.createRow(0);
			kepala.createCell(0).setCellValue("Tanggal");
			kepala.createCell(1).setCellValue("Harga");
			kepala.createCell(3).setCellValue("Asal");
			Row r = s.createRow(2);
			r.createCell(0).setCellValue(LocalDate.of(2025, 3, 17));
			r.getCell(0).setCellStyle(tanggal);
			r.createCell(1).setCellValue(10_000_000);
			r.getCell(1).setCellStyle(ribuan);
			r.createCell(2).setCellValue(11.0);
			r.createCell(3).setCellValue("Rote");
			Row r2 = s.createRow(3);
			r2.createCell(1).setCellValue(12.5);
			r2.createCell(3).setCellValue("  Sabu ");
			wb.write(keluar);
			isi = keluar.toByteArray();
		}
		List<LembarMasuk.Baris> baris = baca(isi);
		assertThat(baris).hasSize(3);
		assertThat(baris.get(0).sel()).containsExactly("Tanggal", "Harga", "", "Asal");
		assertThat(baris.get(1).nomor()).isEqualTo(3);
		assertThat(baris.get(1).sel()).containsExactly("2025-03-17", "10000000", "11", "Rote");
		assertThat(baris.get(2).sel()).containsExactly("", "12.5", "", "Sabu");
	}

	@Test
	void aFileThatIsNoSheetIsRefusedWithA400() throws IOException {
		byte[] pdf = "%PDF-1.7\n%\u00e2\u00e3\n1 0 obj\n".getBytes(StandardCharsets.ISO_8859_1);
		byte[] png = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13 };
		byte[] utf16 = "tanggal;harga\n".getBytes(StandardCharsets.UTF_16LE);
		// a zip that is no workbook
		ByteArrayOutputStream zip = new ByteArrayOutputStream();
		try (var z = new java.util.zip.ZipOutputStream(zip)) {
			z.putNextEntry(new java.util.zip.ZipEntry("harga.txt"));
			z.write("tanggal;harga".getBytes(StandardCharsets.UTF_8));
		}
		for (byte[] bukan : List.of(pdf, png, utf16, zip.toByteArray())) {
			assertThatThrownBy(() -> baca(bukan)).isInstanceOfSatisfying(PermintaanDitolakException.class, e -> {
				assertThat(e.status()).isEqualTo(HttpStatus.BAD_REQUEST);
				assertThat(e.kodePesan()).isEqualTo("ekspor.lembar.bukan-lembar");
			});
		}
	}

	@Test
	void moreRowsThanAllowedAreRefusedBeforeTheRestIsRead() {
		StringBuilder teks = new StringBuilder("pasar;harga\n");
		for (int i = 0; i < 20; i++) {
			teks.append("Oeba;").append(45_000 + i).append('\n');
		}
		List<LembarMasuk.Baris> dibaca = new ArrayList<>();
		assertThatThrownBy(() -> LembarMasuk.baca(new ByteArrayInputStream(teks.toString().getBytes(StandardCharsets.UTF_8)), 10, dibaca::add))
			.isInstanceOfSatisfying(PermintaanDitolakException.class, e -> assertThat(e.kodePesan()).isEqualTo("ekspor.lembar.terlalu-banyak"));
		assertThat(dibaca).hasSize(10);
	}
}
