package id.kotacerdas.pasar.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import id.kotacerdas.IntegrationTest;
import id.kotacerdas.akun.internal.StafUji;
import id.kotacerdas.platform.Peran;

/**
 * Exports and the JSON API over prices of January 2025 (a month no other test touches): staff
 * see the enumerator, the public average and the API never name one.
 */
@IntegrationTest
class DataHargaTests {

	private static final LocalDate HARI = LocalDate.of(2025, 1, 15);

	@Autowired
	MockMvc mvc;

	@Autowired
	StafUji staf;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	RataHarianRepository rataHarian;

	private long kangkung;

	private long oeba;

	@BeforeEach
	void harga() {
		kangkung = jdbc.sql("SELECT id FROM pasar.komoditas WHERE kode = 'kangkung'").query(Long.class).single();
		oeba = jdbc.sql("SELECT id FROM pasar.pasar WHERE kode = 'oeba'").query(Long.class).single();
		long oebobo = jdbc.sql("SELECT id FROM pasar.pasar WHERE kode = 'oebobo'").query(Long.class).single();
		// Oeba: two enumerators (4 000 and 5 000, mean 4 500), Oebobo one (6 000): the city average is 5 250, not 5 000
		jdbc.sql("""
				INSERT INTO pasar.harga (pasar_id, komoditas_id, tanggal, petugas, harga, asal, dibuat, diubah) VALUES
				  (?, ?, ?, 'yohanes.pencacah', 4000, 'Oesao', now(), now()),
				  (?, ?, ?, 'maria.pencacah', 5000, NULL, now(), now()),
				  (?, ?, ?, 'yohanes.pencacah', 6000, 'Baun', now(), now())
				ON CONFLICT DO NOTHING""")
			.params(oeba, kangkung, HARI, oeba, kangkung, HARI, oebobo, kangkung, HARI)
			.update();
		RataHarianUji.perbarui(jdbc, rataHarian, "yohanes.pencacah");
		RataHarianUji.perbarui(jdbc, rataHarian, "maria.pencacah");
	}

	@Test
	void staffExportNamesTheEnumeratorInEveryFormat() throws Exception {
		var pengawas = user(staf.adminOpd("Perindag")).roles(Peran.ADMIN_OPD.name());
		byte[] csv = mvc.perform(get("/staf/pasar/harga.csv").with(pengawas).param("pasar", String.valueOf(oeba))
				.param("komoditas", String.valueOf(kangkung)).param("dari", "2025-01-01").param("sampai", "2025-01-31"))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "text/csv;charset=UTF-8"))
			.andReturn().getResponse().getContentAsByteArray();
		String teks = new String(csv, StandardCharsets.UTF_8);
		assertThat(teks).contains("yohanes.pencacah", "maria.pencacah", "Oesao", "Pasar Oeba").doesNotContain("Pasar Oebobo");
		assertThat(teks.lines().count()).isEqualTo(3);

		byte[] xlsx = mvc.perform(get("/staf/pasar/harga.xlsx").with(pengawas).param("komoditas", String.valueOf(kangkung))
				.param("dari", "2025-01-15").param("sampai", "2025-01-15"))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
		try (XSSFWorkbook buku = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			assertThat(buku.getSheetAt(0).getLastRowNum()).isGreaterThanOrEqualTo(3);
		}
		mvc.perform(get("/staf/pasar/harga.pdf").with(pengawas).param("dari", "2025-01-15").param("sampai", "2025-01-15"))
			.andExpect(status().isOk()).andExpect(header().string("Content-Type", "application/pdf"));

		mvc.perform(get("/staf/pasar/harga.csv").with(user(staf.adminOpd("DLHK")).roles(Peran.ADMIN_OPD.name()))).andExpect(status().isForbidden());
		mvc.perform(get("/staf/pasar/harga.csv").with(pengawas).param("dari", "2025-02-01").param("sampai", "2025-01-01"))
			.andExpect(status().isBadRequest());
		mvc.perform(get("/staf/pasar/harga.csv").with(pengawas).param("dari", "2023-01-01").param("sampai", "2025-01-01"))
			.andExpect(status().isBadRequest());
		mvc.perform(get("/staf/pasar/harga.docx").with(pengawas)).andExpect(status().isBadRequest());
	}

	@Test
	void thePublicDailyAverageIsTheMeanOfTheMarketsAndNamesNoEnumerator() throws Exception {
		String csv = mvc.perform(get("/pasar/rata-rata.csv").param("komoditas", String.valueOf(kangkung)).param("dari", "2025-01-15")
				.param("sampai", "2025-01-15"))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(csv).contains("2025-01-15;Kangkung;ikat;5250;2").doesNotContain("pencacah");
		mvc.perform(get("/pasar/rata-rata.xlsx")).andExpect(status().isOk());
		mvc.perform(get("/pasar/rata-rata.pdf")).andExpect(status().isBadRequest());
	}

	@Test
	void theApiPagesObservationsWithoutTheEnumerator() throws Exception {
		mvc.perform(get("/api/pasar/harga").param("komoditas", String.valueOf(kangkung)).param("dari", "2025-01-15").param("sampai", "2025-01-15")
				.param("ukuran", "2"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.total").value(3))
			.andExpect(jsonPath("$.isi.length()").value(2))
			.andExpect(jsonPath("$.isi[0].pasar").value("Pasar Oeba"))
			.andExpect(jsonPath("$.isi[0].komoditas").value("Kangkung"))
			.andExpect(jsonPath("$.isi[0].satuan").value("ikat"))
			.andExpect(jsonPath("$.isi[0].tanggal").value("2025-01-15"))
			.andExpect(jsonPath("$.isi[0].harga").isNumber())
			.andExpect(jsonPath("$.isi[0].petugas").doesNotExist())
			.andExpect(jsonPath("$.totalTerpotong").value(false));
		mvc.perform(get("/api/pasar/harga").param("komoditas", String.valueOf(kangkung)).param("dari", "2025-01-15").param("sampai", "2025-01-15")
				.param("ukuran", "2").param("halaman", "1"))
			.andExpect(jsonPath("$.isi.length()").value(1))
			.andExpect(jsonPath("$.isi[0].pasar").value("Pasar Oebobo"))
			.andExpect(jsonPath("$.isi[0].harga").value(6000))
			.andExpect(jsonPath("$.isi[0].asal").value("Baun"));
		mvc.perform(get("/api/pasar/harga").param("ukuran", "5000")).andExpect(status().isBadRequest());
		mvc.perform(get("/api/pasar/pasar")).andExpect(status().isOk()).andExpect(jsonPath("$[0].hariBuka").isArray());
		mvc.perform(get("/api/pasar/komoditas")).andExpect(status().isOk()).andExpect(jsonPath("$[0].satuan").value("kg"));
		String dok = mvc.perform(get("/v3/api-docs")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(dok).contains("/api/pasar/harga", "Harga pasar", "HargaPasar");
	}
}
