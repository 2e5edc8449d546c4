package id.kotacerdas.evaluasi.internal;

import static id.kotacerdas.evaluasi.internal.EvaluasiBundelTests.baris;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import id.kotacerdas.IntegrationTest;
import id.kotacerdas.akun.internal.StafUji;
import id.kotacerdas.berkas.PdfContoh;
import id.kotacerdas.masterplan.RegisterMasterplan;

/**
 * The IETPD bundle (every IETPD indicator of the layout's programmes, each with its source or its verified proof, the proof
 * in the ZIP) and the 2023 impact-survey sample lists of the Kominfo self-assessment (rows entered as layout data, each
 * with its source document; a row with a person's number or an unknown column is refused). Years of their own: 2022 for
 * IETPD, 2023 and 2024 for the samples.
 */
@IntegrationTest
class IetpdDanSampelSurveiTests {

	static final Set<String> PROGRAM_IETPD = Set.of("etpd-pendapatan", "etpd-belanja", "etpd-tp2dd", "qris", "umkm-dilatih");

	@Autowired
	MockMvc mvc;

	@Autowired
	StafUji staf;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	RegisterMasterplan masterplan;

	private RequestPostProcessor kominfo() {
		return user(staf.adminKominfo()).roles("ADMIN_KOMINFO");
	}

	private byte[] unduh(String jalur) throws Exception {
		return mvc.perform(get(jalur).with(kominfo())).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
	}

	@Test
	void theIetpdBundleHasEveryIetpdIndicatorWithItsSourceOrItsProofAndTheZipHoldsTheProof() throws Exception {
		int tahun = 2022;
		String bapenda = staf.adminOpd("Bapenda");
		// Bapenda enters the share of revenue received electronically with its proof; Kominfo verifies it
		byte[] laporan = PdfContoh.halaman("Laporan realisasi PAD nontunai Kota Kupang 2022", List.of("Pajak dan retribusi nontunai: 41 persen"));
		mvc.perform(multipart("/staf/masterplan/isian").file(new MockMultipartFile("bukti", "realisasi-pad-2022.pdf", "application/pdf", laporan))
			.param("indikator", "etpd-realisasi-pendapatan").param("tahun", "2022").param("angka", "41").param("tanggal", "2023-01-16")
			.param("catatan", "Rekap Bapenda").param("nik", "5371041203870002")
			.with(user(bapenda).roles("ADMIN_OPD")).with(csrf())).andExpect(status().is3xxRedirection());
		long id = jdbc.sql("""
				select n.id from masterplan.nilai_isian n join masterplan.indikator i on i.id = n.indikator_id
				where i.kode = 'etpd-realisasi-pendapatan' and n.tahun = 2022""").query(Long.class).single();
		mvc.perform(post("/staf/masterplan/isian/" + id + "/verifikasi").with(kominfo()).with(csrf())).andExpect(status().is3xxRedirection());
		Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> "TERVERIFIKASI"
			.equals(jdbc.sql("select status from masterplan.nilai_isian where id = ?").param(id).query(String.class).single()));

		// the indicators the IETPD layout asks for, as the register has them
		List<RegisterMasterplan.Program> program = masterplan.untukTahun(tahun).dimensi().stream().flatMap(d -> d.elemen().stream())
			.flatMap(e -> e.program().stream()).filter(p -> PROGRAM_IETPD.contains(p.kode())).toList();
		List<String> nama = program.stream().flatMap(p -> p.indikator().stream()).map(RegisterMasterplan.Butir::nama).toList();
		assertThat(program).hasSize(PROGRAM_IETPD.size());
		assertThat(nama).hasSizeGreaterThanOrEqualTo(7);

