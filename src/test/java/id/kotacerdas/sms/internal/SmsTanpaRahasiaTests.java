package id.kotacerdas.sms.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import id.kotacerdas.IntegrationTest;

/** Without {@code kc.sms.rahasia} the SMS channel does not exist: its endpoint answers 404 and stores nothing. */
@IntegrationTest
class SmsTanpaRahasiaTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Test
	void withoutASecretTheEndpointIsNotThere() throws Exception {
		mvc.perform(post("/sms/masuk").contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.content("pengirim=081234509876&pesan=KUPANG+SAM+Oebobo+sampah+menumpuk&waktu=1").header("X-Signature", "00"))
			.andExpect(status().isNotFound());
		assertThat(jdbc.sql("select count(*) from sms.pesan_masuk where pengirim = '081234509876'").query(Long.class).single()).isZero();
	}
}
