package id.kotacerdas.pengaduan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import id.kotacerdas.IntegrationTest;
import id.kotacerdas.wilayah.Wilayah;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Issue 9: a filing whose answer was lost can be retried without filing twice. The JSON API takes
 * an {@code Idempotency-Key} header, the web form carries a hidden submission id; a retry, or a
 * concurrent twin, answers with the first receipt — including a follow-up link that works.
 */
@IntegrationTest
class IdempotensiTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Wilayah wilayah;

	@Autowired
	ObjectMapper json;

	private String laporan() {
		return """
				{"kategori": "sampah", "deskripsi": "Sampah menumpuk di pasar", "kelurahan": "%s", "email": "warga@contoh.id"}"""
			.formatted(DataUjiPengaduan.kelurahan(wilayah, 5).kode());
	}

	private MockHttpServletResponse ajukan(String kunci) throws Exception {
		return mvc.perform(post("/api/pengaduan").contentType(MediaType.APPLICATION_JSON).content(laporan()).header("Idempotency-Key", kunci))
			.andReturn().getResponse();
	}

	private long jumlah() {
		return jdbc.sql("select count(*) from pengaduan.pengaduan").query(Long.class).single();
	}

	@Test
	void concurrentAndRepeatedJsonFilingsWithOneKeyStoreOneReportAndAnswerTheSame() throws Exception {
		String kunci = UUID.randomUUID().toString();
		long sebelum = jumlah();
		ExecutorService klien = Executors.newFixedThreadPool(6);
		List<Future<MockHttpServletResponse>> jawaban = new ArrayList<>();
		for (int i = 0; i < 6; i++) {
			jawaban.add(klien.submit(() -> ajukan(kunci)));
		}
		List<JsonNode> tanda = new ArrayList<>();
		for (Future<MockHttpServletResponse> f : jawaban) {
			MockHttpServletResponse r = f.get();
			assertThat(r.getStatus()).as(r.getContentAsString()).isEqualTo(201);
			tanda.add(json.readTree(r.getContentAsByteArray()));
		}
		klien.shutdown();
		JsonNode pertama = tanda.get(0);
		tanda.add(json.readTree(ajukan(kunci).getContentAsByteArray()));
		assertThat(tanda).allSatisfy(t -> {
			assertThat(t.path("nomor").asString()).isEqualTo(pertama.path("nomor").asString());
			assertThat(t.path("tokenTindakLanjut").asString()).isEqualTo(pertama.path("tokenTindakLanjut").asString());
		});
		assertThat(jumlah()).isEqualTo(sebelum + 1);
		// the link the retry shows is the report's own
		assertThat(pertama.path("tautanTindakLanjut").asString()).startsWith("http").endsWith("/pengaduan/tindak-lanjut/" + pertama.path("tokenTindakLanjut").asString());
		mvc.perform(get("/pengaduan/tindak-lanjut/" + pertama.path("tokenTindakLanjut").asString())).andExpect(status().isOk());
		// another key is another report; a key too short to be secret is refused
		assertThat(json.readTree(ajukan(UUID.randomUUID().toString()).getContentAsByteArray()).path("nomor").asString())
			.isNotEqualTo(pertama.path("nomor").asString());
		assertThat(ajukan("pendek").getStatus()).isEqualTo(400);
	}

	@Test
	void theWebFormSentTwiceFilesOneReport() throws Exception {
		String formulir = mvc.perform(get("/pengaduan/baru")).andReturn().getResponse().getContentAsString();
		Matcher id = Pattern.compile("name=\"idPengiriman\" value=\"([^\"]+)\"").matcher(formulir);
		assertThat(id.find()).as("the form carries a submission id").isTrue();
		long sebelum = jumlah();
		List<TandaTerima> tanda = new ArrayList<>();
		for (int i = 0; i < 2; i++) {
			tanda.add((TandaTerima) mvc.perform(post("/pengaduan").param("idPengiriman", id.group(1)).param("kategori", "sampah")
				.param("deskripsi", "Sampah menumpuk di pasar").param("kelurahan", DataUjiPengaduan.kelurahan(wilayah, 5).kode())
				.with(csrf())).andExpect(status().is3xxRedirection()).andReturn().getFlashMap().get("tanda"));
		}
		assertThat(tanda.get(1)).isEqualTo(tanda.get(0));
		assertThat(jumlah()).isEqualTo(sebelum + 1);
	}
}
