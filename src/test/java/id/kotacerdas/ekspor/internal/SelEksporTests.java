package id.kotacerdas.ekspor.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SelEksporTests {

	@ParameterizedTest
	@ValueSource(strings = { "=HYPERLINK(\"http://x\",\"klik\")", "+1+1", "-2+3", "@SUM(A1)", "\t=1", "\r=1" })
	void textASpreadsheetWouldRunIsKeptAsText(String teks) throws Exception {
		assertThat(SelEkspor.csv(teks)).isEqualTo("'" + teks);
		byte[] xlsx;
		try (XSSFWorkbook buku = new XSSFWorkbook(); ByteArrayOutputStream keluar = new ByteArrayOutputStream()) {
			Sheet lembar = buku.createSheet("x");
			SelEkspor.teks(lembar.createRow(0).createCell(0), teks);
			SelEkspor.teks(lembar.getRow(0).createCell(1), teks);
			buku.write(keluar);
			xlsx = keluar.toByteArray();
			assertThat(buku.getNumCellStyles()).as("one shared style").isEqualTo(2);
		}
		try (XSSFWorkbook buku = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			var sel = buku.getSheetAt(0).getRow(0).getCell(0);
			// unchanged text, flagged so Excel never evaluates it, even after an edit
			assertThat(sel.getStringCellValue()).isEqualTo(teks);
			assertThat(sel.getCellStyle().getQuotePrefixed()).isTrue();
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "Dinas Lingkungan Hidup", "2026-01", "", "Sampah = banyak" })
	void ordinaryTextAndNumbersAreUntouched(String teks) throws Exception {
		assertThat(SelEkspor.csv(teks)).isEqualTo(teks);
		assertThat(SelEkspor.csv(-5)).isEqualTo(-5);
		try (XSSFWorkbook buku = new XSSFWorkbook()) {
			var sel = buku.createSheet("x").createRow(0).createCell(0);
			SelEkspor.teks(sel, teks);
			assertThat(sel.getCellStyle().getQuotePrefixed()).isFalse();
		}
	}
}
