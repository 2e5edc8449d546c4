package id.kotacerdas.kalender;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import id.kotacerdas.IntegrationTest;
import id.kotacerdas.Peramban;
import id.kotacerdas.akun.internal.StafUji;

/** Kominfo enters a holiday on a 360-px phone, reached from the staff menu; a refusal keeps what was typed. */
@IntegrationTest
class HariLiburBrowserTests {

	@RegisterExtension
	static final Peramban peramban = new Peramban();

	@LocalServerPort
	int port;

	@Autowired
	StafUji staf;

	@Autowired
	KalenderKerja kalender;

	@Test
	void kominfoEntersAHolidayOnAPhoneAndARefusalKeepsWhatWasTyped() {
		LocalDate hari = LocalDate.parse("2031-05-06");
		try (BrowserContext ctx = peramban.browser().newContext(new Browser.NewContextOptions().setViewportSize(360, 740).setLocale("id-ID"))) {
			Page page = ctx.newPage();
			page.navigate("http://localhost:" + port + "/masuk");
			page.getByLabel("Nama pengguna").fill(staf.adminKominfo());
			page.getByLabel("Kata sandi").fill(StafUji.SANDI);
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Masuk")).click();
			page.waitForURL("**/staf**");

			// the staff menu is grouped behind one "Menu" button so a phone shows the page, not thirty links
			Locator navigasi = page.getByLabel("Navigasi utama");
			assertThat(navigasi.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Hari libur"))).isHidden();
			Peramban.bukaMenuStaf(page);
			assertThat(navigasi.getByRole(AriaRole.LIST, new Locator.GetByRoleOptions().setName("Pengaturan"))).isVisible();
			pas360(page, "menu-staf");
			navigasi.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Hari libur")).click();
			assertThat(page.locator("h1")).hasText("Hari libur nasional dan cuti bersama");
			pas360(page, "kalender-libur");

			// the browser's own check would stop an empty name; the server must explain it as well
			page.locator("#nama").evaluate("e => e.removeAttribute('required')");
			page.locator("#tanggal").fill(hari.toString());
			page.locator("#cutiBersama").check();
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Simpan")).click();
			assertThat(page.locator("#galat-nama")).containsText("Nama hari libur wajib diisi");
			assertThat(page.locator("#tanggal")).hasValue(hari.toString());
			assertThat(page.locator("#cutiBersama")).isChecked();
			pas360(page, "kalender-libur-ditolak");

			page.locator("#nama").fill("Cuti bersama uji peramban");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Simpan")).click();
			assertThat(page.locator(".pesan.sukses")).hasText("Tersimpan: Cuti bersama uji peramban");
			assertThat(page.locator("h2")).hasText("Tahun 2031");
			assertThat(page.locator("tbody tr")).hasCount(1);
			assertThat(page.locator("tbody tr")).containsText("6 Mei 2031");
			pas360(page, "kalender-libur-tersimpan");
			assertThat(kalender.hariKerja(hari)).isFalse();

			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Hapus hari libur 6 Mei 2031")).click();
			assertThat(page.locator("tbody tr")).hasCount(0);
			assertThat(kalender.hariKerja(hari)).isTrue();
		}
	}

	private static void pas360(Page page, String nama) {
		page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target", "tangkapan", nama + ".png")).setFullPage(true));
		assertThat((Boolean) page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")).as(nama).isTrue();
	}
}
