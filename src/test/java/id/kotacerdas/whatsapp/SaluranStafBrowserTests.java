package id.kotacerdas.whatsapp;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;

import id.kotacerdas.Peramban;

/**
 * The demo's WhatsApp and SMS reports as DLHK's staff read them on a 360-px phone: the worklist
 * filtered by channel (each row names its channel), and the WhatsApp report's page with its chat.
 * Same context as CrawlTests. Screenshots: target/layar/saluran-*.png.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("demo")
class SaluranStafBrowserTests {

	private static final String SANDI_DEMO = "demo-kupang-2026";

	@RegisterExtension
	static final Peramban peramban = new Peramban();

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@ParameterizedTest
	@ValueSource(strings = { "trc.dlhk", "dlhk" })
	void dlhkStaffSeeTheChannelsAndTheChatOnAPhone(String akun) {
		String nomor = jdbc.sql("select nomor from pengaduan.pengaduan where saluran = 'whatsapp' and telepon_pelapor = '+6281337004455'")
			.query(String.class).single();
		try (BrowserContext ctx = peramban.browser().newContext(new Browser.NewContextOptions().setViewportSize(360, 740).setLocale("id-ID"))) {
			Page p = ctx.newPage();
			p.navigate("http://localhost:" + port + "/masuk");
			p.locator("#username").fill(akun);
			p.locator("#password").fill(SANDI_DEMO);
			p.locator("main button[type=submit]").click();
			assertThat(p.locator("h1")).isVisible();

			for (String saluran : new String[] { "whatsapp", "sms" }) {
				p.navigate("http://localhost:" + port + "/staf/pengaduan?saluran=" + saluran);
				assertThat(p.locator("main .label.saluran").first()).hasText(saluran.equals("sms") ? "SMS" : "WhatsApp");
				assertThat((Boolean) p.evaluate("document.documentElement.scrollWidth <= window.innerWidth")).isTrue();
				p.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/layar/saluran-" + saluran + "-" + akun + ".png"))
					.setFullPage(true));
			}

			p.navigate("http://localhost:" + port + "/staf/pengaduan/" + nomor);
			p.locator("#transkrip-whatsapp summary").click();
			assertThat(p.locator("#transkrip-whatsapp")).containsText("Selamat siang, saya mau lapor sampah");
			assertThat(p.locator("main")).containsText("Perkiraan banyaknya sampah");
			assertThat((Boolean) p.evaluate("document.documentElement.scrollWidth <= window.innerWidth")).isTrue();
			p.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/layar/saluran-transkrip-" + akun + ".png")).setFullPage(true));
		}
	}
}
