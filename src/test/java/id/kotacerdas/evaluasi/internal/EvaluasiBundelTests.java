package id.kotacerdas.evaluasi.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import id.kotacerdas.IntegrationTest;
import id.kotacerdas.akun.internal.StafUji;
import id.kotacerdas.berkas.PdfContoh;
import id.kotacerdas.masterplan.RegisterMasterplan;
import id.kotacerdas.platform.Indikator;

/**
 * The bundles as an assessor opens them: XLSX read back with POI, PDF with PDFBox, the ZIP entry by entry — every
 * indicator row is there with its source or its proof; a changed layout file changes the output with no code; bad
 * assessments are refused with 400 and store nothing. Each test uses a year of its own (the tests share one database).
 */
@IntegrationTest
class EvaluasiBundelTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	StafUji staf;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	SpbeRepository spbe;

	@Autowired
	List<Indikator> indikator;

	@Autowired
	RegisterMasterplan masterplan;

	private RequestPostProcessor kominfo() {
		return user(staf.adminKominfo()).roles("ADMIN_KOMINFO");
	}

	private MockMultipartHttpServletRequestBuilder nilai(int tahun, int nomor, String tingkat, String penjelasan) {
		MockMultipartHttpServletRequestBuilder b = multipart("/staf/evaluasi/spbe/" + tahun + "/" + nomor);
		b.param("tingkat", tingkat).param("penjelasan", penjelasan);
		return b;
	}

	private static MockMultipartFile pdf(String nama, String judul) {
		return new MockMultipartFile("berkas", nama, "application/pdf", PdfContoh.halaman(judul));
	}

	private byte[] unduh(String jalur, RequestPostProcessor siapa) throws Exception {
		return mvc.perform(get(jalur).with(siapa)).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
	}

	/** Every row of a sheet as its cells' text, as a reader of the sheet sees them. */
	static List<List<String>> baris(Sheet s) {
		DataFormatter f = new DataFormatter();
		List<List<String>> hasil = new ArrayList<>();
		for (Row r : s) {
			List<String> sel = new ArrayList<>();
			for (int k = 0; k < r.getLastCellNum(); k++) {
				Cell c = r.getCell(k);
				sel.add(c == null ? "" : f.formatCellValue(c));
			}
			hasil.add(sel);
		}
		return hasil;
	}

	private static String tanpaSpasi(String s) {
		return s.replaceAll("\\s+", "");
	}

	@Test
	void theSpbeBundleHasEveryIndicatorWithItsProofInXlsxAndPdfAndTheZipHoldsTheEvidence() throws Exception {
		int tahun = 2021;
		RequestPostProcessor kominfo = kominfo();
		MockMultipartFile perwali = pdf("Perwali 12 2021 Arsitektur SPBE.pdf", "Perwali Nomor 12 Tahun 2021");
		MockMultipartFile sk = pdf("SK Tim Koordinasi.pdf", "SK Wali Kota Tim Koordinasi SPBE");
		mvc.perform(nilai(tahun, 1, "3", "Arsitektur SPBE ditetapkan dengan Perwali.").file(perwali).file(sk).with(kominfo).with(csrf()))
			.andExpect(status().is3xxRedirection());
		mvc.perform(nilai(tahun, 14, "0", "Belum ada inovasi proses bisnis.").with(kominfo).with(csrf())).andExpect(status().is3xxRedirection());

		List<SpbeRepository.IndikatorSpbe> semua = spbe.indikator();
		assertThat(semua).hasSize(47);

		// XLSX: one row per indicator, each with a source; the assessed one with its level and both evidence files
		try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(unduh("/staf/evaluasi/spbe/" + tahun + ".xlsx", kominfo)))) {
			Sheet s = wb.getSheet("Indikator SPBE");
			assertThat(s).isNotNull();
			List<List<String>> baris = baris(s);
			List<String> kepala = baris.stream().filter(b -> b.contains("Indikator") && b.contains("Bukti dukung")).findFirst().orElseThrow();
			int kNomor = kepala.indexOf("No.");
			int kTingkat = kepala.indexOf("Tingkat (0–5)");
			int kBukti = kepala.indexOf("Bukti dukung");
			int kSumber = kepala.indexOf("Sumber");
			Map<String, List<String>> perNomor = new HashMap<>();
			baris.stream().filter(b -> b.size() > kSumber && b.get(kNomor).matches("\\d+")).forEach(b -> perNomor.put(b.get(kNomor), b));
			assertThat(perNomor).hasSize(47);
			for (SpbeRepository.IndikatorSpbe i : semua) {
				List<String> b = perNomor.get(String.valueOf(i.nomor()));
				assertThat(b).as("indicator %d", i.nomor()).contains(i.nama());
				assertThat(b.get(kSumber)).as("source of %d", i.nomor()).isNotBlank();
			}
			assertThat(perNomor.get("1").get(kTingkat)).isEqualTo("3");
			assertThat(perNomor.get("1").get(kBukti)).contains("Perwali 12 2021 Arsitektur SPBE.pdf", "SK Tim Koordinasi.pdf");
			assertThat(perNomor.get("1").get(kSumber)).startsWith("Penilaian mandiri Dinas Kominfo");
			assertThat(perNomor.get("14").get(kTingkat)).isEqualTo("0");
			assertThat(perNomor.get("2").get(kSumber)).isEqualTo("Belum dinilai");
			// sections by domain, in the regulation's order
			assertThat(baris.stream().map(b -> b.isEmpty() ? "" : b.get(0)).filter(v -> v.endsWith("SPBE") && !v.contains("Pemerintah")).toList())
				.containsSubsequence("Kebijakan Internal SPBE", "Tata Kelola SPBE", "Manajemen SPBE", "Layanan SPBE");
		}

		// PDF: the same rows
		try (PDDocument dok = Loader.loadPDF(unduh("/staf/evaluasi/spbe/" + tahun + ".pdf", kominfo))) {
			String teks = tanpaSpasi(new PDFTextStripper().getText(dok));
			for (SpbeRepository.IndikatorSpbe i : semua) {
				assertThat(teks).as("indicator %d in the PDF", i.nomor()).contains(tanpaSpasi(i.nama()));
			}
			assertThat(teks).contains(tanpaSpasi("Perwali 12 2021 Arsitektur SPBE.pdf"), tanpaSpasi("Penilaian mandiri Dinas Kominfo"),
					tanpaSpasi("Belum dinilai"));
		}

		// ZIP: the evidence files themselves, named by sheet and row
		Map<String, byte[]> isi = new HashMap<>();
		try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(unduh("/staf/evaluasi/spbe/" + tahun + ".zip", kominfo)))) {
			for (ZipEntry e; (e = zip.getNextEntry()) != null;) {
				isi.put(e.getName(), zip.readAllBytes());
			}
		}
		String map = "Indikator SPBE/" + PenulisBundel.segmen("1 " + semua.get(0).nama()) + "/";
		assertThat(isi.keySet()).containsExactlyInAnyOrder(map + "Perwali 12 2021 Arsitektur SPBE.pdf", map + "SK Tim Koordinasi.pdf");
		assertThat(isi.get(map + "SK Tim Koordinasi.pdf")).isEqualTo(sk.getBytes());

		// leadership downloads too; an unknown format is 400
		RequestPostProcessor pimpinan = user(staf.pengguna(id.kotacerdas.platform.Peran.PIMPINAN, null, null)).roles("PIMPINAN");
		assertThat(unduh("/staf/evaluasi/spbe/" + tahun + ".xlsx", pimpinan)).isNotEmpty();
		mvc.perform(get("/staf/evaluasi/spbe/" + tahun + ".docx").with(pimpinan)).andExpect(status().isBadRequest());
	}

	@ParameterizedTest(name = "level {0} with {1} evidence files")
	@CsvSource({ "6,1", "-1,1", "tiga,1", "'',1", "2,0", "5,0" })
	void aLevelOutsideZeroToFiveOrALevelWithoutEvidenceIsRefusedAndNothingIsStored(String tingkat, int jumlahBukti) throws Exception {
		int tahun = 2020;
		int nomor = 20;
		long berkasSebelum = jdbc.sql("select count(*) from berkas.berkas").query(Long.class).single();
		MockMultipartHttpServletRequestBuilder b = nilai(tahun, nomor, tingkat, "Kolaborasi dengan Pemprov NTT.");
		for (int i = 0; i < jumlahBukti; i++) {
			b.file(pdf("bukti-" + i + ".pdf", "Bukti " + i));
		}
		String halaman = mvc.perform(b.with(kominfo()).with(csrf())).andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
		assertThat(halaman).contains(jumlahBukti == 0 ? "memerlukan paling sedikit satu bukti dukung" : "Pilih tingkat kematangan 0 sampai 5");
		assertThat(halaman).as("what was typed is kept").contains("Kolaborasi dengan Pemprov NTT.");
		assertThat(spbe.penilaian(tahun)).doesNotContainKey(nomor);
		assertThat(jdbc.sql("select count(*) from berkas.berkas").query(Long.class).single()).isEqualTo(berkasSebelum);
	}

	@Test
	void anAgencyAdminCannotAssessAndAnAssessmentIsAudited() throws Exception {
		int tahun = 2020;
		String adminOpd = staf.adminOpd("Dukcapil");
		mvc.perform(nilai(tahun, 30, "1", "Audit aplikasi dirintis.").file(pdf("a.pdf", "A")).with(user(adminOpd).roles("ADMIN_OPD")).with(csrf()))
			.andExpect(status().isForbidden());
		mvc.perform(nilai(tahun, 31, "1", "Audit keamanan dirintis oleh BSSN.").file(pdf("laporan-bssn.pdf", "Laporan BSSN")).with(kominfo()).with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(spbe.penilaian(tahun)).doesNotContainKey(30).containsKey(31);
		assertThat(jdbc.sql("select count(*) from audit.catatan where aksi = 'evaluasi.spbe.dinilai' and id_objek = ?").param(tahun + "/31")
			.query(Long.class).single()).isEqualTo(1);
	}

	@Test
	void aChangedLayoutFileChangesTheOutputWithoutCode() throws Exception {
		int tahun = 2022;
		RequestPostProcessor kominfo = kominfo();
		try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(unduh("/staf/evaluasi/spbe/" + tahun + ".xlsx", kominfo)))) {
			assertThat(wb.getSheet("Indikator SPBE")).isNotNull();
			assertThat(wb.getSheet("Lembar Uji")).isNull();
		}
		byte[] tataLetak = Files.readAllBytes(Path.of("src/test/resources/evaluasi/tata-letak-uji.yaml"));

		// a broken one first: unknown source and column are refused, nothing stored
		byte[] rusak = new String(tataLetak, java.nio.charset.StandardCharsets.UTF_8).replace("sumber: spbe", "sumber: anggaran")
			.getBytes(java.nio.charset.StandardCharsets.UTF_8);
		String galat = mvc.perform(multipart("/staf/evaluasi/tata-letak").file(new MockMultipartFile("berkas", "rusak.yaml", "text/yaml", rusak))
			.param("kode", "spbe").param("tahun", String.valueOf(tahun)).with(kominfo).with(csrf()))
			.andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
		assertThat(galat).contains("sumber &quot;anggaran&quot; tidak dikenal");
		assertThat(jdbc.sql("select count(*) from evaluasi.tata_letak where kode = 'spbe' and tahun = ?").param(tahun).query(Long.class).single()).isZero();

		mvc.perform(multipart("/staf/evaluasi/tata-letak").file(new MockMultipartFile("berkas", "spbe-2022.yaml", "text/yaml", tataLetak))
			.param("kode", "spbe").param("tahun", String.valueOf(tahun)).with(kominfo).with(csrf())).andExpect(status().is3xxRedirection());

		try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(unduh("/staf/evaluasi/spbe/" + tahun + ".xlsx", kominfo)))) {
			assertThat(wb.getSheet("Indikator SPBE")).isNull();
			Sheet s = wb.getSheet("Lembar Uji");
			List<List<String>> baris = baris(s);
			assertThat(baris.get(0).get(0)).isEqualTo("Formulir SPBE Uji 2022");
			assertThat(baris).contains(List.of("Nomor indikator", "Nama indikator", "Berkas bukti", "Asal data"));
			// sections by aspect now: eight aspects, eight header rows
			assertThat(baris.stream().filter(b -> b.equals(List.of("Nomor indikator", "Nama indikator", "Berkas bukti", "Asal data")))).hasSize(8);
			assertThat(baris.stream().filter(b -> b.size() == 4 && b.get(0).matches("\\d+"))).hasSize(47);
		}
		// an earlier year keeps the shipped layout
		try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(unduh("/staf/evaluasi/spbe/" + (tahun - 1) + ".xlsx", kominfo)))) {
			assertThat(wb.getSheet("Indikator SPBE")).isNotNull();
		}
		// a year without its own layout takes the newest earlier one: the fixture must not become every later year's form
		jdbc.sql("delete from evaluasi.tata_letak where kode = 'spbe' and tahun = ?").param(tahun).update();
	}

	@Test
	void thePekpppAndKominfoBundlesNameTheSourceOfEveryFigure() throws Exception {
		int tahun = 2025;
		RequestPostProcessor kominfo = kominfo();
		try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(unduh("/staf/evaluasi/pekppp/" + tahun + ".xlsx", kominfo)))) {
			List<List<String>> standar = baris(wb.getSheet("Standar Pelayanan"));
			assertThat(standar.stream().filter(b -> b.size() == 5 && b.get(4).startsWith("Standar pelayanan yang diterbitkan"))).isNotEmpty();
			List<List<String>> skm = baris(wb.getSheet("SKM dan Pengaduan"));
			List<List<String>> data = skm.stream().filter(b -> b.size() == 5 && b.get(4).startsWith("Modul ")).toList();
			assertThat(data).extracting(b -> b.get(4).substring(0, b.get(4).indexOf(':')))
				.containsExactly("Modul survei", "Modul survei", "Modul pengaduan", "Modul pengaduan", "Modul pengaduan");
		}
		try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(unduh("/staf/evaluasi/kominfo/" + tahun + ".xlsx", kominfo)))) {
			List<List<String>> b = baris(wb.getSheet("Indikator"));
			long dataBaris = b.stream().filter(r -> r.size() == 6 && r.get(5).startsWith("Modul ")).count();
			assertThat(dataBaris).isEqualTo(indikator.size());

			// the masterplan register: one row per programme indicator, each with its source or its proof (or saying it has no verified value)
			List<RegisterMasterplan.Butir> butir = masterplan.untukTahun(tahun).dimensi().stream().flatMap(d -> d.elemen().stream())
				.flatMap(e -> e.program().stream()).flatMap(p -> p.indikator().stream()).toList();
			assertThat(butir).isNotEmpty();
			List<List<String>> program = baris(wb.getSheet("Program dan Indikator"));
			List<String> kepala = program.stream().filter(r -> r.contains("Program") && r.contains("Sumber")).findFirst().orElseThrow();
			int kIndikator = kepala.indexOf("Indikator");
			int kSumber = kepala.indexOf("Sumber");
			List<List<String>> data = program.stream().filter(r -> r.size() > kSumber && !r.equals(kepala) && !r.get(kIndikator).isBlank()).toList();
			assertThat(data).hasSize(butir.size());
			assertThat(data).allSatisfy(r -> assertThat(r.get(kSumber)).matches("Modul .*|Diisi .*|Belum ada nilai terverifikasi"));
			assertThat(data.stream().map(r -> r.get(kIndikator)).toList()).containsExactlyElementsOf(butir.stream().map(RegisterMasterplan.Butir::nama).toList());
		}
	}

	static boolean adaLibreOffice() {
		return Files.isExecutable(Path.of("/usr/bin/soffice"));
	}

	/** The check "bundles open in LibreOffice": converted headless to CSV, the indicator rows are read back. */
	@Test
	@EnabledIf("adaLibreOffice")
	void libreOfficeOpensTheBundle() throws Exception {
		byte[] xlsx = unduh("/staf/evaluasi/spbe/2021.xlsx", kominfo());
		Path folder = Files.createTempDirectory("evaluasi-lo");
		Path berkas = folder.resolve("spbe-2021.xlsx");
		Files.write(berkas, xlsx);
		Process p = new ProcessBuilder("/usr/bin/soffice", "--headless", "-env:UserInstallation=file://" + folder.resolve("profil"), "--convert-to",
				"csv:Text - txt - csv (StarCalc):44,34,76", "--outdir", folder.toString(), berkas.toString())
			.redirectErrorStream(true)
			.start();
		String keluaran = new String(p.getInputStream().readAllBytes());
		assertThat(p.waitFor(180, TimeUnit.SECONDS)).as(keluaran).isTrue();
		String csv = Files.readString(folder.resolve("spbe-2021.csv"));
		for (SpbeRepository.IndikatorSpbe i : spbe.indikator()) {
			assertThat(csv).as("indicator %d read by LibreOffice", i.nomor()).contains(i.nama());
		}
	}
}
