package id.kotacerdas.kepegawaian.internal;

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
import com.microsoft.playwright.options.FilePayload;

import id.kotacerdas.IntegrationTest;
import id.kotacerdas.Peramban;
import id.kotacerdas.akun.Staf;
import id.kotacerdas.akun.internal.StafUji;
import id.kotacerdas.platform.Peran;

/** BKPPD's administrator records a promotion with its decree scan on a 360-px phone; the record follows. */
@IntegrationTest
class RiwayatBrowserTests {

	@RegisterExtension
	static final Peramban peramban = new Peramban();

	@LocalServerPort
	int port;

	@Autowired
	StafUji staf;

	@Autowired
	RegisterPegawai register;

	@Test
	void aPromotionWithItsScanIsAddedOnAPhone() throws Exception {
		Staf kominfo = new Staf(1, "uji", "Uji", "uji@uji.invalid", Peran.ADMIN_KOMINFO, null, null, null, true);
		Pegawai p = register.tambah(kominfo, ContohPegawai.pns(staf.opdId("PUPR")));
		String admin = staf.adminOpd("BKPPD");
		try (BrowserContext ctx = peramban.browser().newContext(new Browser.NewContextOptions().setViewportSize(360, 800).setLocale("id-ID"))) {
			Page page = ctx.newPage();
			page.navigate("http://localhost:" + port + "/masuk");
			page.getByLabel("Nama pengguna").fill(admin);
			page.getByLabel("Kata sandi").fill(StafUji.SANDI);
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Masuk")).click();
			page.waitForURL("**/staf**");

			page.navigate("http://localhost:" + port + "/staf/kepegawaian/" + p.id());
			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Tambah riwayat golongan")).click();
			page.locator("#golongan").selectOption("34");
			page.locator("#tmt").fill("2026-04-01");
			page.locator("#nomorSk").fill("823/41/BKPPD/2026");
			page.locator("#tanggalSk").fill("2026-03-02");
			page.locator("#scan").setInputFiles(new FilePayload("sk-kenaikan-pangkat.pdf", "application/pdf", RiwayatTests.pdf()));
			assertThat((Boolean) page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")).isTrue();
			page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/kepegawaian-riwayat-formulir-360.png")).setFullPage(true));
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Simpan")).click();

			page.waitForURL("**/staf/kepegawaian/" + p.id() + "#riwayat");
			// the record's rank is now the decree's, and the row shows its scan
			assertThat(page.locator("main dl").nth(1)).containsText("III/d Penata Tingkat I");
			assertThat(page.locator("#riwayat")).containsText("SK 823/41/BKPPD/2026");
			assertThat(page.locator("#riwayat").getByRole(AriaRole.LINK, new com.microsoft.playwright.Locator.GetByRoleOptions()
				.setName("Lihat scan SK"))).hasCount(1);
			assertThat((Boolean) page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")).isTrue();
			page.locator("#riwayat").scrollIntoViewIfNeeded();
			page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/kepegawaian-riwayat-360.png")).setFullPage(true));

			var unduhan = page.request().get("http://localhost:" + port + page.locator("#riwayat a:has-text('Lihat scan SK')").getAttribute("href"));
			assertThat(unduhan.status()).isEqualTo(200);
			assertThat(unduhan.headers().get("content-type")).isEqualTo("application/pdf");
		}
	}
}
