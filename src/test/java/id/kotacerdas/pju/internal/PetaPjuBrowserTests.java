package id.kotacerdas.pju.internal;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;

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
import id.kotacerdas.opd.DaftarOpd;
import id.kotacerdas.pengaduan.DataUjiPengaduan;
import id.kotacerdas.wilayah.Kelurahan;
import id.kotacerdas.wilayah.Wilayah;

/**
 * The public street-light map on a 360-px phone: from the home page's services to the map, within 100 KB at first visit
 * with the map's scripts; a kelurahan's poles without JavaScript; "report a dark lamp" opens the complaint form with the
 * pole filled in.
 */
@IntegrationTest
class PetaPjuBrowserTests {

	/** A citizen page's budget on the wire at first visit, scripts and styles included. */
	static final long ANGGARAN_BYTE = 100 * 1024;

	@RegisterExtension
	static final Peramban peramban = new Peramban();

	@LocalServerPort
	int port;

	@Autowired
	RegisterTiang register;

	@Autowired
	Wilayah wilayah;

	@Autowired
	DaftarOpd opd;

	private BrowserContext ponsel(boolean javaScript) {
		return peramban.browser().newContext(new Browser.NewContextOptions().setViewportSize(360, 800).setLocale("id-ID").setJavaScriptEnabled(javaScript));
	}

	@Test
	void aCitizenFindsTheStreetLightMapFromTheHomePageAndReportsADarkPoleWithAndWithoutJavaScript() {
		String asal = "http://localhost:" + port;
		Kelurahan kel = DataUjiPengaduan.kelurahan(wilayah, 29);
		for (int i = 1; i <= 3; i++) {
			register.simpan(new Tiang("UJI-PETAB-00" + i, kel.lat() + i * 0.00004, kel.lon(), null, null, 7, JenisLampu.LED, 60,
					opd.cariSingkatan("Dishub").orElseThrow().id(), Sambungan.METER, LocalDate.of(2024, 3, 1), null, null,
					i == 2 ? StatusTiang.MATI : StatusTiang.NYALA, Instant.now(), SumberStatus.PENDATAAN, null, null));
		}

		try (BrowserContext ctx = ponsel(true)) {
			Page page = ctx.newPage();
			AtomicLong diKabel = new AtomicLong();
			page.onRequestFinished(r -> diKabel.addAndGet(Math.max(0, r.sizes().responseBodySize) + Math.max(0, r.sizes().responseHeadersSize)));
			page.navigate(asal + "/");
			page.locator("a[href='/pju/peta']").first().click();
			page.waitForURL("**/pju/peta");
			diKabel.set(0);
			// first visit of the map page itself: a fresh context, nothing cached
			try (BrowserContext baru = ponsel(true)) {
				Page peta = baru.newPage();
				peta.onRequestFinished(r -> diKabel.addAndGet(Math.max(0, r.sizes().responseBodySize) + Math.max(0, r.sizes().responseHeadersSize)));
				peta.navigate(asal + "/pju/peta");
				peta.waitForSelector("#peta-pju[data-siap]");
				peta.waitForLoadState();
				System.out.printf("Street-light map on the wire at first visit (with the map's scripts and GeoJSON, no tiles): %d bytes (budget %d)%n",
						diKabel.get(), ANGGARAN_BYTE);
				assertThat(diKabel.get()).isLessThanOrEqualTo(ANGGARAN_BYTE);
				assertThat(Integer.parseInt(peta.locator("#peta-pju").getAttribute("data-siap"))).isGreaterThanOrEqualTo(3);
				assertThat(peta.locator("#peta-pju path.leaflet-interactive").first()).isVisible();
				assertThat((Boolean) peta.evaluate("document.documentElement.scrollWidth <= window.innerWidth")).isTrue();
				peta.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/pju-peta-360.png")).setFullPage(true));
			}
		}

		// without JavaScript: kelurahan → its poles → the complaint form about the dark one
		try (BrowserContext ctx = ponsel(false)) {
			Page page = ctx.newPage();
			page.navigate(asal + "/pju/peta");
			assertThat(page.locator("#peta-pju")).isHidden();
			page.locator("#daftar-kelurahan a").filter(new Locator.FilterOptions().setHasText(kel.nama())).first().click();
			assertThat(page.locator("h1")).hasText("Lampu jalan di " + kel.nama());
			Locator kartu = page.locator("#daftar-tiang li").filter(new Locator.FilterOptions().setHasText("UJI-PETAB-002"));
			assertThat(kartu.locator(".label")).hasText("Mati");
			page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/pju-peta-kelurahan-tanpa-js-360.png")).setFullPage(true));
			kartu.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Laporkan lampu mati")).click();
			assertThat(page).hasURL(Pattern.compile(".*/pengaduan/baru\\?jenisAset=pju&aset=UJI-PETAB-002$"));
			assertThat(page.locator("input[name=aset]")).hasValue("UJI-PETAB-002");
		}
	}
}
