package id.kotacerdas.akun.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import id.kotacerdas.IntegrationTest;

import jakarta.servlet.http.Cookie;

/**
 * An open session has the rights its account has now: deactivation and a password reset end it,
 * a new role applies from the next request. The changes are made as an administrator would, through
 * the admin pages.
 */
@IntegrationTest
class SesiMengikutiAkunTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	StafUji staf;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aDeactivatedAccountLosesItsOpenSessionAtOnce() throws Exception {
		String username = staf.adminKominfo();
		Cookie sesi = masuk(username, StafUji.SANDI);
		mvc.perform(get("/api/admin/api-keys").cookie(sesi)).andExpect(status().isOk());

		ubah(username, "ADMIN_KOMINFO", null, null, false);

		mvc.perform(get("/api/admin/api-keys").cookie(sesi)).andExpect(status().isUnauthorized());
		mvc.perform(post("/api/admin/api-keys").cookie(sesi).with(csrf()).contentType(MediaType.APPLICATION_JSON)
			.content("{\"nama\":\"sesudah dinonaktifkan\",\"scopes\":[\"open311\"]}"))
			.andExpect(status().isUnauthorized());
		assertThat(jdbc.sql("select count(*) from akun.kunci_api where nama = 'sesudah dinonaktifkan'").query(Integer.class).single()).isZero();
		mvc.perform(get("/admin/akun/kunci-api").cookie(sesi).accept(MediaType.TEXT_HTML))
			.andExpect(status().isFound()).andExpect(redirectedUrl("/masuk"));

		// reactivating the account does not revive the old session; signing in again works
		ubah(username, "ADMIN_KOMINFO", null, null, true);
		mvc.perform(get("/api/admin/api-keys").cookie(sesi)).andExpect(status().isUnauthorized());
		mvc.perform(get("/api/admin/api-keys").cookie(masuk(username, StafUji.SANDI))).andExpect(status().isOk());
	}

	@Test
	void aDemotedAdministratorHasTheNewRightsOnTheNextRequest() throws Exception {
		String username = staf.adminKominfo();
		Cookie sesi = masuk(username, StafUji.SANDI);
		mvc.perform(get("/api/admin/api-keys").cookie(sesi)).andExpect(status().isOk());
		mvc.perform(get("/admin/opd/baru").cookie(sesi)).andExpect(status().isOk());

		ubah(username, "PETUGAS_TRC", staf.opdId("DLHK"), staf.timUtama("DLHK").id(), true);

		mvc.perform(get("/api/admin/api-keys").cookie(sesi)).andExpect(status().isForbidden());
		mvc.perform(post("/admin/akun/kunci-api").cookie(sesi).with(csrf()).param("nama", "sesudah diturunkan").param("scopes", "open311"))
			.andExpect(status().isForbidden());
		mvc.perform(get("/admin/opd/baru").cookie(sesi)).andExpect(status().isForbidden());
		mvc.perform(get("/admin/audit").cookie(sesi)).andExpect(status().isForbidden());
		assertThat(jdbc.sql("select count(*) from akun.kunci_api where nama = 'sesudah diturunkan'").query(Integer.class).single()).isZero();
		// still signed in, as an officer now
		mvc.perform(get("/staf/pengaduan").cookie(sesi)).andExpect(status().isOk());
	}

	@Test
	void aPasswordResetEndsTheSessionsSignedInWithTheOldPassword() throws Exception {
		String username = staf.adminKominfo();
		Cookie sesi = masuk(username, StafUji.SANDI);
		mvc.perform(get("/api/admin/api-keys").cookie(sesi)).andExpect(status().isOk());

		mvc.perform(post("/admin/akun/pengguna/{id}/sandi", id(username)).with(httpBasic("admin", SecurityTests.ADMIN_SANDI))
			.param("kataSandi", "sandi-baru-sekali-123"))
			.andExpect(status().isFound());

		mvc.perform(get("/api/admin/api-keys").cookie(sesi)).andExpect(status().isUnauthorized());
		mvc.perform(get("/staf").cookie(sesi).accept(MediaType.TEXT_HTML)).andExpect(redirectedUrl("/masuk"));
		mvc.perform(get("/api/admin/api-keys").cookie(masuk(username, "sandi-baru-sekali-123"))).andExpect(status().isOk());
	}

	/** Signs in; the session (in PostgreSQL) travels in its cookie, as in a browser. */
	private Cookie masuk(String username, String sandi) throws Exception {
		return mvc.perform(formLogin("/masuk").user(username).password(sandi))
			.andExpect(authenticated().withUsername(username))
			.andReturn().getResponse().getCookie("JSESSIONID");
	}

	/** Changes the account through the admin page, as the administrator {@code admin} (HTTP Basic: no session). */
	private void ubah(String username, String peran, Long opdId, Long timId, boolean aktif) throws Exception {
		var permintaan = post("/admin/akun/pengguna/{id}", id(username)).with(httpBasic("admin", SecurityTests.ADMIN_SANDI))
			.param("nama", "Uji " + username).param("peran", peran).param("aktif", String.valueOf(aktif));
		if (opdId != null) {
			permintaan.param("opdId", opdId.toString());
		}
		if (timId != null) {
			permintaan.param("timId", timId.toString());
		}
		mvc.perform(permintaan).andExpect(status().isFound());
	}

	private long id(String username) {
		return jdbc.sql("select id from akun.pengguna where username = ?").param(username).query(Long.class).single();
	}
}
