package id.kotacerdas.akun.internal;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;

import id.kotacerdas.IntegrationTest;
import id.kotacerdas.Peramban;

/** The user form on a 360 px phone: the team list follows the agency, a refusal keeps the input, the NIP in both languages. */
@IntegrationTest
class FormulirAdminBrowserTests {

	@RegisterExtension
	static final Peramban peramban = new Peramban();

	@LocalServerPort
	int port;

	@Autowired
	StafUji staf;

	@Autowired
	JdbcClient jdbc;

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
			page.locator("#nip").fill("19850312 201001 3 002");
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
			assertThat(page.locator("#galat-nip")).containsText("Bukan NIP yang sah");
			assertThat(page.locator("#nip")).hasValue("19850312 201001 3 002");
			assertThat(page.locator("#nama")).hasValue("Yohanes Bili");
			assertThat(page.locator("#email")).hasValue("yohanes@kupang");
			assertThat((Boolean) page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")).isTrue();
			page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/tangkapan/pengguna-galat-360.png")).setFullPage(true));
			page.locator("#galat-timId").scrollIntoViewIfNeeded();
			page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/tangkapan/pengguna-galat-360-tim.png")));
			page.locator("#nip").scrollIntoViewIfNeeded();
			page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/tangkapan/pengguna-galat-360-nip.png")));
		}
	}

	@Test
	void anAccountsNipInEnglishAtPhoneWidth() {
		String admin = staf.adminKominfo();
		String kepala = staf.adminOpd("Dinkes");
		jdbc.sql("update akun.pengguna set nip = null where nip = '196608011988031001'").update();
		jdbc.sql("update akun.pengguna set nip = '196608011988031001' where username = ?").param(kepala).update();
		long id = jdbc.sql("select id from akun.pengguna where username = ?").param(kepala).query(Long.class).single();
		try (BrowserContext ctx = peramban.browser().newContext(new Browser.NewContextOptions().setViewportSize(360, 740).setLocale("en-GB"))) {
			Page page = ctx.newPage();
			page.navigate("http://localhost:" + port + "/masuk?lang=en");
			page.locator("#username").fill(admin);
			page.locator("#password").fill(StafUji.SANDI);
			page.locator("form[action='/masuk'] button[type=submit]").click();
			page.waitForURL("**/staf**");

			page.navigate("http://localhost:" + port + "/admin/akun/pengguna/" + id + "?lang=en");
			assertThat(page.getByLabel("NIP (civil servants)")).hasValue("196608011988031001");
			assertThat(page.locator("#nip-bantuan")).containsText("personnel record");
			assertThat((Boolean) page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")).isTrue();
			page.locator("#nip").scrollIntoViewIfNeeded();
			page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/tangkapan/pengguna-nip-360-en.png")));
		}
	}
}
