package id.kotacerdas.armada.kendaraan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import id.kotacerdas.IntegrationTest;
import id.kotacerdas.akun.internal.StafUji;
import id.kotacerdas.armada.pelacakan.PosisiOsmAndTests;
import id.kotacerdas.platform.Peran;
import id.kotacerdas.ekspor.FormatEkspor;

@IntegrationTest
class StafArmadaHalamanTests {

	private static final AtomicInteger NOMOR = new AtomicInteger(5000);

	@Autowired
	MockMvc mvc;

	@Autowired
	StafUji staf;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	tools.jackson.databind.ObjectMapper json;

	private static RequestPostProcessor sebagai(String username, Peran peran) {
		return user(username).roles(peran.name());
	}

	private long jumlahKendaraan() {
		return jdbc.sql("SELECT count(*) FROM armada.kendaraan").query(Long.class).single();
	}

	@Test
	void theRegisterFormCreatesAndRejects() throws Exception {
		var admin = sebagai(staf.adminOpd("Dishub"), Peran.ADMIN_OPD);
		int n = NOMOR.incrementAndGet();
		mvc.perform(get("/staf/armada/kendaraan/baru").with(admin)).andExpect(status().isOk())
			.andExpect(content().string(containsString("Kapasitas tangki")));
		mvc.perform(post("/staf/armada/kendaraan/baru").with(admin).with(csrf())
			.param("nomorPolisi", "DH " + n + " HB").param("trackerId", "form-" + n).param("opdId", String.valueOf(staf.opdId("Dishub")))
			.param("jenisBbm", "PERTAMAX").param("kapasitasTangki", "55").param("normaKmPerLiter", "9.5").param("cc", "")
			.param("golongan", "JABATAN").param("kondisi", "BAIK").param("status", "AKTIF").param("jatuhTempoPajak", "2026-12-01"))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/staf/armada"));
		mvc.perform(get("/staf/armada").with(admin)).andExpect(status().isOk())
			.andExpect(content().string(containsString("DH " + n + " HB")));

		long sebelum = jumlahKendaraan();
		mvc.perform(post("/staf/armada/kendaraan/baru").with(admin).with(csrf())
			.param("nomorPolisi", "BUKAN PLAT NOMOR").param("trackerId", "form-x" + n).param("opdId", String.valueOf(staf.opdId("Dishub")))
			.param("jenisBbm", "PERTAMAX").param("kapasitasTangki", "55").param("normaKmPerLiter", "9.5"))
			.andExpect(status().isOk())
			// both broken rules, in a fixed order
			.andExpect(content().string(containsString("Tulis nomor polisi seperti DH 1234 KP.")));
		// another agency's vehicle: refused, shown on the form
		mvc.perform(post("/staf/armada/kendaraan/baru").with(admin).with(csrf())
			.param("nomorPolisi", "DH " + n + " HC").param("trackerId", "form-y" + n).param("opdId", String.valueOf(staf.opdId("DLHK")))
			.param("jenisBbm", "PERTAMAX").param("kapasitasTangki", "55").param("normaKmPerLiter", "9.5"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("tidak berwenang")));
		assertThat(jumlahKendaraan()).isEqualTo(sebelum);

		mvc.perform(get("/staf/armada").with(sebagai(staf.petugasTrc("Dishub"), Peran.PETUGAS_TRC))).andExpect(status().isForbidden());
		mvc.perform(get("/staf/armada/peta").with(admin)).andExpect(status().isOk())
			.andExpect(content().string(containsString("/staf/armada/peta/aliran")));
	}

	@Test
	void emptyOptionalFieldsAreOptional() throws Exception {
		var admin = sebagai(staf.adminOpd("Dishub"), Peran.ADMIN_OPD);
		int n = NOMOR.incrementAndGet();
		// what a browser sends for a form with only the required fields filled in
		var kirim = post("/staf/armada/kendaraan/baru").with(admin).with(csrf());
		for (String f : new String[] { "merek", "tipe", "nomorRangka", "nomorMesin", "nomorBpkb", "asalPerolehan", "namaPemegang",
				"nipPemegang", "cc", "tahunPembuatan", "hargaPerolehan", "kuotaRupiahBulanan", "kuotaLiterBulanan", "jatuhTempoStnk",
				"jatuhTempoPajak" }) {
			kirim.param(f, "");
		}
		mvc.perform(kirim.param("nomorPolisi", "DH " + n + " KS").param("trackerId", "kosong-" + n)
			.param("opdId", String.valueOf(staf.opdId("Dishub"))).param("jenisBbm", "SOLAR").param("kapasitasTangki", "60")
			.param("normaKmPerLiter", "8").param("golongan", "OPERASIONAL").param("kondisi", "BAIK").param("status", "AKTIF"))
			.andExpect(status().is3xxRedirection());
		assertThat(jdbc.sql("SELECT nip_pemegang IS NULL AND merek IS NULL FROM armada.kendaraan WHERE tracker_id = ?")
			.param("kosong-" + n).query(Boolean.class).single()).isTrue();
	}

