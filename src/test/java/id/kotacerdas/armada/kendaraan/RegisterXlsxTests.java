package id.kotacerdas.armada.kendaraan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.function.Consumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFFormulaEvaluator;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import id.kotacerdas.IntegrationTest;
import id.kotacerdas.akun.internal.StafUji;
import id.kotacerdas.platform.Peran;

/** Whatever file an administrator uploads as the register, the answer is a 4xx with a reason, or the import. */
@IntegrationTest
class RegisterXlsxTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	StafUji staf;

	@Autowired
	JdbcClient jdbc;

	/** The column headers in Indonesian, as the bundle has them. */
	private static final Properties JUDUL = new Properties();

	static {
		try (var in = new InputStreamReader(RegisterXlsxTests.class.getResourceAsStream("/i18n/armada.properties"), StandardCharsets.UTF_8)) {
			JUDUL.load(in);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "tanpa-lembar", "lembar-kosong", "tanpa-kolom-nomor-polisi", "rumus-galat", "rumus-galat-nomor-polisi",
			"angka-raksasa", "bom-zip", "bukan-zip", "zip-tanpa-buku" })
	void aBrokenWorkbookIsRefusedWithAReasonAndImportsNothing(String kasus) throws Exception {
		long sebelum = jdbc.sql("SELECT count(*) FROM armada.kendaraan").query(Long.class).single();
		MvcResult hasil = mvc.perform(multipart("/staf/armada/kendaraan/impor")
			.file(new MockMultipartFile("berkas", kasus + ".xlsx", null, berkas(kasus)))
			.with(user(staf.adminKominfo()).roles(Peran.ADMIN_KOMINFO.name())).with(csrf()))
			.andReturn();
		assertThat(hasil.getResponse().getStatus()).as(kasus).isEqualTo(400);
		String html = hasil.getResponse().getContentAsString();
		assertThat(html).as(kasus).contains("role=\"alert\"").doesNotContain("??");
		// the reason names the row and the column as the sheet's author sees them
		switch (kasus) {
			case "rumus-galat" -> assertThat(html).contains("baris berikut salah: 2 (O2 #DIV/0!)");
			case "angka-raksasa" -> assertThat(html).contains("2 (Kapasitas tangki (liter): Paling banyak 5 angka sebelum koma");
			case "tanpa-kolom-nomor-polisi" -> assertThat(html).contains("Kolom &#39;Nomor polisi&#39; tidak ditemukan");
			default -> {
			}
		}
		assertThat(jdbc.sql("SELECT count(*) FROM armada.kendaraan").query(Long.class).single()).isEqualTo(sebelum);
	}

	private static byte[] berkas(String kasus) throws Exception {
		return switch (kasus) {
			case "tanpa-lembar" -> tulis(new XSSFWorkbook());
			case "lembar-kosong" -> {
				XSSFWorkbook wb = new XSSFWorkbook();
				wb.createSheet("Kendaraan");
				yield tulis(wb);
			}
			case "tanpa-kolom-nomor-polisi" -> {
				XSSFWorkbook wb = new XSSFWorkbook();
				Sheet s = wb.createSheet("Kendaraan");
				s.createRow(0).createCell(0).setCellValue("Merek");
				s.createRow(1).createCell(0).setCellValue("Toyota");
				yield tulis(wb);
			}
			case "rumus-galat" -> register(r -> r.getCell(14).setCellFormula("1/0"));
			case "rumus-galat-nomor-polisi" -> register(r -> r.getCell(0).setCellFormula("1/0"));
			case "angka-raksasa" -> register(r -> r.getCell(14).setCellValue(1e15));
			case "bom-zip" -> bomZip();
			case "bukan-zip" -> "Nomor polisi;Tracker id\nDH 1 A;x".getBytes(StandardCharsets.UTF_8);
			case "zip-tanpa-buku" -> {
				ByteArrayOutputStream b = new ByteArrayOutputStream();
				try (ZipOutputStream zip = new ZipOutputStream(b)) {
					zip.putNextEntry(new ZipEntry("catatan.txt"));
					zip.write("bukan lembar kerja".getBytes(StandardCharsets.UTF_8));
				}
				yield b.toByteArray();
			}
			default -> throw new IllegalArgumentException(kasus);
		};
	}

	/** A register sheet with one good row, changed by {@code ubah}. */
	private static byte[] register(Consumer<Row> ubah) throws Exception {
		XSSFWorkbook wb = new XSSFWorkbook();
		Sheet s = wb.createSheet("Kendaraan");
		Row kepala = s.createRow(0);
		for (RegisterXlsx.Kolom k : RegisterXlsx.Kolom.values()) {
			kepala.createCell(k.ordinal()).setCellValue(JUDUL.getProperty(k.kode()));
		}
		Row r = s.createRow(1);
		String[] nilai = { "DH 7001 RZ", "xlsx-rusak-" + System.nanoTime(), "DLHK", "", "", "", "Isuzu", "Elf", "2771", "2019", "",
				"", "Operasional", "Solar", "70", "7", "", "", "", "", "Baik", "Aktif", "", "" };
		for (int i = 0; i < nilai.length; i++) {
			r.createCell(i).setCellValue(nilai[i]);
		}
		ubah.accept(r);
		// cache every formula's result, as Excel does when it saves: =1/0 is kept as #DIV/0!
		XSSFFormulaEvaluator.evaluateAllFormulaCells(wb);
		return tulis(wb);
	}

	/** A valid register whose sheet inflates from a few hundred kilobytes to 300 MB. */
	private static byte[] bomZip() throws Exception {
		byte[] asli = register(r -> {
		});
		ByteArrayOutputStream b = new ByteArrayOutputStream();
		try (ZipInputStream masuk = new ZipInputStream(new ByteArrayInputStream(asli)); ZipOutputStream keluar = new ZipOutputStream(b)) {
			for (ZipEntry e; (e = masuk.getNextEntry()) != null;) {
				keluar.putNextEntry(new ZipEntry(e.getName()));
				if (e.getName().equals("xl/worksheets/sheet1.xml")) {
					String xml = new String(masuk.readAllBytes(), StandardCharsets.UTF_8);
					int i = xml.indexOf("<sheetData>") + "<sheetData>".length();
					keluar.write(xml.substring(0, i).getBytes(StandardCharsets.UTF_8));
					byte[] kosong = new byte[1 << 20];
					java.util.Arrays.fill(kosong, (byte) ' ');
					for (int m = 0; m < 300; m++) {
						keluar.write(kosong);
					}
					keluar.write(xml.substring(i).getBytes(StandardCharsets.UTF_8));
				}
				else {
					masuk.transferTo(keluar);
				}
			}
		}
		return b.toByteArray();
	}

	private static byte[] tulis(Workbook wb) throws Exception {
		try (wb; ByteArrayOutputStream keluar = new ByteArrayOutputStream()) {
			wb.write(keluar);
			return keluar.toByteArray();
		}
	}
}
