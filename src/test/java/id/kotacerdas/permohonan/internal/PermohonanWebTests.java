package id.kotacerdas.permohonan.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import id.kotacerdas.IntegrationTest;
import id.kotacerdas.akun.internal.StafUji;
import id.kotacerdas.permohonan.AlurBaru;
import id.kotacerdas.permohonan.MesinPermohonan;
import id.kotacerdas.permohonan.Pemohon;
import id.kotacerdas.permohonan.PermohonanBaru;
import id.kotacerdas.permohonan.StatusPermohonan;
import id.kotacerdas.permohonan.TahapBaru;
import id.kotacerdas.permohonan.TandaTerimaPermohonan;
import id.kotacerdas.platform.Peran;

/** The tracking page as a phone without JavaScript receives it, and the back office's worklist and detail page. */
@IntegrationTest
class PermohonanWebTests {

	/** The budget for the tracking page on the wire, stylesheets included. */
	static final int ANGGARAN_BYTE = 20 * 1024;

	private static final AtomicInteger URUT = new AtomicInteger();

	private static final Pattern ASET = Pattern.compile("<(?:link[^>]+href|script[^>]+src|img[^>]+src)=\"(/[^\"]+)\"");

	static final Pemohon YULIANA = new Pemohon("5371054107950003", "Yuliana Mbura", "yuliana.mbura@contoh.invalid", "081237001234");

	@Autowired
	MockMvc mvc;

	@Autowired
	MesinPermohonan mesin;

	@Autowired
	LayananPermohonan layanan;

	@Autowired
	StafUji stafUji;

	@Autowired
	Clock clock;

	@LocalServerPort
	int port;

	private final HttpClient http = HttpClient.newHttpClient();

	/** A flow of the agency's own, named uniquely: the kelurahan domicile letter, owned here by {@code opd}. */
	private String alur(String opd, String unit) {
		String kode = "uji.domisili-" + URUT.incrementAndGet() + "-" + System.nanoTime();
		long id = stafUji.opdId(opd);
		mesin.tetapkanAlur(new AlurBaru(kode, "Surat Keterangan Domisili", "uji", null, 3, List.of(
				new TahapBaru("Verifikasi berkas di front office", id, unit, null, 1, List.of("Foto KTP-el pemohon", "Surat pengantar RT/RW")),
				new TahapBaru("Persetujuan Lurah", id, unit, Peran.ADMIN_OPD, 2, List.of()))));
		return kode;
	}

	private TandaTerimaPermohonan ajukan(String alur) {
		return mesin.ajukan(new PermohonanBaru(alur, "Surat domisili untuk melamar kerja di Bank NTT", null, YULIANA));
	}

	private static String jalur(String url) {
		return URI.create(url).getPath();
	}

