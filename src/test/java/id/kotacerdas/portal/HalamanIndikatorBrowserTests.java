package id.kotacerdas.portal;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;

import id.kotacerdas.Peramban;

/**
 * Kominfo's list of masterplan indicators on a 360 px phone with the demo data, in both languages;
 * other roles do not get it. Same context as {@code CrawlTests}, which reaches it from the menu.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("demo")
class HalamanIndikatorBrowserTests {

	private static final String SANDI_DEMO = "demo-kupang-2026";

	@RegisterExtension
	static final Peramban peramban = new Peramban();

	@LocalServerPort
	int port;

	private String url(String path) {
		return "http://localhost:" + port + path;
	}

	private Page masuk(BrowserContext ctx, String username) {
		Page p = ctx.newPage();
		p.navigate(url("/masuk"));
		p.locator("#username").fill(username);
		p.locator("#password").fill(SANDI_DEMO);
		p.locator("main button[type=submit]").click();
		assertThat(p.locator("h1")).isVisible();
		return p;
	}

	private static void muatDi360(Page p, String nama) {
		p.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target", "layar", nama + ".png")).setFullPage(true));
		assertThat((Boolean) p.evaluate("document.documentElement.scrollWidth <= window.innerWidth")).as(nama + " fits 360 px").isTrue();
	}

	@Test
	void kominfoReadsEveryFigureWithItsValueRuleAndSourceInBothLanguages() {
		try (BrowserContext ctx = peramban.browser()
			.newContext(new Browser.NewContextOptions().setViewportSize(360, 740).setLocale("id-ID"))) {
			Page p = masuk(ctx, "kominfo");
			p.locator("nav a[href='/staf/indikator']").first().click();
			assertThat(p.locator("h1")).hasText("Indikator masterplan kota cerdas");
			assertThat(p.locator("section.dimensi h2")).hasCount(6);
			assertThat(p.locator("#dimensi-tata_kelola")).hasText("Tata kelola cerdas");
			assertThat(p.locator("article.indikator")).hasCount(5);
			var respons = p.locator("article.indikator").filter(new com.microsoft.playwright.Locator.FilterOptions()
				.setHasText("Laporan ditanggapi dalam batas waktu respons pertama"));
			// a percentage with a decimal comma, the rule with its parts, the source and how many records
			assertThat(respons.locator(".angka")).hasText(java.util.regex.Pattern.compile("^\\d{1,3},\\d %$"));
			assertThat(respons.locator(".rumus")).containsText("laporan yang sudah waktunya ditanggapi");
			assertThat(respons.locator(".sumber")).containsText("catatan dibaca, dihitung");
			// the demo fleet has no fuel budgets: no data, not 0 %
			var bbm = p.locator("article.indikator").filter(new com.microsoft.playwright.Locator.FilterOptions()
				.setHasText("Belanja BBM terhadap anggaran"));
			assertThat(bbm.locator(".angka")).hasText("Tidak ada data");
			assertThat(p.locator("section.dimensi .kosong").first()).isVisible();
			muatDi360(p, "indikator");

			p.navigate(url("/staf/indikator?periode=2026&lang=en"));
			assertThat(p.locator("h1")).hasText("Smart-city masterplan indicators");
			assertThat(p.locator("#periode-dipilih")).hasText("Period: 2026");
			assertThat(p.locator("#dimensi-tata_kelola")).hasText("Smart governance");
			assertThat(p.locator("main")).containsText("Reports answered within the first-response deadline");
			assertThat(p.locator("main")).containsText("No data");
			muatDi360(p, "indikator-en");

			assertThat(p.navigate(url("/staf/indikator?periode=bulan-ini")).status()).isEqualTo(400);
		}
	}

	@Test
	void anAgencyAdministratorHasNeitherTheMenuEntryNorThePage() {
		try (BrowserContext ctx = peramban.browser().newContext()) {
			Page p = masuk(ctx, "dlhk");
			assertThat(p.locator("a[href='/staf/indikator']")).hasCount(0);
			assertThat(p.navigate(url("/staf/indikator")).status()).isEqualTo(403);
		}
	}
}
