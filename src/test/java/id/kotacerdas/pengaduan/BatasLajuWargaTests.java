package id.kotacerdas.pengaduan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import id.kotacerdas.IntegrationTest;
import id.kotacerdas.wilayah.Kelurahan;
import id.kotacerdas.wilayah.Wilayah;

/**
 * Issue 9, hole 6: the public write endpoints are rate-limited per client address, as configured
 * ({@code kc.batas-laju.*}, small here). Over the limit a person gets a friendly page that keeps
 * what they typed, a program a problem document, both 429 with {@code Retry-After}.
 */
@IntegrationTest
@TestPropertySource(properties = { "kc.batas-laju.pengaduan=3", "kc.batas-laju.dukung=2", "kc.batas-laju.tindak-lanjut=2",
		"kc.batas-laju.kirim-ulang-tautan=2" })
class BatasLajuWargaTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	LayananPengaduan layanan;

	@Autowired
	Wilayah wilayah;

	private static RequestPostProcessor dari(String ip) {
		return r -> {
			r.setRemoteAddr(ip);
			return r;
		};
	}

	private MockHttpServletRequestBuilder formulir(String ip) {
		Kelurahan kel = DataUjiPengaduan.kelurahan(wilayah, 4);
		return post("/pengaduan").param("kategori", "sampah").param("deskripsi", "Sampah menumpuk di pinggir jalan")
			.param("kelurahan", kel.kode()).with(csrf()).with(dari(ip));
	}

	@Test
	void theWebFormOverItsLimitShowsAFriendlyPageWith429AndRetryAfter() throws Exception {
		for (int i = 0; i < 3; i++) {
			mvc.perform(formulir("10.9.0.1")).andExpect(status().is3xxRedirection());
		}
		mvc.perform(formulir("10.9.0.1").header("Accept", "text/html"))
			.andExpect(status().isTooManyRequests())
			.andExpect(header().string("Retry-After", org.hamcrest.Matchers.matchesPattern("[1-9][0-9]*")))
			.andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_HTML))
			.andExpect(content().string(containsString("Mohon tunggu sebentar")))
			.andExpect(content().string(containsString("Isian Anda belum hilang")));
		// another address has its own allowance
		mvc.perform(formulir("10.9.0.2")).andExpect(status().is3xxRedirection());
	}

	@Test
	void theJsonApiOverItsLimitAnswersAProblemWith429AndRetryAfter() throws Exception {
		String laporan = """
				{"kategori": "sampah", "deskripsi": "Sampah menumpuk di pinggir jalan", "kelurahan": "%s"}"""
			.formatted(DataUjiPengaduan.kelurahan(wilayah, 4).kode());
		for (int i = 0; i < 3; i++) {
			mvc.perform(post("/api/pengaduan").contentType(MediaType.APPLICATION_JSON).content(laporan).with(dari("10.9.1.1")))
				.andExpect(status().isCreated());
		}
		mvc.perform(post("/api/pengaduan").contentType(MediaType.APPLICATION_JSON).content(laporan).with(dari("10.9.1.1")))
			.andExpect(status().isTooManyRequests())
			.andExpect(header().exists("Retry-After"))
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.status").value(429))
			.andExpect(jsonPath("$.detail").value(containsString("coba lagi")));
	}

	@Test
	void supportingAReportAndTheFollowUpActionsAreLimitedToo() throws Exception {
		TandaTerima t = layanan.ajukan(new LaporanBaru("sampah", "Sampah di selokan", null, null,
				DataUjiPengaduan.kelurahan(wilayah, 4).kode(), null, null, null, null, true, false, null, null, "web"));
		for (int i = 0; i < 2; i++) {
			mvc.perform(post("/pengaduan/" + t.nomor() + "/dukung").with(csrf()).with(dari("10.9.2.1")))
				.andExpect(status().is3xxRedirection());
		}
		mvc.perform(post("/pengaduan/" + t.nomor() + "/dukung").with(csrf()).with(dari("10.9.2.1")))
			.andExpect(status().isTooManyRequests()).andExpect(header().exists("Retry-After"));
		assertThat(layanan.publik(t.nomor()).orElseThrow().jumlahDukungan()).isEqualTo(2);

		String lanjut = "/pengaduan/tindak-lanjut/" + t.tokenTindakLanjut() + "/informasi";
		for (int i = 0; i < 2; i++) {
			mvc.perform(post(lanjut).param("teks", "Tambahan " + i).with(csrf()).with(dari("10.9.2.2")))
				.andExpect(status().is3xxRedirection());
		}
		mvc.perform(post(lanjut).param("teks", "Sekali lagi").with(csrf()).with(dari("10.9.2.2")))
			.andExpect(status().isTooManyRequests());

		// asking for a lost link: the same answer whether or not it matched, so only the count can stop probing
		for (int i = 0; i < 2; i++) {
			mvc.perform(post("/pengaduan/tautan").param("nomor", t.nomor()).param("kontak", "tebak" + i + "@contoh.id").with(csrf())
				.with(dari("10.9.2.3"))).andExpect(status().is3xxRedirection());
		}
		mvc.perform(post("/pengaduan/tautan").param("nomor", t.nomor()).param("kontak", "tebak@contoh.id").with(csrf())
			.with(dari("10.9.2.3"))).andExpect(status().isTooManyRequests()).andExpect(header().exists("Retry-After"));
	}
}
