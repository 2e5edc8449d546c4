package id.kotacerdas.armada.kendaraan;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import id.kotacerdas.IntegrationTest;
import id.kotacerdas.Peramban;
import id.kotacerdas.armada.pelacakan.PosisiOsmAndTests;

/** The vehicle form on a 360-px phone: a refusal keeps what was typed and says under each field what to fix. */
@IntegrationTest
class FormulirKendaraanBrowserTests {

	@RegisterExtension
	static final Peramban peramban = new Peramban();

	@LocalServerPort
	int port;



	@Test
	void aRefusedVehicleComesBackAsTypedWithTheProblemUnderItsField() {
		try (BrowserContext ctx = peramban.browser().newContext(new Browser.NewContextOptions().setViewportSize(360, 800).setLocale("id-ID"))) {
			Page page = ctx.newPage();
			page.navigate("http://localhost:" + port + "/masuk");
			page.getByLabel("Nama pengguna").fill(PosisiOsmAndTests.ADMIN);
			page.getByLabel("Kata sandi").fill(PosisiOsmAndTests.SANDI);
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Masuk")).click();
			page.waitForURL("**/staf**");

			page.navigate("http://localhost:" + port + "/staf/armada/kendaraan/baru");
			String plat = "DH " + (int) (System.nanoTime() % 9000 + 1000) + " FB";
			page.locator("#nomorPolisi").fill(plat);
			page.locator("#trackerId").fill("formulir peramban");
			page.locator("#merek").fill("Toyota");
			page.locator("#kapasitasTangki").fill("45");
			page.locator("#normaKmPerLiter").fill("10");
			// the browser's own check would stop a wrong NIP; the server must explain it as well
			page.locator("#nipPemegang").evaluate("e => e.removeAttribute('pattern')");
			page.locator("#nipPemegang").fill("1980");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Simpan")).click();

			assertThat(page.locator("#galat-trackerId")).hasText("Hanya huruf, angka, titik, titik dua, garis bawah dan tanda hubung, tanpa spasi.");
			assertThat(page.locator("#galat-nipPemegang")).containsText("Bukan NIP yang sah");
			assertThat(page.locator("#nipPemegang")).hasAttribute("aria-describedby", "galat-nipPemegang");
			assertThat(page.locator("#nomorPolisi")).hasValue(plat);
			assertThat(page.locator("#merek")).hasValue("Toyota");
			assertThat(page.locator("#trackerId")).hasValue("formulir peramban");
			assertThat((Boolean) page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")).isTrue();
			page.locator("#galat-nipPemegang").scrollIntoViewIfNeeded();
			page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/formulir-kendaraan-360.png")));

			// corrected, it is stored; the empty optional fields are no obstacle
			page.locator("#trackerId").fill("formulir-peramban-" + System.nanoTime());
			page.locator("#nipPemegang").fill("");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Simpan")).click();
			page.waitForURL("**/staf/armada");
			assertThat(page.locator("main")).containsText(plat);
		}
	}
}