	private byte[] ambil(String jalur, boolean gzip) throws IOException, InterruptedException {
		HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + port + jalur));
		if (gzip) {
			b.header("Accept-Encoding", "gzip");
		}
		HttpResponse<byte[]> r = http.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
		assertThat(r.statusCode()).as(jalur).isEqualTo(200);
		return r.body();
	}

	private static String teks(byte[] isi) {
		return new String(isi, java.nio.charset.StandardCharsets.UTF_8);
	}

	/** The page and everything it loads, in bytes as sent (uncompressed: the strict count; gzip when the client asks for it). */
	private long diKabel(String jalur, boolean gzip) throws IOException, InterruptedException {
		byte[] html = ambil(jalur, false);
		long total = ambil(jalur, gzip).length;
		Matcher m = ASET.matcher(teks(html));
		while (m.find()) {
			total += ambil(m.group(1), gzip).length;
		}
		return total;
	}

	@Test
	void theTrackingPageIsLightNeedsNoScriptAndShowsPersonalDataOnlyWithTheToken() throws Exception {
		TandaTerimaPermohonan t = ajukan(alur("Dukcapil", "Kelurahan Naikoten II"));
		String publik = teks(ambil(jalur(t.tautanLacak()), false));
		assertThat(publik).doesNotContain("<script").contains("Tahap 1 dari 2: Verifikasi berkas di front office",
				"Kelurahan Naikoten II, Dinas Kependudukan dan Pencatatan Sipil Kota Kupang", "0 dari 3 hari kerja", "WITA", "Persetujuan Lurah");
		assertThat(publik).as("no personal data without the token").doesNotContain("Yuliana", "5371054107950003", "•••• 0003",
				"yuliana.mbura@contoh.invalid", "081237001234", "Bank NTT");

		long mentah = diKabel(jalur(t.tautanLacak()), false);
		long gzip = diKabel(jalur(t.tautanLacak()), true);
		System.out.printf("Tracking page on the wire: %d bytes uncompressed, %d bytes gzip (budget %d)%n", mentah, gzip, ANGGARAN_BYTE);
		assertThat(mentah).isLessThanOrEqualTo(ANGGARAN_BYTE);

		HttpResponse<String> pribadi = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + jalur(t.tautanPribadi()))).build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(pribadi.body()).contains("Yuliana Mbura", "•••• •••• •••• 0003", "yuliana.mbura@contoh.invalid", "Bank NTT")
			.doesNotContain("5371054107950003");
		assertThat(pribadi.headers().firstValue("Cache-Control")).hasValue("no-store");
		assertThat(pribadi.headers().firstValue("Referrer-Policy")).hasValue("no-referrer");
		assertThat(diKabel(jalur(t.tautanPribadi()), false)).isLessThanOrEqualTo(ANGGARAN_BYTE);

		mvc.perform(get("/c/" + t.kode() + "/bukan-tokennya")).andExpect(status().isNotFound());
		mvc.perform(get("/c/KPG-ZZZZZ")).andExpect(status().isNotFound());
		// typed in lower case or with O for zero, the code still finds its page
		mvc.perform(get("/c").param("kode", t.kode().toLowerCase())).andExpect(status().is3xxRedirection());
	}

	@Test
	void aReturnShowsWhatIsMissingAndTheApplicantResubmitsWithAPlainForm() throws Exception {
		String alur = alur("Dukcapil", "Kelurahan Naikoten II");
		TandaTerimaPermohonan t = ajukan(alur);
		RequestPostProcessor petugas = user(stafUji.petugasTrc("Dukcapil")).roles("PETUGAS_TRC");
		mvc.perform(post("/staf/permohonan/" + t.kode() + "/kembalikan").with(petugas).with(csrf())
			.param("versi", String.valueOf(mesin.cari(t.kode()).orElseThrow().versi()))
			.param("alasan", "Surat pengantar belum ditandatangani Ketua RW.")
			.param("kekurangan", "Surat pengantar RT/RW")
			.param("kekuranganLain", "Foto KTP-el yang tidak terpotong\n"))
			.andExpect(status().is3xxRedirection());
		String publik = teks(ambil(jalur(t.tautanLacak()), false));
		assertThat(publik).contains("Dikembalikan untuk dilengkapi", "Surat pengantar belum ditandatangani Ketua RW.", "Surat pengantar RT/RW",
				"Foto KTP-el yang tidak terpotong", "waktu layanan berhenti").doesNotContain("form-ajukan-ulang");
		String pribadi = teks(ambil(jalur(t.tautanPribadi()), false));
		assertThat(pribadi).contains("form-ajukan-ulang", "name=\"_csrf\"");

		mvc.perform(post(jalur(t.tautanPribadi()) + "/ajukan-ulang").with(csrf()).param("catatan", "Sudah ditandatangani Ketua RW 05"))
			.andExpect(status().is3xxRedirection());
		assertThat(mesin.cari(t.kode()).orElseThrow().status()).isEqualTo(StatusPermohonan.DIPROSES);
		assertThat(teks(ambil(jalur(t.tautanLacak()), false))).contains("Diajukan ulang setelah dilengkapi", "Sudah ditandatangani Ketua RW 05");
		// a second resubmission is refused in words on the same page, and what was typed stays
		String lagi = mvc.perform(post(jalur(t.tautanPribadi()) + "/ajukan-ulang").with(csrf()).param("catatan", "Sekali lagi"))
			.andExpect(status().isConflict()).andReturn().getResponse().getContentAsString();
		assertThat(lagi).contains("tidak bisa dilakukan", "Sekali lagi");
	}

	@Test
	void theWorklistHoldsTheAgencysWaitingStepsEarliestDeadlineFirstWithOverdueFlagged() throws Exception {
		String alur = alur("Dinsos", "Bidang Rehabilitasi Sosial");
		String terlambat = layanan.ajukanPada(new PermohonanBaru(alur, "SKTM untuk berobat", null, YULIANA), clock.instant().minus(Duration.ofDays(12))).kode();
		String baru = ajukan(alur).kode();
		String kemarin = layanan.ajukanPada(new PermohonanBaru(alur, "SKTM untuk sekolah", null, YULIANA), clock.instant().minus(Duration.ofDays(1))).kode();
		RequestPostProcessor admin = user(stafUji.adminOpd("Dinsos")).roles("ADMIN_OPD");

		String html = mvc.perform(get("/staf/permohonan").with(admin)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		Matcher m = Pattern.compile("data-kode=\"([^\"]+)\"").matcher(html);
		List<String> urutan = m.results().map(r -> r.group(1)).filter(k -> List.of(terlambat, baru, kemarin).contains(k)).toList();
		assertThat(urutan).containsExactly(terlambat, kemarin, baru);
		assertThat(html).contains("Bidang Rehabilitasi Sosial");
		assertThat(html.substring(html.indexOf("data-kode=\"" + terlambat)).substring(0, 400)).contains("lewat batas waktu");
		assertThat(mvc.perform(get("/staf/permohonan").param("unit", "Bidang Lain").with(admin)).andReturn().getResponse()
			.getContentAsString()).doesNotContain(terlambat);
		assertThat(mvc.perform(get("/staf/permohonan").with(user(stafUji.adminOpd("DLHK")).roles("ADMIN_OPD"))).andReturn().getResponse()
			.getContentAsString()).as("another agency's worklist").doesNotContain(terlambat);
	}

	@Test
	void theDetailPageOffersOnlyWhatTheAggregateAllowsAndAnOutdatedFormGets409() throws Exception {
		String kode = ajukan(alur("Dinsos", null)).kode();
		RequestPostProcessor admin = user(stafUji.adminOpd("Dinsos")).roles("ADMIN_OPD");
		String html = mvc.perform(get("/staf/permohonan/" + kode).with(admin)).andReturn().getResponse().getContentAsString();
		assertThat(html).contains("id=\"form-setujui\"", "id=\"form-kembalikan\"", "id=\"form-tolak\"", "Foto KTP-el pemohon", "Yuliana Mbura")
			.doesNotContain("5371054107950003");
		int versi = mesin.cari(kode).orElseThrow().versi();
		String pimpinan = mvc.perform(get("/staf/permohonan/" + kode).with(user(stafUji.pengguna(Peran.PIMPINAN, null, null)).roles("PIMPINAN")))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(pimpinan).as("leadership reads the state, not the applicant, and acts on nothing")
			.contains("Tahap 1 dari 2").doesNotContain("Yuliana Mbura", "yuliana.mbura@contoh.invalid", "id=\"form-setujui\"");

		mvc.perform(post("/staf/permohonan/" + kode + "/setujui").with(admin).with(csrf()).param("versi", String.valueOf(versi)))
			.andExpect(status().is3xxRedirection());
		String bentrok = mvc.perform(post("/staf/permohonan/" + kode + "/tolak").with(admin).with(csrf())
			.param("versi", String.valueOf(versi)).param("alasan", "Data KK tidak cocok"))
			.andExpect(status().isConflict()).andReturn().getResponse().getContentAsString();
		assertThat(bentrok).contains("baru saja diubah orang lain", "Data KK tidak cocok");
		assertThat(mesin.cari(kode).orElseThrow().tahapKe()).isEqualTo(2);

		String tanpaAlasan = mvc.perform(post("/staf/permohonan/" + kode + "/kembalikan").with(admin).with(csrf())
			.param("versi", String.valueOf(versi + 1)).param("alasan", " "))
			.andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
		assertThat(tanpaAlasan).contains("Tuliskan alasannya", "Sebutkan apa yang kurang");

		mvc.perform(post("/staf/permohonan/" + kode + "/tolak").with(admin).with(csrf()).param("versi", String.valueOf(versi + 1))
			.param("alasan", "Pemohon bukan warga kelurahan ini")).andExpect(status().is3xxRedirection());
		assertThat(mvc.perform(get("/staf/permohonan/" + kode).with(admin)).andReturn().getResponse().getContentAsString())
			.as("nothing left to do on a rejected application").doesNotContain("id=\"form-setujui\"", "id=\"form-kembalikan\"", "id=\"form-tolak\"")
			.contains("Pemohon bukan warga kelurahan ini");

		mvc.perform(get("/staf/permohonan/" + kode).with(user(stafUji.adminOpd("DLHK")).roles("ADMIN_OPD"))).andExpect(status().isNotFound());
		// no longer in any worklist, it is found by its code
		mvc.perform(get("/staf/permohonan").param("kode", kode.toLowerCase()).with(admin))
			.andExpect(status().is3xxRedirection());
	}
}