	@Test
	void aRefusedFormKeepsWhatWasTypedWithEachProblemUnderItsField() throws Exception {
		var admin = sebagai(staf.adminOpd("Dishub"), Peran.ADMIN_OPD);
		int n = NOMOR.incrementAndGet();
		long sebelum = jumlahKendaraan();
		String html = mvc.perform(post("/staf/armada/kendaraan/baru").with(admin).with(csrf())
			.param("nomorPolisi", "DH " + n + " KT").param("trackerId", "ketik-" + n).param("opdId", String.valueOf(staf.opdId("Dishub")))
			.param("jenisBbm", "SOLAR").param("kapasitasTangki", "1e15").param("normaKmPerLiter", "1e1000000")
			.param("merek", "Toyota Hilux").param("nipPemegang", "19800101").param("cc", "dua ribu").param("tahunPembuatan", "2019")
			.param("namaPemegang", "Yohanis Bria").param("kondisi", "RUSAK_RINGAN").param("jatuhTempoPajak", "2027-02-30"))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(jumlahKendaraan()).isEqualTo(sebelum);
		// everything typed is still there, the unreadable included
		assertThat(html).contains("value=\"DH " + n + " KT\"", "value=\"ketik-" + n + "\"", "value=\"1e15\"", "value=\"1e1000000\"",
				"value=\"Toyota Hilux\"", "value=\"19800101\"", "value=\"dua ribu\"", "value=\"2019\"", "value=\"Yohanis Bria\"",
				"value=\"2027-02-30\"", "value=\"RUSAK_RINGAN\" selected", "value=\"SOLAR\" selected");
		// in plain words, beside the field, never an internal name
		assertThat(html).contains("id=\"galat-nipPemegang\">Bukan NIP yang sah: periksa lagi 18 angkanya",
				"id=\"galat-kapasitasTangki\">Paling banyak 5 angka sebelum koma dan 2 angka sesudahnya.",
				"id=\"galat-normaKmPerLiter\">Paling banyak 4 angka sebelum koma dan 2 angka sesudahnya.",
				"id=\"galat-cc\">Isian ini tidak dapat dibaca; tulis angka atau tanggal yang sah.",
				"id=\"galat-jatuhTempoPajak\">Isian ini tidak dapat dibaca", "aria-describedby=\"galat-nipPemegang\"",
				"Ada 5 isian yang perlu diperbaiki");
		String teks = html.replaceAll("(?s)<[^>]*>", " ");
		assertThat(teks).doesNotContain("nipPemegang", "kapasitasTangki", "normaKmPerLiter", "jatuhTempoPajak", "must", "typeMismatch");
	}

