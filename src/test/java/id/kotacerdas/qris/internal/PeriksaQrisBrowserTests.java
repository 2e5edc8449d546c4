package id.kotacerdas.qris.internal;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.google.gson.JsonObject;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.CDPSession;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import id.kotacerdas.IntegrationTest;
import id.kotacerdas.Peramban;

/**
 * A trader on a 360-px phone with scripts off uploads a photo of their QRIS sticker and reads the
 * verdict; then pastes a miscopied code. Screenshots in {@code target/qris-periksa-*.png}.
 */
@IntegrationTest
class PeriksaQrisBrowserTests {

	@RegisterExtension
	static final Peramban peramban = new Peramban();

	@LocalServerPort
	int port;

	@Autowired
	GambarQris gambar;

	@Test
	void fotoStikerLaluKodeSalahSalinPada360Piksel() throws Exception {
		String payload = PembuatQris.statis(PemeriksaQrisTests.acak(new Random(85_111)));
		byte[] pdf = gambar.stiker(payload, "JAGUNG BOSE MAMA LIN", "ID1026000000777", "KOTA KUPANG", Locale.forLanguageTag("id"));
		BufferedImage cetak;
		try (PDDocument doc = Loader.loadPDF(pdf)) {
			cetak = new PDFRenderer(doc).renderImageWithDPI(0, 150);
		}
		Path foto = Path.of("target/qris-stiker-untuk-browser.jpg");
		Files.createDirectories(foto.getParent());
		Files.write(foto, FotoStikerQrisTests.foto(cetak, new Random(85_111)));

		// the first visit with scripts on, as most phones load it: everything on the wire counts
		try (BrowserContext ctx = peramban.browser().newContext(new Browser.NewContextOptions().setViewportSize(360, 800).setLocale("id-ID"))) {
			Page page = ctx.newPage();
			CDPSession cdp = ctx.newCDPSession(page);
			cdp.send("Network.enable");
			Map<String, Long> bobot = new ConcurrentHashMap<>();
			cdp.on("Network.loadingFinished", (JsonObject e) -> bobot.merge(e.get("requestId").getAsString(),
					(long) e.get("encodedDataLength").getAsDouble(), Long::sum));
			page.navigate("http://localhost:" + port + "/qris");
			page.waitForLoadState(com.microsoft.playwright.options.LoadState.NETWORKIDLE);
			long kawat = bobot.values().stream().mapToLong(Long::longValue).sum();
			page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/qris-periksa-1-halaman.png")).setFullPage(true));
			System.out.println("QRIS check page, first visit, bytes on the wire: " + kawat);
			assertThat(kawat).isLessThanOrEqualTo(100 * 1024);
		}
		try (BrowserContext ctx = peramban.browser().newContext(new Browser.NewContextOptions().setViewportSize(360, 800).setLocale("id-ID")
				.setJavaScriptEnabled(false))) {
			Page page = ctx.newPage();
			page.navigate("http://localhost:" + port + "/qris");
			page.setInputFiles("#foto", foto);
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Periksa")).click();
			assertThat(page.locator("#hasil h2")).hasText("Kode QRIS ini benar");
			assertThat(page.locator("#nama-merchant")).hasText(PemeriksaQris.periksa(payload).namaMerchant());
			assertThat(page.locator("#payload")).hasValue(payload);
			assertThat((Boolean) page.evaluate("() => document.documentElement.scrollWidth <= 360")).as("no sideways scrolling").isTrue();
			page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/qris-periksa-2-foto.png")).setFullPage(true));

			// a digit lost when copying: the length no longer fits
			page.locator("#payload").fill(payload.replaceFirst("5303360", "530336"));
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Periksa")).click();
			assertThat(page.locator("#hasil h2")).hasText("Kode ini rusak dan tidak akan diterima aplikasi pembayaran");
			assertThat(page.locator("#galat li").first()).containsText("Kode terpotong atau salah salin");
			page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/qris-periksa-3-salah.png")).setFullPage(true));
		}
	}
}
