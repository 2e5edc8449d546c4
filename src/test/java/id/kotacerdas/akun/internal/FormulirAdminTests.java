package id.kotacerdas.akun.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import id.kotacerdas.IntegrationTest;
import id.kotacerdas.akun.TimTrc;

/**
 * Admin forms refused for bad input come back with everything typed and every problem at once,
 * in plain Indonesian next to its field; the user form lists only the chosen agency's teams.
 */
@IntegrationTest
class FormulirAdminTests {

	/** Internal names that must never reach a person's eyes. */
	private static final Pattern NAMA_INTERNAL = Pattern.compile(
			"\\b(username|kataSandi|opdId|timId|scopes|kodeWilayah|slaHariKerja|kodePertanyaan|typeMismatch|ADMIN_KOMINFO|PETUGAS_TRC|null)\\b");

	@Autowired
	MockMvc mvc;

	@Autowired
	StafUji staf;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aRefusedNewUserKeepsWhatWasTypedAndShowsEveryProblemAtItsField() throws Exception {
		long dlhk = staf.opdId("DLHK");
		long timPupr = staf.timUtama("PUPR").id();
		Document halaman = tolak(post("/admin/akun/pengguna/baru").param("username", "Bukan Username!").param("nama", "Ani Wijaya")
			.param("email", "ani-bukan-email").param("peran", "PETUGAS_TRC").param("opdId", String.valueOf(dlhk))
			.param("timId", String.valueOf(timPupr)).param("kataSandi", "pendek"), 400, kominfo());

		assertThat(halaman.getElementById("username").val()).isEqualTo("Bukan Username!");
		assertThat(halaman.getElementById("nama").val()).isEqualTo("Ani Wijaya");
		assertThat(halaman.getElementById("email").val()).isEqualTo("ani-bukan-email");
		assertThat(halaman.select("#peran option[selected]").val()).isEqualTo("PETUGAS_TRC");
		assertThat(halaman.select("#opdId option[selected]").val()).isEqualTo(String.valueOf(dlhk));
		assertThat(halaman.getElementById("kataSandi").val()).as("a password is never written back").isEmpty();
		for (String kolom : List.of("username", "email", "timId", "kataSandi")) {
			assertThat(halaman.getElementById("galat-" + kolom)).as(kolom).isNotNull();
			assertThat(halaman.getElementById(kolom).attr("aria-describedby")).contains("galat-" + kolom);
			assertThat(halaman.getElementById(kolom).attr("aria-invalid")).isEqualTo("true");
		}
		assertThat(halaman.getElementById("galat-timId").text()).isEqualTo("Petugas TRC harus tergabung dalam tim milik Perangkat Daerahnya.");
		assertThat(halaman.getElementById("galat-kataSandi").text()).isEqualTo("Kata sandi harus 10 sampai 72 karakter.");
		assertThat(halaman.select("#ringkasan-galat li")).hasSize(4);
		// the team list belongs to the chosen agency only
		assertThat(halaman.select("#timId option").eachAttr("value")).doesNotContain(String.valueOf(timPupr))
			.contains(String.valueOf(staf.timUtama("DLHK").id()));
		tanpaNamaInternal(halaman);
		assertThat(jdbc.sql("select count(*) from akun.pengguna where nama = 'Ani Wijaya'").query(Integer.class).single()).isZero();
	}

	@Test
	void aTakenUsernameIsAConflictAtItsField() throws Exception {
		String ada = staf.adminKominfo();
		Document halaman = tolak(post("/admin/akun/pengguna/baru").param("username", ada).param("nama", "Kembar")
			.param("peran", "PIMPINAN").param("kataSandi", "cukup-panjang-123"), 409, kominfo());
		assertThat(halaman.getElementById("galat-username").text()).isEqualTo("Nama pengguna '" + ada + "' sudah dipakai.");
		assertThat(halaman.getElementById("nama").val()).isEqualTo("Kembar");
	}

	@Test
	void anEditAndAPasswordChangeKeepTheirInputToo() throws Exception {
		String petugas = staf.petugasTrc("DLHK");
		long id = jdbc.sql("select id from akun.pengguna where username = ?").param(petugas).query(Long.class).single();
		Document halaman = tolak(post("/admin/akun/pengguna/{id}", id).param("nama", " ").param("email", "x@")
			.param("peran", "PETUGAS_TRC").param("opdId", String.valueOf(staf.opdId("DLHK"))).param("timId", ""), 400, kominfo());
		assertThat(halaman.getElementById("galat-nama").text()).startsWith("Nama lengkap wajib diisi");
		assertThat(halaman.getElementById("galat-email")).isNotNull();
		assertThat(halaman.getElementById("galat-timId")).isNotNull();
		assertThat(halaman.getElementById("email").val()).isEqualTo("x@");
		assertThat(halaman.select("input[name=aktif]").hasAttr("checked")).as("unticked stays unticked").isFalse();
		tanpaNamaInternal(halaman);

		Document sandi = tolak(post("/admin/akun/pengguna/{id}/sandi", id).param("kataSandi", "123"), 400, kominfo());
		assertThat(sandi.getElementById("galat-kataSandi").text()).isEqualTo("Kata sandi harus 10 sampai 72 karakter.");
		assertThat(sandi.getElementById("nama").val()).isEqualTo("Uji " + petugas);
	}

