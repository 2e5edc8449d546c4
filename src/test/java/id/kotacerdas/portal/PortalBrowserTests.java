package id.kotacerdas.portal;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;

import id.kotacerdas.IntegrationTest;
import id.kotacerdas.Peramban;

@IntegrationTest
class PortalBrowserTests {

	@RegisterExtension
	static final Peramban peramban = new Peramban();

	@LocalServerPort
	int port;



	@Test
	void landingPageShowsTheMapWithTheKelurahanBoundariesAndAdminLogsIn() {
		try (BrowserContext ctx = peramban.browser().newContext(new Browser.NewContextOptions().setViewportSize(360, 740).setLocale("id-ID"))) {
			Page page = ctx.newPage();
			page.navigate("http://localhost:" + port + "/");
			assertThat(page.locator("h1")).containsText("Kota Kupang");
			assertThat(page.locator("#peta path.leaflet-interactive")).hasCount(51);
			// mobile-first: nothing wider than a 360 px phone
			assertThat((Boolean) page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")).isTrue();

			page.getByText("Masuk petugas").click();
			page.getByLabel("Nama pengguna").fill("admin");
			page.getByLabel("Kata sandi").fill("rahasia-uji-123");
			page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
					new Page.GetByRoleOptions().setName("Masuk")).click();
			assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/staf(\\?continue)?$"));
			assertThat(page.locator("h1")).containsText("Selamat datang");
			assertThat(page.locator("nav")).containsText("Pengguna");

			page.navigate("http://localhost:" + port + "/admin/akun/pengguna?lang=en");
			assertThat(page.locator("h1")).hasText("Users");
		}
	}
}
