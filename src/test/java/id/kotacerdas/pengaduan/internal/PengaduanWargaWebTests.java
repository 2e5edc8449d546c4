package id.kotacerdas.pengaduan.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import id.kotacerdas.berkas.GambarUji;
import id.kotacerdas.CsrfAplikasi;
import id.kotacerdas.IntegrationTest;
import id.kotacerdas.notifikasi.Kontak;
import id.kotacerdas.notifikasi.KotakUji;
import id.kotacerdas.notifikasi.Notifikasi;
import id.kotacerdas.pengaduan.DataUjiPengaduan;
import id.kotacerdas.pengaduan.LaporanBaru;
import id.kotacerdas.pengaduan.TandaTerima;
import id.kotacerdas.platform.PermintaanDitolakException;
import id.kotacerdas.wilayah.Kelurahan;
import id.kotacerdas.wilayah.Wilayah;

/** The citizen's side over HTTP without JavaScript: refusals that keep everything, forms without a session, lost links, "saya juga". */
@IntegrationTest
class PengaduanWargaWebTests {

	private static final Pattern TAUTAN = Pattern.compile("/pengaduan/tindak-lanjut/([A-Za-z0-9_-]{20,})");

	@Autowired
	MockMvc mvc;

	@Autowired
	PengaduanService layanan;

	@Autowired
	Notifikasi notifikasi;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Wilayah wilayah;

	@Autowired
	CsrfTokenRepository csrfAplikasi;

	@LocalServerPort
	int port;

	private long jumlah() {
		return jdbc.sql("select count(*) from pengaduan.pengaduan").query(Long.class).single();
	}

	private static RequestPostProcessor dari(String ip) {
		return r -> {
			r.setRemoteAddr(ip);
			return r;
		};
	}

	private TandaTerima ajukan(Kelurahan kel, String telepon, String email) {
		return layanan.ajukan(new LaporanBaru("sampah", "Sampah di selokan", kel.lat(), kel.lon(), null, null, "Ani", telepon, email,
				false, false, Map.of(), List.of(), "web"));
	}

	/** The one e-mail rule of notifikasi.Kontak: addresses a mail server would refuse are refused here and store nothing. */
	@ParameterizedTest
	@CsvSource({ "ani..lapor@contoh.id", ".ani@contoh.id", "ani@.contoh.id", "ani@contoh.id." })
	void anAddressNoMailServerTakesIsRefusedAndNothingIsStored(String email) {
		long sebelum = jumlah();
		Kelurahan kel = wilayah.kelurahan().get(0);
		assertThatThrownBy(() -> ajukan(kel, null, email)).isInstanceOf(PermintaanDitolakException.class)
			.extracting(e -> ((PermintaanDitolakException) e).kodePesan()).isEqualTo("pengaduan.email-tidak-valid");
		assertThat(jumlah()).isEqualTo(sebelum);
	}