	@Test
	void theUserFormListsOnlyTheChosenAgencysTeams() throws Exception {
		TimTrc lain = staf.tim("DLHK", Set.of());
		long pupr = staf.opdId("PUPR");
		// a new user of the whole city: no agency yet, so no teams
		Document baru = Jsoup.parse(mvc.perform(get("/admin/akun/pengguna/baru").with(kominfo())).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString());
		assertThat(baru.select("#timId option").eachAttr("value")).containsExactly("");
		assertThat(baru.getElementById("opdId").attr("hx-get")).isEqualTo("/admin/akun/pengguna/pilihan-tim");

		// the htmx reload when the agency changes
		Document pilihan = Jsoup.parse(mvc.perform(get("/admin/akun/pengguna/pilihan-tim").param("opdId", String.valueOf(lain.opdId()))
			.param("timId", String.valueOf(lain.id())).with(kominfo())).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
		List<String> tim = pilihan.select("select#timId option").eachAttr("value");
		assertThat(tim).contains(String.valueOf(lain.id()), String.valueOf(staf.timUtama("DLHK").id()))
			.doesNotContain(String.valueOf(staf.timUtama("PUPR").id()));
		assertThat(pilihan.select("option[selected]").val()).isEqualTo(String.valueOf(lain.id()));

		// without JavaScript: the form comes back with that agency's teams, nothing saved
		Document tanpaJs = Jsoup.parse(mvc.perform(post("/admin/akun/pengguna/baru").param("perbarui", "tim").param("username", "belum.disimpan")
			.param("nama", "Belum").param("peran", "PETUGAS_TRC").param("opdId", String.valueOf(pupr)).with(kominfo()).with(csrf()))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
		assertThat(tanpaJs.select("#timId option").eachAttr("value")).contains(String.valueOf(staf.timUtama("PUPR").id()))
			.doesNotContain(String.valueOf(lain.id()));
		assertThat(tanpaJs.getElementById("username").val()).isEqualTo("belum.disimpan");
		assertThat(tanpaJs.getElementById("ringkasan-galat")).isNull();
		assertThat(tanpaJs.body().text()).contains("ketik ulang sebelum menyimpan");
		assertThat(jdbc.sql("select count(*) from akun.pengguna where username = 'belum.disimpan'").query(Integer.class).single()).isZero();

		// an agency administrator sees only their own agency's teams, whatever is asked
		String adminPupr = staf.adminOpd("PUPR");
		Document milikSendiri = Jsoup.parse(mvc.perform(get("/admin/akun/pengguna/pilihan-tim").param("opdId", String.valueOf(lain.opdId()))
			.with(user(adminPupr).roles("ADMIN_OPD"))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
		assertThat(milikSendiri.select("option").eachAttr("value")).doesNotContain(String.valueOf(lain.id()))
			.contains(String.valueOf(staf.timUtama("PUPR").id()));
	}

	@Test
	void teamAgencyAndApiKeyFormsKeepTheirInput() throws Exception {
		Document tim = tolak(post("/admin/akun/tim/baru").param("opdId", String.valueOf(staf.opdId("DLHK"))).param("nama", "")
			.param("wilayah", "53.71.04", "99.99").param("utama", "true"), 400, kominfo());
		assertThat(tim.getElementById("galat-nama")).isNotNull();
		assertThat(tim.getElementById("galat-wilayah").text()).contains("99.99");
		assertThat(tim.select("#wilayah option[selected]").eachAttr("value")).contains("53.71.04");
		assertThat(tim.select("input[name=utama]").hasAttr("checked")).isTrue();
		tanpaNamaInternal(tim);

		Document opd = tolak(post("/admin/opd/baru").param("nama", "Dinas Lingkungan Hidup dan Kebersihan Kota Kupang").param("singkatan", "PUPR")
			.param("jenis", "bukan-jenis").param("kodeWilayah", "53.71.04"), 409, kominfo());
		assertThat(opd.getElementById("galat-nama")).isNotNull();
		assertThat(opd.getElementById("galat-singkatan").text()).isEqualTo("Singkatan ini sudah dipakai Perangkat Daerah lain.");
		assertThat(opd.getElementById("galat-jenis")).isNotNull();
		assertThat(opd.getElementById("kodeWilayah").val()).isEqualTo("53.71.04");
		assertThat(opd.select("#jenis option").eachText()).contains("Dinas", "Rumah sakit umum daerah");
		tanpaNamaInternal(opd);

		Document kunci = tolak(post("/admin/akun/kunci-api").param("nama", "Aplikasi warga").param("scopes", "Open 311!, open311, open311"),
				400, kominfo());
		assertThat(kunci.getElementById("nama").val()).isEqualTo("Aplikasi warga");
		assertThat(kunci.getElementById("scopes").val()).isEqualTo("Open 311!, open311, open311");
		assertThat(kunci.getElementById("galat-scopes")).isNotNull();
		tanpaNamaInternal(kunci);
	}

	private RequestPostProcessor kominfo() {
		return user(staf.adminKominfo()).roles("ADMIN_KOMINFO");
	}

	private Document tolak(MockHttpServletRequestBuilder permintaan, int status, RequestPostProcessor siapa) throws Exception {
		String html = mvc.perform(permintaan.with(siapa).with(csrf())).andExpect(status().is(status))
			.andReturn().getResponse().getContentAsString();
		return Jsoup.parse(html);
	}

	static void tanpaNamaInternal(Document halaman) {
		Matcher m = NAMA_INTERNAL.matcher(halaman.body().text());
		assertThat(m.find()).as("internal name on the page: %s", m.hitEnd() ? "" : m.group()).isFalse();
	}
}