		try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(unduh("/staf/evaluasi/ietpd/" + tahun + ".xlsx")))) {
			assertThat(wb.getSheetAt(0).getSheetName()).isEqualTo("Pendapatan Daerah");
			List<List<String>> semua = new java.util.ArrayList<>();
			for (String lembar : List.of("Pendapatan Daerah", "Belanja Daerah", "Ekosistem Pendukung")) {
				List<List<String>> b = baris(wb.getSheet(lembar));
				List<String> kepala = b.stream().filter(r -> r.contains("Indikator") && r.contains("Sumber")).findFirst().orElseThrow();
				int kIndikator = kepala.indexOf("Indikator");
				int kCapaian = kepala.indexOf("Capaian");
				int kBukti = kepala.indexOf("Bukti dukung");
				int kSumber = kepala.indexOf("Sumber");
				for (List<String> r : b.stream().filter(r -> r.size() > kSumber && !r.equals(kepala) && !r.get(kIndikator).isBlank()).toList()) {
					semua.add(List.of(r.get(kIndikator), r.get(kCapaian), r.get(kBukti), r.get(kSumber)));
				}
			}
			assertThat(semua).extracting(r -> r.get(0)).containsExactlyInAnyOrderElementsOf(nama);
			// every figure names its module or its verified proof; an indicator without a verified value says so and shows no figure
			assertThat(semua).allSatisfy(r -> {
				assertThat(r.get(3)).matches("Modul .*|Diisi .*|Belum ada nilai terverifikasi");
				if (r.get(3).equals("Belum ada nilai terverifikasi")) {
					assertThat(r.get(1)).isBlank();
				}
			});
			List<String> pendapatan = semua.stream().filter(r -> r.get(0).equals("Penerimaan pajak dan retribusi daerah yang diterima nontunai")).findFirst()
				.orElseThrow();
			assertThat(pendapatan.get(1)).isEqualTo("41");
			assertThat(pendapatan.get(3)).startsWith("Diisi " + bapenda).contains("16 Januari 2023").doesNotContain("WITA WITA");
			assertThat(pendapatan.get(2)).isEqualTo("etpd-realisasi-pendapatan-bukti-1.pdf");
			assertThat(semua.stream().filter(r -> r.get(0).equals("UMKM pengguna QRIS")).findFirst().orElseThrow().get(3)).startsWith("Modul umkm");
		}
		try (PDDocument dok = Loader.loadPDF(unduh("/staf/evaluasi/ietpd/" + tahun + ".pdf"))) {
			String teks = new PDFTextStripper().getText(dok).replaceAll("\\s+", "");
			assertThat(nama).allSatisfy(n -> assertThat(teks).contains(n.replaceAll("\\s+", "")));
		}
		Map<String, byte[]> isi = new HashMap<>();
		try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(unduh("/staf/evaluasi/ietpd/" + tahun + ".zip")))) {
			for (ZipEntry e; (e = zip.getNextEntry()) != null;) {
				isi.put(e.getName(), zip.readAllBytes());
			}
		}
		String map = "Pendapatan Daerah/" + PenulisBundel.segmen("etpd-realisasi-pendapatan Penerimaan pajak dan retribusi daerah yang diterima nontunai") + "/";
		assertThat(isi).containsOnlyKeys(map + "etpd-realisasi-pendapatan-bukti-1.pdf");
		assertThat(isi.get(map + "etpd-realisasi-pendapatan-bukti-1.pdf")).isEqualTo(laporan);
	}

	@Test
	void theKominfoSelfAssessmentFrom2023ListsTheImpactSurveySamplesEachWithItsSource() throws Exception {
		try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(unduh("/staf/evaluasi/kominfo/2023.xlsx")))) {
			List<List<String>> b = baris(wb.getSheet("Sampel Survei Dampak 2023"));
			List<String> kepala = b.stream().filter(r -> r.contains("Kelompok responden")).findFirst().orElseThrow();
			int kJumlah = kepala.indexOf("Jumlah sampel");
			int kSumber = kepala.indexOf("Sumber");
			List<List<String>> data = b.stream().filter(r -> r.size() > kSumber && !r.equals(kepala) && !r.get(kJumlah).isBlank()).toList();
			assertThat(data).hasSize(8);
			assertThat(data).allSatisfy(r -> {
				assertThat(Integer.parseInt(r.get(kJumlah))).isPositive();
				assertThat(r.get(kSumber)).startsWith("Laporan Survei Dampak Kota Cerdas Kota Kupang 2023");
			});
			// sections by dimension, as the assessors' form groups them
			assertThat(b.stream().filter(r -> r.size() == 1).map(r -> r.get(0)).toList()).contains("Smart Governance", "Smart Economy", "Smart Living",
					"Smart Society");
			assertThat(wb.getSheet("Program dan Indikator")).isNotNull();
		}
		// the 2022 form had no survey sheet
		try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(unduh("/staf/evaluasi/kominfo/2022.xlsx")))) {
			assertThat(wb.getSheet("Sampel Survei Dampak 2023")).isNull();
		}
	}

	/** Each refused row alone (the upload page shows the first problem of the file), with the reason a person reads. */
	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			{ kelompok-responden: "Warga pelapor", jumlah-sampel: 12, metode: "Telepon", sumber: "Laporan survei", kelurahan: "Oebobo 0812-3456-7890" } | kolom kelurahan memuat nomor seperti NIK atau nomor telepon
			{ kelompok-responden: "Pengguna Wi-Fi", jumlah-sampel: 5, metode: "Intercept", sumber: "Laporan survei", nama-responden: "Yakobus Lay" } | kolom nama-responden tidak dikenal
			{ kelompok-responden: "Pengguna Wi-Fi", jumlah-sampel: 0, metode: "Intercept", sumber: "Laporan survei" } | jumlah sampel harus bilangan bulat lebih dari 0
			{ kelompok-responden: "UMKM", jumlah-sampel: 30, metode: "Wawancara" } | sumber wajib diisi
			""")
	void aSampleRowWithAPersonsNumberOrAColumnForAPersonOrWithoutItsSourceIsRefusedAndNothingIsStored(String baris, String alasan) throws Exception {
		String tata = """
				judul: "Uji"
				lembar:
				  - nama: "Sampel"
				    judul: "Sampel {tahun}"
				    sumber: sampel-survei
				    parameter:
				      baris:
				        - { kelompok-responden: "Warga", jumlah-sampel: 40, metode: "Telepon", sumber: "Laporan survei 2023" }
				        - %s
				    kolom:
				      - { judul: "Kelompok", isi: kelompok-responden }
				""".formatted(baris);
		int sebelum = jdbc.sql("select count(*) from evaluasi.tata_letak").query(Integer.class).single();
		String halaman = mvc.perform(multipart("/staf/evaluasi/tata-letak")
			.file(new MockMultipartFile("berkas", "kominfo-2024.yaml", "application/yaml", tata.getBytes(StandardCharsets.UTF_8)))
			.param("kode", "kominfo").param("tahun", "2024").with(kominfo()).with(csrf()))
			.andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
		assertThat(halaman).contains("Baris sampel ke-2: " + alasan);
		assertThat(jdbc.sql("select count(*) from evaluasi.tata_letak").query(Integer.class).single()).isEqualTo(sebelum);
	}
}
