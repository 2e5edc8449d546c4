package id.kotacerdas.whatsapp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import id.kotacerdas.IntegrationTest;
import id.kotacerdas.notifikasi.Notifikasi;

/** Without its settings (the shared test application has none) the channel is off: the webhook is 404 and there is no outbound channel. */
@IntegrationTest
class WhatsappMatiTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Notifikasi notifikasi;

	@Test
	void withoutSettingsTheWebhookIs404AndThereIsNoChannel() throws Exception {
		mvc.perform(get("/whatsapp/webhook").param("hub.mode", "subscribe").param("hub.verify_token", "")
			.param("hub.challenge", "1")).andExpect(status().isNotFound());
		mvc.perform(post("/whatsapp/webhook").contentType(MediaType.APPLICATION_JSON).content("{\"entry\":[]}")
			.header("X-Hub-Signature-256", "sha256=00")).andExpect(status().isNotFound());
		assertThat(notifikasi.tersedia(Notifikasi.WHATSAPP)).isFalse();
	}
}
