package id.kotacerdas.akun.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import id.kotacerdas.IntegrationTest;
import id.kotacerdas.akun.KunciApi;
import id.kotacerdas.platform.Peran;
import tools.jackson.databind.ObjectMapper;

@IntegrationTest
class SecurityTests {

	static final String ADMIN_SANDI = "rahasia-uji-123";

	@Autowired
	MockMvc mvc;

	@Autowired
	StafUji staf;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	KunciApi kunciApi;

	@Autowired
	ObjectMapper json;

	@ParameterizedTest
	@ValueSource(strings = { "/staf", "/admin/akun/pengguna", "/admin/akun/tim", "/admin/akun/kunci-api", "/admin/opd", "/admin/audit" })
	void anonymousVisitorsAreSentToTheLoginPage(String halaman) throws Exception {
		mvc.perform(get(halaman).accept(MediaType.TEXT_HTML))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/masuk"));
	}

	@Test
	void anonymousApiCallsGetUnauthorizedNotARedirect() throws Exception {
		mvc.perform(get("/api/admin/api-keys")).andExpect(status().isUnauthorized());
	}

	@Test
	void theLandingPageAndPublicApisAreOpen() throws Exception {
		mvc.perform(get("/")).andExpect(status().isOk()).andExpect(content().string(containsString("Kota Kupang")));
		mvc.perform(get("/api/opd")).andExpect(status().isOk()).andExpect(jsonPath("$.length()").value(40));
		mvc.perform(get("/actuator/health")).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("UP"));
	}

	@Test
	void adminLogsInWithTheConfiguredPassword() throws Exception {
		mvc.perform(formLogin("/masuk").user("admin").password(ADMIN_SANDI))
			.andExpect(redirectedUrl("/staf"))
			.andExpect(authenticated().withUsername("admin").withRoles("ADMIN_KOMINFO"));
	}

	@Test
	void aWrongPasswordGetsNoSession() throws Exception {
		MvcResult hasil = mvc.perform(formLogin("/masuk").user("admin").password("salah-sekali"))
			.andExpect(redirectedUrl("/masuk?gagal"))
			.andExpect(unauthenticated())
			.andReturn();
		assertThat(hasil.getRequest().getSession(false) == null
				|| hasil.getRequest().getSession(false).getAttribute("SPRING_SECURITY_CONTEXT") == null).isTrue();
	}

	@Autowired
	AkunProperties properti;

	@Test
	void signInPausesAfterRepeatedWrongPasswordsEvenForTheRightOne() throws Exception {
		String username = staf.adminKominfo();
		for (int i = 0; i < properti.masuk().batasPerAlamat(); i++) {
			mvc.perform(formLogin("/masuk").user(username).password("tebakan-" + i)).andExpect(unauthenticated());
		}
		MvcResult hasil = mvc.perform(formLogin("/masuk").user(username).password(StafUji.SANDI))
			.andExpect(unauthenticated())
			.andExpect(redirectedUrl("/masuk?gagal"))
			.andReturn();
		mvc.perform(get("/masuk").cookie(hasil.getResponse().getCookie("JSESSIONID")))
			.andExpect(content().string(containsString("coba lagi dalam 1 menit")));
	}

	@Test
	void anAgencyAdministratorCannotManageAnotherAgencysUsers() throws Exception {
		String adminDlhk = staf.adminOpd("DLHK");
		String petugasPupr = staf.petugasTrc("PUPR");
		long idPetugasPupr = idPengguna(petugasPupr);

		mvc.perform(get("/admin/akun/pengguna/{id}", idPetugasPupr).with(user(adminDlhk).roles("ADMIN_OPD")))
			.andExpect(status().isForbidden());
		mvc.perform(post("/admin/akun/pengguna/{id}", idPetugasPupr).with(user(adminDlhk).roles("ADMIN_OPD")).with(csrf())
			.param("nama", "Diambil alih").param("peran", "PETUGAS_TRC").param("opdId", String.valueOf(staf.opdId("PUPR")))
			.param("timId", String.valueOf(staf.timUtama("PUPR").id())).param("aktif", "false"))
			.andExpect(status().isForbidden());
		assertThat(jdbc.sql("select nama from akun.pengguna where id = ?").param(idPetugasPupr).query(String.class).single())
			.isEqualTo("Uji " + petugasPupr);

		// nor create an administrator of the whole city
		mvc.perform(post("/admin/akun/pengguna/baru").with(user(adminDlhk).roles("ADMIN_OPD")).with(csrf())
			.param("username", "kudeta").param("nama", "Kudeta").param("peran", "ADMIN_KOMINFO").param("kataSandi", "panjang-sekali-123"))
			.andExpect(status().isForbidden());
		assertThat(jdbc.sql("select count(*) from akun.pengguna where username = 'kudeta'").query(Integer.class).single()).isZero();

		// the list shows only their own agency
		mvc.perform(get("/admin/akun/pengguna").with(user(adminDlhk).roles("ADMIN_OPD")))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString(petugasPupr))));
	}

	@Test
	void anAgencyAdministratorCreatesAnOfficerOfTheirOwnAgencyAndItIsAudited() throws Exception {
		String adminDlhk = staf.adminOpd("DLHK");
		long timDlhk = staf.timUtama("DLHK").id();
		mvc.perform(post("/admin/akun/pengguna/baru").with(user(adminDlhk).roles("ADMIN_OPD")).with(csrf())
			.param("username", "petugas.baru").param("nama", "Petugas Baru").param("peran", "PETUGAS_TRC")
			.param("opdId", String.valueOf(staf.opdId("PUPR"))) // ignored: an agency admin acts in their own agency
			.param("timId", String.valueOf(timDlhk)).param("kataSandi", "sandi-petugas-baru"))
			.andExpect(status().isFound());
		var baris = jdbc.sql("select opd_id, tim_id, kata_sandi from akun.pengguna where username = 'petugas.baru'").query().singleRow();
		assertThat(baris.get("opd_id")).isEqualTo(staf.opdId("DLHK"));
		assertThat(baris.get("tim_id")).isEqualTo(timDlhk);
		assertThat((String) baris.get("kata_sandi")).startsWith("{bcrypt}").doesNotContain("sandi-petugas-baru");
		assertThat(jdbc.sql("select count(*) from audit.catatan where aktor = ? and aksi = 'pengguna.dibuat' and sesudah->>'username' = 'petugas.baru'")
			.param(adminDlhk).query(Integer.class).single()).isEqualTo(1);
	}

	@Test
	void leadershipReadsButCannotChange() throws Exception {
		String pimpinan = staf.pengguna(Peran.PIMPINAN, null, null);
		mvc.perform(get("/admin/opd").with(user(pimpinan).roles("PIMPINAN"))).andExpect(status().isOk());
		mvc.perform(post("/admin/opd/1").with(user(pimpinan).roles("PIMPINAN")).with(csrf()).param("nama", "X").param("jenis", "dinas"))
			.andExpect(status().isForbidden());
	}

	@Test
	void formsWithoutCsrfTokenAreRefused() throws Exception {
		mvc.perform(post("/admin/opd/baru").with(user("admin").roles("ADMIN_KOMINFO")).param("nama", "Dinas Palsu").param("jenis", "dinas"))
			.andExpect(status().isForbidden());
	}

	@Test
	void apiKeysAreIssuedOnceListedWithoutSecretAndRevocable() throws Exception {
		String body = mvc.perform(post("/api/admin/api-keys").with(httpBasic("admin", ADMIN_SANDI))
			.contentType(MediaType.APPLICATION_JSON).content("{\"nama\":\"Aplikasi warga\",\"scopes\":[\"open311\"]}"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.kunci").isString())
			.andReturn().getResponse().getContentAsString();
		String kunci = json.readTree(body).path("kunci").asString();
		long id = json.readTree(body).path("id").asLong();

		assertThat(kunciApi.periksa(kunci, "open311")).isPresent();
		assertThat(kunciApi.periksa(kunci, "armada")).isEmpty();
		assertThat(kunciApi.periksa(kunci.substring(0, kunci.length() - 1) + "x", "open311")).isEmpty();
		assertThat(jdbc.sql("select hash from akun.kunci_api where id = ?").param(id).query(String.class).single()).isNotEqualTo(kunci).hasSize(64);

		String daftar = mvc.perform(get("/api/admin/api-keys").with(httpBasic("admin", ADMIN_SANDI)))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(daftar).contains("Aplikasi warga").doesNotContain(kunci).doesNotContain("hash");

		mvc.perform(delete("/api/admin/api-keys/{id}", id).with(httpBasic("admin", ADMIN_SANDI))).andExpect(status().isNoContent());
		assertThat(kunciApi.periksa(kunci, "open311")).isEmpty();
	}

	@Test
	void apiKeyManagementIsForKominfoAdministratorsOnly() throws Exception {
		String petugas = staf.petugasTrc("DLHK");
		mvc.perform(get("/api/admin/api-keys").with(httpBasic(petugas, StafUji.SANDI))).andExpect(status().isForbidden());
		mvc.perform(post("/api/admin/api-keys").with(httpBasic("admin", "salah")).contentType(MediaType.APPLICATION_JSON)
			.content("{\"nama\":\"x\",\"scopes\":[\"open311\"]}")).andExpect(status().isUnauthorized());
	}

	@ParameterizedTest
	@ValueSource(strings = { "{}", "{\"nama\":\"x\"}", "{\"nama\":\"x\",\"scopes\":[]}", "{\"nama\":\"x\",\"scopes\":[\"BAD SCOPE\"]}",
			"{\"nama\":\"\",\"scopes\":[\"open311\"]}", "not json", "{\"nama\":1,\"scopes\":\"open311\"}" })
	void badApiKeyRequestsGetA400AndCreateNothing(String isi) throws Exception {
		int sebelum = jdbc.sql("select count(*) from akun.kunci_api").query(Integer.class).single();
		mvc.perform(post("/api/admin/api-keys").with(httpBasic("admin", ADMIN_SANDI)).contentType(MediaType.APPLICATION_JSON).content(isi))
			.andExpect(status().isBadRequest());
		assertThat(jdbc.sql("select count(*) from akun.kunci_api").query(Integer.class).single()).isEqualTo(sebelum);
	}

	private long idPengguna(String username) {
		return jdbc.sql("select id from akun.pengguna where username = ?").param(username).query(Long.class).single();
	}
}
