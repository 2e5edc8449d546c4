package id.kotacerdas.pengaduan;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;

import id.kotacerdas.IntegrationTest;
import id.kotacerdas.Peramban;

/** A dispatcher on a 360 px phone narrows the worklist to reports that came by SMS, opens one and reads the per-channel figures. */
@IntegrationTest
class SaluranBrowserTests {

	@RegisterExtension
	static final Peramban peramban = new Peramban();

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	LayananPengaduan layanan;

	private String url(String jalur) {
		return "http://localhost:" + port + jalur;
	}

	private static void pas360(Page page, String nama) {
		page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target", "tangkapan", nama + ".png")).setFullPage(true));
		assertThat((Boolean) page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")).as(nama).isTrue();
	}

	@Test
	void theWorklistNarrowsToSmsReportsOnAPhone() {
		String sms = layanan.ajukan(new LaporanBaru("drainase", "got tersumbat di depan Gereja, air masuk rumah warga saat hujan", null, null,
				"53.71.05.1006", "Kantor Kelurahan Kuanino (laporan SMS tanpa titik peta)", null, "081339440021", null,
				false, false, Map.of(), List.of(), "sms")).nomor();
		String web = layanan.ajukan(new LaporanBaru("drainase", "Got di depan sekolah tertutup lumpur", null, null, "53.71.05.1006",
				"Jl. Kancil", "Yosefina Bria", null, null, false, false, Map.of(), List.of(), "web")).nomor();
		DataUjiPengaduan.pengguna(jdbc, "kominfo.saluran", "ADMIN_KOMINFO", null, null);

		try (BrowserContext ctx = peramban.browser().newContext(new Browser.NewContextOptions().setViewportSize(360, 740).setLocale("id-ID"))) {
			Page p = ctx.newPage();
			p.navigate(url("/masuk"));
			p.locator("#username").fill("kominfo.saluran");
			p.locator("#password").fill(DataUjiPengaduan.SANDI);
			p.locator("button[type=submit]").last().click();
			p.waitForURL(Pattern.compile(".*/staf.*"));

			p.navigate(url("/staf/pengaduan"));
			assertThat(p.locator(".kartu[data-nomor=" + web + "] .label.saluran")).hasText("Web");
			p.locator(".saringan-saluran a[data-saluran=sms]").click();
			p.waitForURL(Pattern.compile(".*saluran=sms.*"));
			assertThat(p.locator(".saringan-saluran a[aria-current=page]")).hasText("SMS");
			assertThat(p.locator(".kartu[data-nomor=" + sms + "]")).isVisible();
			assertThat(p.locator(".kartu[data-nomor=" + web + "]")).hasCount(0);
			assertThat(p.locator(".daftar-kerja .label.saluran").allTextContents()).isNotEmpty().allMatch("SMS"::equals);
			pas360(p, "saluran-daftar-kerja-sms");

			p.locator(".kartu[data-nomor=" + sms + "] a.nomor").click();
			assertThat(p.locator("#saluran")).hasText("Saluran: SMS");
			assertThat(p.locator("#telepon-pelapor")).hasText("081339440021");
			pas360(p, "saluran-rinci-sms");

			p.navigate(url("/staf/pengaduan/statistik"));
			assertThat(p.locator("#tabel-saluran tbody tr")).hasCount(5);
			p.locator("#judul-saluran").scrollIntoViewIfNeeded();
			pas360(p, "saluran-statistik");
		}
	}
}