	@Test
	void aRefusedReportComesBackWithEverythingTypedAndEveryErrorBesideItsField() throws Exception {
		long sebelum = jumlah();
		String html = mvc.perform(multipart("/pengaduan")
			.file(new MockMultipartFile("foto", "a.png", "image/png", GambarUji.png(40, 30)))
			.param("kategori", "jalan-rusak").param("deskripsi", " ").param("atribut[ukuran]", "dua puluh")
			.param("atribut[bahaya]", "motor").param("atribut[bahaya]", "macet").param("alamat", "Jl. Timor Raya").param("nama", "Maria")
			.param("telepon", "telepon saya").param("email", "maria@").param("rahasia", "on").with(csrf()))
			.andExpect(status().isBadRequest())
			.andReturn().getResponse().getContentAsString();
		// five refusals at once, each in the summary (linked to its field) and beside the field
		Matcher ringkasan = Pattern.compile("(?s)id=\"ringkasan-galat\".*?</ul>").matcher(html);
		assertThat(ringkasan.find()).isTrue();
		assertThat(ringkasan.group()).contains("href=\"#deskripsi\"", "href=\"#q-jalan-rusak-ukuran\"", "href=\"#telepon\"",
				"href=\"#email\"", "Jelaskan masalahnya.", "Jawaban &quot;Perkiraan panjang kerusakan (meter)&quot; harus berupa angka.",
				"Nomor telepon tidak valid.", "Alamat e-mail tidak valid.");
		assertThat(Pattern.compile("<li><a ").matcher(ringkasan.group()).results().count()).isEqualTo(4);
		assertThat(html).containsPattern("id=\"telepon\"[^>]*aria-invalid=\"true\"[^>]*>\\s*<p class=\"galat-isian\" data-isian=\"telepon\">Nomor telepon tidak valid.</p>");
		// what was typed is still there, extra answers and check boxes included; the photo is asked for again
		assertThat(html).contains("value=\"Jl. Timor Raya\"", "value=\"Maria\"", "value=\"telepon saya\"", "value=\"maria@\"",
				"value=\"dua puluh\"");
		assertThat(html).containsPattern("value=\"motor\" checked=\"checked\"").containsPattern("value=\"macet\" checked=\"checked\"")
			.doesNotContainPattern("value=\"pejalan\" checked");
		assertThat(html).containsPattern("id=\"rahasia\" checked=\"checked\"");
		assertThat(html).containsPattern("<option value=\"jalan-rusak\" selected=\"selected\"");
		assertThat(html).contains("1 foto yang Anda pilih belum tersimpan");
		assertThat(jumlah()).isEqualTo(sebelum);
	}