	@Test
	void theRegisterRoundTripsThroughXlsxAllOrNothing() throws Exception {
		var admin = sebagai(staf.adminKominfo(), Peran.ADMIN_KOMINFO);
		int n = NOMOR.incrementAndGet();
		byte[] kosong = mvc.perform(get("/staf/armada/kendaraan.xlsx").with(admin))
			.andExpect(status().isOk())
			.andExpect(content().contentType(FormatEkspor.XLSX.jenisIsi()))
			.andReturn().getResponse().getContentAsByteArray();
		byte[] impor;
		try (Workbook wb = new XSSFWorkbook(new ByteArrayInputStream(kosong))) {
			Sheet s = wb.getSheetAt(0);
			Row r = s.createRow(s.getLastRowNum() + 1);
			String[] nilai = { "DH " + n + " XL", "xlsx-" + n, "DLHK", "MHF123", "1NZ999", "BPKB-1", "Mitsubishi", "Colt Diesel", "3908",
					"2018", "350000000", "Hibah provinsi", "Operasional", "Solar", "100", "6", "400", "2720000", "198001012005011002",
					"Paulus Lay", "Baik", "Aktif", "2027-01-31", "2026-12-31" };
			for (int i = 0; i < nilai.length; i++) {
				r.createCell(i).setCellValue(nilai[i]);
			}
			impor = tulis(wb);
			// a second copy with one broken row must import nothing at all
			Row salah = s.createRow(s.getLastRowNum() + 1);
			salah.createCell(0).setCellValue("DH " + n + " XM");
			salah.createCell(1).setCellValue("xlsx-b" + n);
			salah.createCell(2).setCellValue("DLHK");
			salah.createCell(13).setCellValue("AVTUR");
			byte[] rusak = tulis(wb);
			long sebelum = jumlahKendaraan();
			mvc.perform(multipart("/staf/armada/kendaraan/impor").file(new MockMultipartFile("berkas", "k.xlsx", null, rusak)).with(admin).with(csrf()))
				.andExpect(status().isBadRequest());
			assertThat(jumlahKendaraan()).isEqualTo(sebelum);
		}
		mvc.perform(multipart("/staf/armada/kendaraan/impor").file(new MockMultipartFile("berkas", "k.xlsx", null, impor)).with(admin).with(csrf()))
			.andExpect(status().is3xxRedirection());
		var baris = jdbc.sql("SELECT jenis_bbm || '/' || kapasitas_tangki || '/' || nip_pemegang || '/' || jatuh_tempo_pajak FROM armada.kendaraan WHERE tracker_id = ?")
			.param("xlsx-" + n).query(String.class).single();
		assertThat(baris).isEqualTo("SOLAR/100.00/198001012005011002/2026-12-31");
		mvc.perform(multipart("/staf/armada/kendaraan/impor").file(new MockMultipartFile("berkas", "k.txt", null, "bukan".getBytes())).with(admin).with(csrf()))
			.andExpect(status().isBadRequest());

		byte[] ekspor = mvc.perform(get("/staf/armada/kendaraan.xlsx").with(admin)).andReturn().getResponse().getContentAsByteArray();
		try (Workbook wb = new XSSFWorkbook(new ByteArrayInputStream(ekspor))) {
			boolean ada = false;
			for (Row r : wb.getSheetAt(0)) {
				if (("DH " + n + " XL").equals(r.getCell(0).getStringCellValue())) {
					ada = true;
					assertThat(r.getCell(2).getStringCellValue()).isEqualTo("DLHK");
					assertThat(r.getCell(14).getNumericCellValue()).isEqualTo(100.0);
				}
			}
			assertThat(ada).isTrue();
		}
	}

	@Test
	void theMonthlyReportAndItsXlsx() throws Exception {
		int n = NOMOR.incrementAndGet();
		long id = PosisiOsmAndTests.daftarkan(mvc, json, staf.opdId("Dishub"), "DH " + n + " LP", "laporan-" + n);
		var pimpinan = sebagai(staf.pengguna(Peran.PIMPINAN, null, null), Peran.PIMPINAN);
		mvc.perform(get("/staf/armada/laporan").param("bulan", "2026-11").with(pimpinan))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Laporan BBM November 2026")))
			.andExpect(content().string(containsString("DH " + n + " LP")))
			.andExpect(content().string(not(containsString("??"))));
		mvc.perform(get("/staf/armada/kendaraan/{id}/riwayat", id).param("tanggal", "2026-11-22").with(pimpinan))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Riwayat perjalanan DH " + n + " LP")))
			.andExpect(content().string(containsString("dari=2026-11-22")));
		byte[] xlsx = mvc.perform(get("/staf/armada/laporan.xlsx").param("bulan", "2026-11").with(pimpinan))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsByteArray();
		try (Workbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			// the header on row 4, under the title and the generation time
			assertThat(wb.getSheetAt(0).getRow(3).getCell(4).getStringCellValue()).isEqualTo("Liter");
			assertThat(wb.getNumberOfSheets()).isEqualTo(2);
		}
		mvc.perform(get("/staf/armada/laporan").param("bulan", "November").with(pimpinan)).andExpect(status().isBadRequest());
	}

	private static byte[] tulis(Workbook wb) throws Exception {
		var out = new ByteArrayOutputStream();
		wb.write(out);
		return out.toByteArray();
	}
}
