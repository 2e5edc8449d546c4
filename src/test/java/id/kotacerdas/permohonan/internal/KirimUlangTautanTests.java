package id.kotacerdas.permohonan.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.URI;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import id.kotacerdas.IntegrationTest;
import id.kotacerdas.akun.internal.StafUji;
import id.kotacerdas.notifikasi.KotakUji;
import id.kotacerdas.notifikasi.Notifikasi;
import id.kotacerdas.permohonan.AlurBaru;
import id.kotacerdas.permohonan.MesinPermohonan;
import id.kotacerdas.permohonan.Pemohon;
import id.kotacerdas.permohonan.PermohonanBaru;
import id.kotacerdas.permohonan.TahapBaru;
import id.kotacerdas.permohonan.TandaTerimaPermohonan;

/**
 * A lost private link: asked for with the code and the contact filed with, a new link goes to that
 * contact only. The page never shows it and answers the same whether or not they matched.
 */
@IntegrationTest
class KirimUlangTautanTests {

	private static final AtomicInteger URUT = new AtomicInteger();

	private static final Pattern TAUTAN = Pattern.compile("https?://\\S+/c/(KPG-[0-9A-Z]{5})/(\\S+)");

	@Autowired
	MockMvc mvc;

	@Autowired
	MesinPermohonan mesin;

	@Autowired
	Notifikasi notifikasi;

	@Autowired
	StafUji stafUji;

	@Autowired
	JdbcClient jdbc;

	private TandaTerimaPermohonan ajukan(String email, String telepon) {
		String kode = "uji.domisili-tautan-" + URUT.incrementAndGet() + "-" + System.nanoTime();
		mesin.tetapkanAlur(new AlurBaru(kode, "Surat Keterangan Domisili", "uji", null, 2, List.of(
				new TahapBaru("Verifikasi berkas", stafUji.opdId("Dukcapil"), "Kelurahan Fatululi", null, 2, List.of()))));
		return mesin.ajukan(new PermohonanBaru(kode, "Surat domisili untuk pendaftaran sekolah anak", null,
				new Pemohon("5371055203900002", "Rambu Kareri", email, telepon)));
	}

	private String minta(String kode, String kontak) throws Exception {
		MvcResult r = mvc.perform(post("/c/tautan").with(csrf()).param("kode", kode).param("kontak", kontak))
			.andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/c/tautan?diminta")).andReturn();
		return r.getResponse().getContentAsString();
	}

	@Test
	void theMatchingContactGetsANewLinkTheOldOneStopsAndTheAnswerIsTheSameEitherWay() throws Exception {
		String email = "rambu.kareri." + URUT.incrementAndGet() + "@contoh.invalid";
		TandaTerimaPermohonan t = ajukan(email, "081339001122");
		String lama = URI.create(t.tautanPribadi()).getPath();
		int sebelum = KotakUji.menunggu(notifikasi, Notifikasi.EMAIL, email).size();

		// wrong contact, unknown code, wrong code shape: the same redirect and no message anywhere new
		String salah = minta(t.kode(), "orang.lain@contoh.invalid");
		String tidakAda = minta("KPG-ZZZZZ", email);
		String bukanKode = minta("bukan kode", email);
		assertThat(List.of(salah, tidakAda, bukanKode)).allMatch(String::isEmpty);
		assertThat(KotakUji.menunggu(notifikasi, Notifikasi.EMAIL, email)).hasSize(sebelum);
		mvc.perform(get(lama)).andExpect(status().isOk());

		// the e-mail as filed, typed in another case: a new link to that address only
		String jawaban = minta(t.kode().toLowerCase(), email.toUpperCase());
		assertThat(jawaban).isEqualTo(salah);
		List<KotakUji.Menunggu> kotak = KotakUji.menunggu(notifikasi, Notifikasi.EMAIL, email);
		assertThat(kotak).hasSize(sebelum + 1);
		String isi = kotak.get(kotak.size() - 1).teks().isi();
		Matcher m = TAUTAN.matcher(isi);
		assertThat(m.find()).as(isi).isTrue();
		assertThat(m.group(1)).isEqualTo(t.kode());
		String baru = "/c/" + m.group(1) + "/" + m.group(2);
		assertThat(baru).isNotEqualTo(lama);
		mvc.perform(get(baru)).andExpect(status().isOk());
		mvc.perform(get(lama)).andExpect(status().isNotFound());

		String halaman = mvc.perform(get("/c/tautan").param("diminta", "")).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString();
		assertThat(halaman).contains("Bila kode dan kontak cocok").doesNotContain(m.group(2), email);

		// audited, with whether it matched, without the contact itself
		List<String> audit = jdbc.sql("select sesudah::text from audit.catatan where aksi = 'permohonan.tautan-diminta' and id_objek = :k order by id")
			.param("k", t.kode()).query(String.class).list();
		assertThat(audit).hasSize(2);
		assertThat(audit.get(0)).contains("\"cocok\": false").doesNotContain("orang.lain");
		assertThat(audit.get(1)).contains("\"cocok\": true", "\"saluran\": \"email\"").doesNotContain(email);
	}

	@Test
	void aPhoneNumberMatchesInAnySpellingAndOnlyWhereAGatewayCanDeliverIt() throws Exception {
		TandaTerimaPermohonan t = ajukan(null, "081339001123");
		String lama = URI.create(t.tautanPribadi()).getPath();
		int sebelum = KotakUji.menunggu(notifikasi, Notifikasi.SMS, "081339001123").size();
		minta(t.kode(), "+62 813-3900-1123");
		if (notifikasi.tersedia(Notifikasi.SMS)) {
			assertThat(KotakUji.menunggu(notifikasi, Notifikasi.SMS, "081339001123")).hasSize(sebelum + 1);
			mvc.perform(get(lama)).andExpect(status().isNotFound());
		}
		else {
			// no gateway could deliver a new link: the citizen's old one must keep working
			mvc.perform(get(lama)).andExpect(status().isOk());
		}
	}

	@Test
	void anEmptyRequestIsRefusedWithWordsAndChangesNothing() throws Exception {
		String html = mvc.perform(post("/c/tautan").with(csrf()).param("kode", "KPG-7F3Q2").param("kontak", " "))
			.andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
		assertThat(html).contains("KPG-7F3Q2", "Ketik e-mail atau nomor HP");
	}
}
