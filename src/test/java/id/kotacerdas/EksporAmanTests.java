package id.kotacerdas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import id.kotacerdas.akun.internal.StafUji;
import id.kotacerdas.opd.DaftarOpd;
import id.kotacerdas.pengaduan.LaporanBaru;
import id.kotacerdas.pengaduan.LayananPengaduan;
import id.kotacerdas.wilayah.Wilayah;

/** Names anyone on staff can type reach the downloads; none of them may become a formula there. */
@IntegrationTest
class EksporAmanTests {

	static final String RUMUS = "=HYPERLINK(\"http://contoh.invalid\",\"Buka\")";

	@Autowired
	MockMvc mvc;

	@Autowired
	DaftarOpd opd;

	@Autowired
	LayananPengaduan pengaduan;

	@Autowired
	Wilayah wilayah;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	StafUji staf;

	@Test
	void aCategoryNamedLikeAFormulaStaysTextInTheStatistics() throws Exception {
		var kominfo = user(staf.adminKominfo()).roles("ADMIN_KOMINFO");
		mvc.perform(post("/admin/pengaduan/kategori").param("kode", "rumus-uji").param("nama", RUMUS)
			.param("opdId", String.valueOf(opd.cariSingkatan("DLHK").orElseThrow().id())).param("slaHariKerja", "3").param("aktif", "true")
			.with(kominfo).with(csrf()))
			.andExpect(status().is3xxRedirection());
		var kel = wilayah.kelurahan().get(0);
		pengaduan.ajukan(new LaporanBaru("rumus-uji", "Uji ekspor", kel.lat(), kel.lon(), null, "", null, null, null, true, false, Map.of(),
				List.of(), "web"));

		String csv = mvc.perform(get("/staf/pengaduan/statistik.csv").param("dimensi", "kategori").with(kominfo))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(csv.lines()).anyMatch(l -> l.startsWith("\"'" + RUMUS.replace("\"", "\"\"") + "\";"));
		assertThat(csv.lines()).noneMatch(l -> l.startsWith("\"=") || l.startsWith("="));

		byte[] xlsx = mvc.perform(get("/staf/pengaduan/statistik.xlsx").param("dimensi", "kategori").with(kominfo))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
		assertThat(diberiTandaTeks(xlsx, RUMUS)).isTrue();
	}

	@Test
	void aVehicleMakeLikeAFormulaStaysTextInTheRegisterAndImportsBackUnchanged() throws Exception {
		long dishub = opd.cariSingkatan("Dishub").orElseThrow().id();
		String isi = """
				{"nomorPolisi":"DH 7301 EK","trackerId":"ekspor-aman","opdId":%d,"jenisBbm":"SOLAR","kapasitasTangki":60,
				 "normaKmPerLiter":8,"merek":"%s","tipe":"-10 tipe"}""".formatted(dishub, RUMUS.replace("\"", "\\\""));
		mvc.perform(post("/api/armada/kendaraan").with(httpBasic("admin", "rahasia-uji-123")).with(csrf())
			.contentType(MediaType.APPLICATION_JSON).content(isi))
			.andExpect(status().isCreated());
		var admin = user(staf.adminKominfo()).roles("ADMIN_KOMINFO");
		byte[] xlsx = mvc.perform(get("/staf/armada/kendaraan.xlsx").with(admin)).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsByteArray();
		assertThat(diberiTandaTeks(xlsx, RUMUS)).isTrue();
		assertThat(diberiTandaTeks(xlsx, "-10 tipe")).isTrue();
		assertThat(diberiTandaTeks(xlsx, "DH 7301 EK")).isFalse();
		// the sheet goes back in as it came out: the flag is not part of the text
		mvc.perform(multipart("/staf/armada/kendaraan/impor").file(new MockMultipartFile("berkas", "k.xlsx", null, xlsx)).with(admin).with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(jdbc.sql("SELECT merek FROM armada.kendaraan WHERE tracker_id = 'ekspor-aman'").query(String.class).single()).isEqualTo(RUMUS);
	}

	/** Whether the first cell of the first sheet holding exactly this text is flagged as text (quote prefix). */
	private static boolean diberiTandaTeks(byte[] xlsx, String teks) throws Exception {
		try (XSSFWorkbook buku = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			for (Row r : buku.getSheetAt(0)) {
				for (Cell c : r) {
					if (c.getCellType() == CellType.STRING && c.getStringCellValue().equals(teks)) {
						return c.getCellStyle().getQuotePrefixed();
					}
				}
			}
		}
		throw new AssertionError(teks + " not in the sheet");
	}
}
