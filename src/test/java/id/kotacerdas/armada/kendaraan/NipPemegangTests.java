package id.kotacerdas.armada.kendaraan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.Optional;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import id.kotacerdas.IntegrationTest;
import id.kotacerdas.akun.internal.StafUji;
import id.kotacerdas.platform.Peran;

/** The holder's NIP on every way into the register: optional, checked as a NIP, stored as its 18 digits. */
@IntegrationTest
class NipPemegangTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	StafUji staf;

	@Autowired
	JdbcClient jdbc;

	private static String akhiran() {
		return String.valueOf(System.nanoTime() % 9000 + 1000);
	}

	private Optional<String> nipTersimpan(String tracker) {
		return jdbc.sql("SELECT coalesce(nip_pemegang, '-') FROM armada.kendaraan WHERE tracker_id = ?").param(tracker).query(String.class).optional();
	}

	private static String isi(String n, String tracker, long opdId, String nip) {
		return """
				{"nomorPolisi":"DH %s NP","trackerId":"%s","opdId":%d,"jenisBbm":"SOLAR","kapasitasTangki":60,"normaKmPerLiter":8.5,
				 "nipPemegang":%s}""".formatted(n, tracker, opdId, nip == null ? "null" : "\"" + nip + "\"");
	}

	@Test
	void theApiStoresAPrintedNipAsItsDigitsAndRefusesAnImpossibleOne() throws Exception {
		String admin = staf.adminKominfo();
		long dishub = staf.opdId("Dishub");
		String n = akhiran();
		mvc.perform(post("/api/armada/kendaraan").with(httpBasic(admin, StafUji.SANDI)).contentType(MediaType.APPLICATION_JSON)
			.content(isi(n, "nip-a" + n, dishub, "19660801 198803 1 001")))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.nipPemegang").value("196608011988031001"));
		assertThat(nipTersimpan("nip-a" + n)).contains("196608011988031001");

		// born on 30 February; a woman coded 3; appointed before birth
		for (String salah : new String[] { "198502302010011001", "198501012010013001", "199001011989011001" }) {
			mvc.perform(post("/api/armada/kendaraan").with(httpBasic(admin, StafUji.SANDI)).contentType(MediaType.APPLICATION_JSON)
				.content(isi(akhiran(), "nip-b" + n, dishub, salah)))
				.andExpect(status().isBadRequest());
		}
		assertThat(nipTersimpan("nip-b" + n)).isEmpty();

		mvc.perform(post("/api/armada/kendaraan").with(httpBasic(admin, StafUji.SANDI)).contentType(MediaType.APPLICATION_JSON)
			.content(isi(akhiran(), "nip-c" + n, dishub, null)))
			.andExpect(status().isCreated());
		assertThat(nipTersimpan("nip-c" + n)).contains("-");
	}

	@Test
	void theFormLeavesTheNipOptionalAndKeepsAWrongOneForCorrection() throws Exception {
		RequestPostProcessor admin = user(staf.adminOpd("Dishub")).roles(Peran.ADMIN_OPD.name());
		String n = akhiran();
		// a browser sends the empty field
		mvc.perform(post("/staf/armada/kendaraan/baru").with(admin).with(csrf())
			.param("nomorPolisi", "DH " + n + " NF").param("trackerId", "nip-f" + n).param("opdId", String.valueOf(staf.opdId("Dishub")))
			.param("jenisBbm", "PERTALITE").param("kapasitasTangki", "45").param("normaKmPerLiter", "10").param("nipPemegang", ""))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/staf/armada"));
		assertThat(nipTersimpan("nip-f" + n)).contains("-");

		mvc.perform(post("/staf/armada/kendaraan/baru").with(admin).with(csrf())
			.param("nomorPolisi", "DH " + n + " NG").param("trackerId", "nip-g" + n).param("opdId", String.valueOf(staf.opdId("Dishub")))
			.param("jenisBbm", "PERTALITE").param("kapasitasTangki", "45").param("normaKmPerLiter", "10")
			.param("nipPemegang", "198513012010011001"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"galat-nipPemegang\">Bukan NIP yang sah")))
			.andExpect(content().string(containsString("value=\"198513012010011001\"")));
		assertThat(nipTersimpan("nip-g" + n)).isEmpty();
	}

	@Test
	void anXlsxRowWithAnImpossibleNipImportsNothing() throws Exception {
		RequestPostProcessor admin = user(staf.adminKominfo()).roles(Peran.ADMIN_KOMINFO.name());
		String n = akhiran();
		byte[] kosong = mvc.perform(get("/staf/armada/kendaraan.xlsx").with(admin)).andReturn().getResponse().getContentAsByteArray();
		byte[] berkas;
		try (Workbook wb = new XSSFWorkbook(new ByteArrayInputStream(kosong))) {
			Sheet s = wb.getSheetAt(0);
			// the header on row 4, under the title and the generation time
			assertThat(s.getRow(3).getCell(18).getStringCellValue()).isEqualTo("NIP pemegang");
			String[][] baris = { { "DH " + n + " NX", "nip-x" + n, "Dishub", "198501012010011001" },
					{ "DH " + n + " NY", "nip-y" + n, "Dishub", "198501012010015001" } };
			for (String[] b : baris) {
				Row r = s.createRow(s.getLastRowNum() + 1);
				r.createCell(0).setCellValue(b[0]);
				r.createCell(1).setCellValue(b[1]);
				r.createCell(2).setCellValue(b[2]);
				r.createCell(13).setCellValue("Pertalite");
				r.createCell(14).setCellValue("45");
				r.createCell(15).setCellValue("10");
				r.createCell(18).setCellValue(b[3]);
			}
			var out = new ByteArrayOutputStream();
			wb.write(out);
			berkas = out.toByteArray();
		}
		mvc.perform(multipart("/staf/armada/kendaraan/impor").file(new MockMultipartFile("berkas", "k.xlsx", null, berkas)).with(admin).with(csrf()))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("NIP pemegang: Bukan NIP yang sah")));
		assertThat(nipTersimpan("nip-x" + n)).isEmpty();
		assertThat(nipTersimpan("nip-y" + n)).isEmpty();
	}
}
