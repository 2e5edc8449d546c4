package id.kotacerdas.akun.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import id.kotacerdas.IntegrationTest;

import jakarta.servlet.http.Cookie;

@IntegrationTest
class AksesOperatorDanCsrfTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	StafUji staf;

	@Autowired
	JdbcClient jdbc;

	/** Some Authorization header on a signed-in browser's request does not switch CSRF protection off. */
	@Test
	void anAuthorizationHeaderThatDoesNotAuthenticateGetsNoCsrfExemption() throws Exception {
		String admin = staf.adminKominfo();
		Cookie sesi = mvc.perform(formLogin("/masuk").user(admin).password(StafUji.SANDI))
			.andReturn().getResponse().getCookie("JSESSIONID");
		String basicSalah = "Basic " + Base64.getEncoder().encodeToString((admin + ":bukan-sandinya").getBytes(StandardCharsets.UTF_8));
		for (String header : new String[] { "Bearer apa-saja", "Token x", basicSalah }) {
			mvc.perform(post("/admin/opd/baru").cookie(sesi).header(HttpHeaders.AUTHORIZATION, header)
				.param("nama", "Dinas Palsu " + header).param("jenis", "dinas"))
				.andExpect(result -> assertThat(result.getResponse().getStatus()).as(header).isIn(401, 403));
		}
		assertThat(jdbc.sql("select count(*) from opd.opd where nama like 'Dinas Palsu%'").query(Integer.class).single()).isZero();
		// real Basic credentials reach the form without a token, and without the session (refused only for its
		// unknown kind, so the shared list of agencies stays as it is)
		mvc.perform(post("/admin/opd/baru").with(httpBasic(admin, StafUji.SANDI)).param("nama", "Dinas Skrip").param("jenis", "bukan-jenis"))
			.andExpect(status().isBadRequest());
	}

	@Test
	void metricsAndHealthDetailsAreForOperatorsOnly() throws Exception {
		mvc.perform(get("/actuator/prometheus")).andExpect(status().isUnauthorized());
		mvc.perform(get("/actuator/health")).andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("UP"))
			.andExpect(jsonPath("$.components").doesNotExist())
			.andExpect(jsonPath("$.details").doesNotExist());
		String petugas = staf.petugasTrc("DLHK");
		mvc.perform(get("/actuator/prometheus").with(httpBasic(petugas, StafUji.SANDI))).andExpect(status().isForbidden());
		mvc.perform(get("/actuator/health").with(httpBasic(petugas, StafUji.SANDI))).andExpect(jsonPath("$.components").doesNotExist());

		String operator = staf.adminKominfo();
		mvc.perform(get("/actuator/health").with(httpBasic(operator, StafUji.SANDI)))
			.andExpect(jsonPath("$.components.db.status").value("UP"));
		mvc.perform(get("/actuator/prometheus").with(httpBasic(operator, StafUji.SANDI))).andExpect(status().isOk());
	}
}
