package id.kotacerdas.survei.internal;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;

import id.kotacerdas.IntegrationTest;
import id.kotacerdas.Peramban;
import id.kotacerdas.akun.AkunStaf;
import id.kotacerdas.akun.internal.StafUji;
import id.kotacerdas.permohonan.AlurBaru;
import id.kotacerdas.permohonan.MesinPermohonan;
import id.kotacerdas.permohonan.StatusPermohonan;
import id.kotacerdas.permohonan.TahapBaru;

/**
 * At 360 px: a kelurahan officer files for a citizen at the counter and gets the 58-mm receipt;
 * once the office completes it, the citizen opens the private link printed on the receipt (no
 * script) and answers the satisfaction survey. Screenshots in {@code target/tangkapan/loket-*.png}.
 */
@IntegrationTest
class LoketDanSurveiBrowserTests {

	@RegisterExtension
	static final Peramban peramban = new Peramban();

	@LocalServerPort
	int port;

	@Autowired
	MesinPermohonan mesin;

	@Autowired
	StafUji stafUji;

	@Autowired
	AkunStaf akun;

	private String url(String jalur) {
		return "http://localhost:" + port + jalur;
	}

	private static void foto(Page page, String nama) {
		page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target", "tangkapan", "loket-" + nama + ".png")).setFullPage(true));
	}

	private static void muatDiLayar(Page page) {
		assertThat((Boolean) page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")).as("no sideways scrolling at 360 px")
			.isTrue();
	}

	@Test
	void anOfficerFilesAtTheCounterPrintsTheReceiptAndTheCitizenAnswersTheSurvey() {
		long dukcapil = stafUji.opdId("Dukcapil");
		String alur = "uji.domisili-loket-" + System.nanoTime();
		mesin.tetapkanAlur(new AlurBaru(alur, "Surat Keterangan Domisili", "uji", null, 2, List.of(
				new TahapBaru("Verifikasi dan tanda tangan Lurah", dukcapil, "Kelurahan Naikoten II", null, 2,
						List.of("Foto KTP-el pemohon", "Surat pengantar RT/RW")))));
		String petugas = stafUji.petugasTrc("Dukcapil");

		try (BrowserContext kantor = peramban.browser().newContext(new Browser.NewContextOptions().setViewportSize(360, 740)
				.setLocale("id-ID").setAcceptDownloads(true));
				BrowserContext warga = peramban.browser().newContext(new Browser.NewContextOptions().setViewportSize(360, 740)
					.setLocale("id-ID").setJavaScriptEnabled(false))) {
			Page k = kantor.newPage();
			k.navigate(url("/masuk"));
			k.locator("#username").fill(petugas);
			k.locator("#password").fill(StafUji.SANDI);
			k.locator("button[type=submit]").last().click();
			// from the staff menu's worklist to the counter
			k.navigate(url("/staf/permohonan"));
			k.locator("#ke-loket").click();
			k.locator("#alurKode").selectOption(alur);
			k.locator("#nik").fill("5371054410680003");
			k.locator("#nama").fill("Mama Yohana Bria");
			k.locator("#telepon").fill("0813 3955 1234");
			k.locator("#perihal").fill("Surat keterangan domisili untuk mengurus bantuan PKH");
			muatDiLayar(k);
			foto(k, "formulir");
			k.locator("#form-loket button[type=submit]").click();

			assertThat(k.locator("#kode-struk")).hasText(java.util.regex.Pattern.compile("KPG-[0-9A-Z]{5}"));
			String kode = k.locator("#kode-struk").textContent();
			assertThat(k.locator("#struk")).containsText("Mama Yohana Bria");
			assertThat(k.locator("#struk")).containsText("WITA");
			assertThat(k.locator("#struk svg")).hasCount(2);
			muatDiLayar(k);
			foto(k, "struk-58mm");
			String tautanPribadi = k.locator("#qr-pribadi .alamat").textContent();
			assertThat(tautanPribadi).contains("/c/" + kode + "/");
			// the A6 PDF, posted as the receipt's form does (it opens in a tab of its own, keeping this page's one-time link)
			var form = k.locator("form[action$='tanda-terima.pdf']");
			com.microsoft.playwright.APIResponse pdf = kantor.request().post(url("/staf/permohonan/loket/" + kode + "/tanda-terima.pdf"),
					com.microsoft.playwright.options.RequestOptions.create().setForm(com.microsoft.playwright.options.FormData.create()
						.set("token", form.locator("input[name=token]").inputValue())
						.set("_csrf", form.locator("input[name=_csrf]").inputValue())));
			assertThat(pdf.status()).isEqualTo(200);
			assertThat(pdf.headers().get("content-type")).isEqualTo("application/pdf");
			assertThat(new String(pdf.body(), 0, 4, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF");

			// the office completes it
			mesin.setujui(kode, mesin.cari(kode).orElseThrow().versi(), akun.adminKominfo().get(0));
			assertThat(mesin.cari(kode).orElseThrow().status()).isEqualTo(StatusPermohonan.SELESAI);

			// the citizen, on a phone without script, opens the receipt's private link and answers the survey
			Page w = warga.newPage();
			w.navigate(tautanPribadi);
			assertThat(w.locator("#tautan-pemohon")).containsText("Isi survei kepuasan layanan");
			w.locator("#tautan-pemohon a").first().click();
			assertThat(w.locator("fieldset.unsur")).hasCount(9);
			int[] nilai = { 4, 3, 4, 4, 3, 3, 4, 3, 3 };
			for (int i = 0; i < nilai.length; i++) {
				w.locator("input[name=u" + (i + 1) + "][value='" + nilai[i] + "']").check();
			}
			w.locator("details.responden summary").click();
			w.locator("#umur").selectOption("USIA_50_59");
			w.locator("#jenisKelamin").selectOption("PEREMPUAN");
			w.locator("#saran").fill("Petugas loket sabar membantu saya yang tidak bisa pakai HP.");
			muatDiLayar(w);
			foto(w, "survei");
			w.locator("#form-survei button[type=submit]").click();
			assertThat(w.locator("#terima-kasih")).isVisible();
			muatDiLayar(w);
			foto(w, "survei-terima-kasih");

			w.navigate(url("/kepatuhan-layanan"));
			assertThat(w.locator("tr[data-alur='" + alur + "']")).containsText("Kelurahan Naikoten II");
			muatDiLayar(w);
			foto(w, "kepatuhan");
		}
	}
}
