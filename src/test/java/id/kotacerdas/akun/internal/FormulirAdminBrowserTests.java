package id.kotacerdas.akun.internal;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;

import id.kotacerdas.IntegrationTest;
import id.kotacerdas.Peramban;

/** The user form on a 360 px phone: the team list follows the agency, a refusal keeps the input. */
@IntegrationTest
class FormulirAdminBrowserTests {

	@RegisterExtension
	static final Peramban peramban = new Peramban();

	@LocalServerPort
	int port;

	@Autowired
	StafUji staf;



	@Test
	void aRefusedUserFormAtPhoneWidth() {
		String admin = staf.adminKominfo();
		String ada = staf.petugasTrc("PUPR");
		try (BrowserContext ctx = peramban.browser().newContext(new Browser.NewContextOptions().setViewportSize(360, 740).setLocale("id-ID"))) {
			Page page = ctx.newPage();
			page.navigate("http://localhost:" + port + "/masuk");
			page.getByLabel("Nama pengguna").fill(admin);
			page.getByLabel("Kata sandi").fill(StafUji.SANDI);
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Masuk")).click();
			page.waitForURL("**/staf**");

			page.navigate("http://localhost:" + port + "/admin/akun/pengguna/baru");
			assertThat(page.locator("#timId option")).hasCount(1);
			page.locator("#username").fill(ada);
			page.locator("#nama").fill("Yohanes Bili");
			page.locator("#email").fill("yohanes@kupang");
			page.locator("#peran").selectOption("PETUGAS_TRC");
			page.locator("#opdId").selectOption(new SelectOption().setLabel("Dinas Lingkungan Hidup dan Kebersihan Kota Kupang"));
			// htmx brings the agency's teams
			assertThat(page.locator("#timId option")).not().hasCount(1);
			assertThat(page.locator("#timId")).containsText("TRC DLHK");
			page.locator("#opdId").selectOption(new SelectOption().setLabel("Dinas Pekerjaan Umum dan Penataan Ruang Kota Kupang"));
			assertThat(page.locator("#timId")).containsText("TRC PUPR");
			assertThat(page.locator("#timId")).not().containsText("TRC DLHK");
			page.locator("#kataSandi").fill("sandi-baru-yang-panjang");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Simpan")).click();

			assertThat(page.locator("#ringkasan-galat")).isVisible();
			assertThat(page.locator("#galat-username")).hasText("Nama pengguna '" + ada + "' sudah dipakai.");
			assertThat(page.locator("#galat-email")).isVisible();
			assertThat(page.locator("#galat-timId")).isVisible();
			assertThat(page.locator("#nama")).hasValue("Yohanes Bili");
			assertThat(page.locator("#email")).hasValue("yohanes@kupang");
			assertThat((Boolean) page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")).isTrue();
			page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/tangkapan/pengguna-galat-360.png")).setFullPage(true));
			page.locator("#galat-timId").scrollIntoViewIfNeeded();
			page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/tangkapan/pengguna-galat-360-tim.png")));
		}
	}
}