	@Test
	void citizenFormsNeedNoSessionButStillTheirCsrfTokenWhileStaffTokensStayInTheSession() throws Exception {
		CsrfAplikasi.pulihkan(mvc, csrfAplikasi);
		// over real HTTP: reading the form creates no session, only the token's cookie
		var nyata = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
				java.net.URI.create("http://localhost:" + port + "/pengaduan/baru")).build(), java.net.http.HttpResponse.BodyHandlers.discarding());
		assertThat(nyata.headers().allValues("Set-Cookie")).noneMatch(c -> c.startsWith("JSESSIONID"))
			.anyMatch(c -> c.startsWith("kc-csrf=") && c.contains("HttpOnly"));
		var halaman = mvc.perform(get("/pengaduan/baru")).andExpect(status().isOk()).andReturn();
		Cookie kue = halaman.getResponse().getCookie("kc-csrf");
		assertThat(kue).isNotNull();
		assertThat(kue.isHttpOnly()).isTrue();
		Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(halaman.getResponse().getContentAsString());
		assertThat(token.find()).isTrue();
		Kelurahan kel = DataUjiPengaduan.kelurahan(wilayah, 8);
		long sebelum = jumlah();
		// the form's token without its cookie (a forged post) is refused; with it, it files without any session
		mvc.perform(multipart("/pengaduan").param("_csrf", token.group(1)).param("kategori", "sampah").param("deskripsi", "Uji cookie")
			.param("kelurahan", kel.kode())).andExpect(status().isForbidden());
		mvc.perform(multipart("/pengaduan").cookie(kue).param("_csrf", token.group(1)).param("kategori", "sampah")
			.param("deskripsi", "Uji cookie").param("kelurahan", kel.kode()))
			.andExpect(status().isFound()).andExpect(redirectedUrl("/pengaduan/terkirim"));
		assertThat(jumlah()).isEqualTo(sebelum + 1);

		// signed in, a staff member's tokens live in the session again
		DataUjiPengaduan.pengguna(jdbc, "kominfo.csrf", "ADMIN_KOMINFO", null, null);
		var masuk = mvc.perform(formLogin("/masuk").user("kominfo.csrf").password(DataUjiPengaduan.SANDI)).andReturn();
		var staf = mvc.perform(get("/staf").cookie(masuk.getResponse().getCookie("JSESSIONID"))).andExpect(status().isOk()).andReturn();
		assertThat(staf.getResponse().getCookie("kc-csrf")).isNull();
		// sessions live in PostgreSQL (Spring Session JDBC)
		assertThat(jdbc.sql("""
				select a.attribute_name from akun.sesi s join akun.sesi_attributes a on a.session_primary_id = s.primary_id
				where s.principal_name = 'kominfo.csrf'""").query(String.class).list()).anyMatch(n -> n.contains("CsrfToken"));
	}

	@Test
	void aLostLinkGoesOnlyToTheMatchingContactAndTheAnswerIsTheSameEitherWay() throws Exception {
		Kelurahan kel = DataUjiPengaduan.kelurahan(wilayah, 9);
		TandaTerima t = ajukan(kel, "0812-7777-1234", "Ani.Lapor@contoh.id");
		long auditSebelum = jdbc.sql("select count(*) from audit.catatan where aksi = 'pengaduan.tautan-diminta' and id_objek = ?")
			.param(t.nomor()).query(Long.class).single();

		// wrong contact: nothing sent, the old link still works, same answer as a match
		mvc.perform(post("/pengaduan/tautan").param("nomor", t.nomor()).param("kontak", "orang.lain@contoh.id").with(csrf()).with(dari("10.20.0.1")))
			.andExpect(status().isFound()).andExpect(redirectedUrl("/pengaduan/tautan?diminta"));
		mvc.perform(post("/pengaduan/tautan").param("nomor", "KPG-1999-000001").param("kontak", "0812-7777-1234").with(csrf()).with(dari("10.20.0.1")))
			.andExpect(status().isFound()).andExpect(redirectedUrl("/pengaduan/tautan?diminta"));
		assertThat(pesanKe("sms", "0812-7777-1234", t.nomor())).isEmpty();
		mvc.perform(get("/pengaduan/tindak-lanjut/" + t.tokenTindakLanjut())).andExpect(status().isOk());

		// the phone in another spelling: a new link goes to that phone (through the outbox), the old one stops working
		mvc.perform(post("/pengaduan/tautan").param("nomor", " " + t.nomor().toLowerCase() + " ").param("kontak", "+62 812 7777 1234")
			.with(csrf()).with(dari("10.20.0.1")))
			.andExpect(status().isFound()).andExpect(redirectedUrl("/pengaduan/tautan?diminta"));
		List<String> sms = pesanKe("sms", "0812-7777-1234", t.nomor());
		assertThat(sms).hasSize(1);
		Matcher baru = TAUTAN.matcher(sms.get(0));
		assertThat(baru.find()).isTrue();
		mvc.perform(get("/pengaduan/tindak-lanjut/" + t.tokenTindakLanjut())).andExpect(status().isNotFound());
		mvc.perform(get("/pengaduan/tindak-lanjut/" + baru.group(1))).andExpect(status().isOk());
		// no SMS gateway here: the message waits untouched instead of failing every few minutes
		notifikasi.kirimTertunda();
		assertThat(notifikasi.untuk("sms", "0812-7777-1234")).singleElement().satisfies(s -> assertThat(s.jumlahPercobaan()).isZero());

		// the e-mail in another case: to the e-mail
		mvc.perform(post("/pengaduan/tautan").param("nomor", t.nomor()).param("kontak", "ani.lapor@CONTOH.id").with(csrf()).with(dari("10.20.0.1")))
			.andExpect(status().isFound());
		assertThat(pesanKe("email", "Ani.Lapor@contoh.id", t.nomor())).hasSize(1);

		// every request is audited, never with the contact typed
		var audit = jdbc.sql("select sesudah::text from audit.catatan where aksi = 'pengaduan.tautan-diminta' and id_objek = ? order by id")
			.param(t.nomor()).query(String.class).list();
		assertThat(audit).hasSize((int) auditSebelum + 3);
		assertThat(audit.get(audit.size() - 3)).contains("\"cocok\": false");
		assertThat(audit.get(audit.size() - 2)).contains("\"cocok\": true", "\"saluran\": \"sms\"", "10.20.0.1");
		assertThat(String.join(" ", audit)).doesNotContain("orang.lain", "7777");

		// missing fields are named (the per-address limit is BatasLajuWargaTests')
		mvc.perform(post("/pengaduan/tautan").param("nomor", "").param("kontak", "").with(csrf()).with(dari("10.20.0.2")))
			.andExpect(status().isBadRequest())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
				.string(org.hamcrest.Matchers.containsString("Isi nomor pengaduan.")));
	}

	private List<String> pesanKe(String saluran, String tujuan, String nomor) {
		return KotakUji.menunggu(notifikasi, saluran, tujuan).stream().filter(m -> m.teks().subjek().equals("Tautan baru untuk pengaduan " + nomor))
			.map(m -> m.teks().isi()).toList();
	}

	@ParameterizedTest
	@CsvSource(nullValues = "-", value = {
			"Ani@Contoh.ID, email", "ani@contoh.id, email", "0812-3456-789, sms", "+62 812 3456 789, sms", "62812345678 9, sms",
			"0812345678, -", "3456789, -", "ani@contoh, -", "'', -", "-, -" })
	void theContactMatchesTheEmailInAnyCaseOrThePhoneInAnySpelling(String kontak, String saluran) {
		Pengaduan.Isi isi = new Pengaduan.Isi("KPG-2026-000001", "sampah", "d", "{}", null, null, "", null, null, false, false, "Ani",
				"0812-3456-789", "ani@contoh.id", "h", "web", Instant.EPOCH, Instant.EPOCH, Instant.EPOCH);
		assertThat(PengaduanService.kontakCocok(isi, kontak).map(Kontak::saluran).orElse(null)).isEqualTo(saluran);
	}

	@ParameterizedTest
	@CsvSource({ "whatsapp, whatsapp", "sms, sms", "web, sms", "open311, sms" })
	void aMatchedPhoneIsReachedOnTheChatChannelTheReportCameBy(String asal, String saluran) {
		Pengaduan.Isi isi = new Pengaduan.Isi("KPG-2026-000001", "sampah", "d", "{}", null, null, "", null, null, false, false, null,
				"+6281234567890", null, "h", asal, Instant.EPOCH, Instant.EPOCH, Instant.EPOCH);
		assertThat(PengaduanService.kontakCocok(isi, "0812 3456 7890")).contains(new Kontak(saluran, "+6281234567890"));
	}

	@Test
	void sayaJugaCountsOncePerBrowserAndIsRateLimitedPerAddress() throws Exception {
		Kelurahan kel = DataUjiPengaduan.kelurahan(wilayah, 10);
		TandaTerima t = ajukan(kel, null, null);
		var pertama = mvc.perform(post("/pengaduan/" + t.nomor() + "/dukung").with(csrf()).with(dari("10.30.0.1")))
			.andExpect(status().isFound()).andReturn();
		Cookie kue = pertama.getResponse().getCookie(PengaduanWargaController.KUE_DUKUNGAN);
		assertThat(kue.getValue()).isEqualTo(t.nomor());
		mvc.perform(post("/pengaduan/" + t.nomor() + "/dukung").cookie(kue).with(csrf()).with(dari("10.30.0.1")))
			.andExpect(status().isFound());
		assertThat(layanan.publik(t.nomor()).orElseThrow().jumlahDukungan()).isEqualTo(1);
		mvc.perform(get("/pengaduan/" + t.nomor()).cookie(kue))
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
				.string(org.hamcrest.Matchers.containsString("id=\"sudah-didukung\"")));

		// other browsers each add one from the "nearby" box (the per-address limit is BatasLajuWargaTests')
		long sebelum = jumlah();
		for (int i = 0; i < 10; i++) {
			mvc.perform(post("/pengaduan/" + t.nomor() + "/dukung").param("fragmen", "1").with(csrf()).with(dari("10.30.0.2")))
				.andExpect(status().isOk());
		}
		assertThat(layanan.publik(t.nomor()).orElseThrow().jumlahDukungan()).isEqualTo(11);
		assertThat(jumlah()).isEqualTo(sebelum);
	}
}
