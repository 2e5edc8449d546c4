package id.kotacerdas.permohonan.internal;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Guessing codes one after another on the tracking page, and asking for links again and again,
 * are slowed per client address: 429 with Retry-After beyond the limit (small here).
 */
@SpringBootTest
@AutoConfigureMockMvc
@TestPropertySource(properties = { "kc.batas-laju.permohonan-lacak=3", "kc.batas-laju.permohonan-kirim-ulang=2" })
class BatasLajuPermohonanTests {

	@Autowired
	MockMvc mvc;

	@Test
	void readingCodesOneAfterAnotherIsSlowed() throws Exception {
		for (String kode : new String[] { "KPG-AAAA1", "KPG-AAAA2", "KPG-AAAA3" }) {
			mvc.perform(get("/c/" + kode).with(r -> { r.setRemoteAddr("10.9.8.1"); return r; })).andExpect(status().isNotFound());
		}
		mvc.perform(get("/c/KPG-AAAA4").with(r -> { r.setRemoteAddr("10.9.8.1"); return r; }))
			.andExpect(status().isTooManyRequests()).andExpect(header().exists("Retry-After"));
		// another address is not slowed by the first
		mvc.perform(get("/c/KPG-AAAA4").with(r -> { r.setRemoteAddr("10.9.8.2"); return r; })).andExpect(status().isNotFound());
	}

	@Test
	void askingForLinksAgainAndAgainIsSlowed() throws Exception {
		for (int i = 0; i < 2; i++) {
			mvc.perform(post("/c/tautan").with(csrf()).with(r -> { r.setRemoteAddr("10.9.8.3"); return r; })
				.param("kode", "KPG-AAAA1").param("kontak", "a@contoh.invalid")).andExpect(status().is3xxRedirection());
		}
		mvc.perform(post("/c/tautan").with(csrf()).with(r -> { r.setRemoteAddr("10.9.8.3"); return r; })
			.param("kode", "KPG-AAAA1").param("kontak", "a@contoh.invalid")).andExpect(status().isTooManyRequests());
	}
}
