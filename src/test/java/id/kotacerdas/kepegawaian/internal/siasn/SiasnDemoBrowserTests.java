package id.kotacerdas.kepegawaian.internal.siasn;

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
 * The demo account dlhk (head of DLHK) opens "Data kepegawaian saya" on a 360-px phone and sees,
 * from the seeded SIASN reference, that two of his data differ (rank, back title) and what to
 * bring. Same context as CrawlTests. Screenshot: target/layar/siasn-saya.png.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("demo")
class SiasnDemoBrowserTests {

	private static final String SANDI_DEMO = "demo-kupang-2026";

	@RegisterExtension
	static final Peramban peramban = new Peramban();

	@LocalServerPort
	int port;

	@Test
	void anEmployeeSeesWhichOfTheirDataDifferFromSiasn() {
		try (BrowserContext ctx = peramban.browser().newContext(new Browser.NewContextOptions().setViewportSize(360, 740).setLocale("id-ID"))) {
			Page p = ctx.newPage();
			p.navigate("http://localhost:" + port + "/masuk");
			p.locator("#username").fill("dlhk");
			p.locator("#password").fill(SANDI_DEMO);
			p.locator("main button[type=submit]").click();
			assertThat(p.locator("h1")).isVisible();

			p.navigate("http://localhost:" + port + "/staf/kepegawaian/saya");
			assertThat(p.locator("#jumlah-beda")).hasText("2 data Anda berbeda dengan SIASN");
			assertThat(p.locator("#siasn")).containsText("SK kenaikan pangkat terakhir");
			assertThat(p.locator("#siasn")).containsText("ijazah dan transkrip terakhir");
			assertThat(p.locator("#siasn")).containsText("IV/c");
			assertThat((Boolean) p.evaluate("document.documentElement.scrollWidth <= window.innerWidth")).isTrue();
			p.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/layar/siasn-saya.png")));
		}
	}
}
