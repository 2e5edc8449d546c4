package id.kotacerdas.umkm.internal;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import id.kotacerdas.IntegrationTest;
import id.kotacerdas.Peramban;
import id.kotacerdas.akun.internal.StafUji;

/**
 * On a 360-px phone: a trader at Wisata Kuliner Palapa registers, proving QRIS with a photo of the sticker; the
 * cooperatives agency verifies; the stall appears in the public directory with "QRIS" and on its map.
 */
@IntegrationTest
class UmkmBrowserTests {

	/** A citizen page's budget on the wire at first visit, scripts and styles included. */
	static final long ANGGARAN_BYTE = 100 * 1024;

	@RegisterExtension
	static final Peramban peramban = new Peramban();

	@LocalServerPort
	int port;

	@Autowired
	StafUji staf;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aTraderRegistersWithAQrisStickerStaffVerifyAndTheStallIsListedWithQrisAndOnTheMap() throws Exception {
		String asal = "http://localhost:" + port;
		String kelurahan;
		String nama = "Pisang Gepe Kak Nona " + (System.nanoTime() % 100_000);
		Path stiker = Path.of("target/umkm-stiker-qris.jpg");
		Files.createDirectories(stiker.getParent());
		Files.write(stiker, StikerQris.foto(StikerQris.KUPANG_STATIS));
		String verifikator = staf.adminOpd("Dinas Koperasi dan UKM");
		try (BrowserContext ctx = peramban.browser().newContext(new Browser.NewContextOptions().setViewportSize(360, 800).setLocale("id-ID"))) {
			Page page = ctx.newPage();
			page.navigate(asal + "/umkm/daftar");
			page.getByLabel("NIK pemilik").fill("5371045712880" + (100 + System.nanoTime() % 900));
			page.getByLabel("Nama pemilik").fill("Nona Manafe");
			page.getByLabel("Nomor ponsel").fill("0812 3788 1209");
			page.getByLabel("Nama usaha").fill(nama);
			page.getByLabel("Bidang usaha (KBLI 2020)").selectOption("56104");
			page.getByLabel("Alamat usaha").fill("Lapak 21, Wisata Kuliner Palapa, Jl. Palapa");
			// the pin: a tap on the map (Leaflet runs, the tiles are not reachable here); the kelurahan comes from it
			page.locator("#peta-pin").click();
			assertThat(page.locator("#lat")).not().hasValue("");
			page.getByLabel("Hasil penjualan setahun (Rp)").fill("36.000.000");
			page.getByLabel("Jam buka").fill("Mo-Su 17:00-23:00");
			page.getByLabel("Nomor WhatsApp usaha").fill("081237881209");
			page.getByLabel("Foto stiker QRIS").setInputFiles(stiker);
			assertThat(page.getByLabel("Foto stiker QRIS")).hasAttribute("capture", "environment");
			assertThat((Boolean) page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")).isTrue();
			page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/umkm-daftar-360.png")).setFullPage(true));
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Kirim pendaftaran")).click();
			assertThat(page.locator("h1")).hasText("Pendaftaran diterima");
			assertThat(page.locator("#kode")).containsText("KPG-");
			page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/umkm-terdaftar-360.png")).setFullPage(true));
			long id = jdbc.sql("select id from umkm.usaha where nama = ?").param(nama).query(Long.class).single();
			kelurahan = jdbc.sql("select kelurahan_kode from umkm.usaha where id = ?").param(id).query(String.class).single();

			// the cooperatives agency verifies
			page.navigate(asal + "/masuk");
			page.getByLabel("Nama pengguna").fill(verifikator);
			page.getByLabel("Kata sandi").fill(StafUji.SANDI);
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Masuk")).click();
			page.waitForURL("**/staf**");
			page.navigate(asal + "/staf/umkm");
			page.locator("#menunggu").getByRole(AriaRole.LINK, new com.microsoft.playwright.Locator.GetByRoleOptions().setName(nama)).click();
			page.waitForURL("**/staf/umkm/" + id);
			assertThat(page.locator("main")).containsText("NMID ID1025000000017");
			assertThat(page.locator("main")).containsText("kode QRIS sah");
			assertThat(page.locator("#kelas")).containsText("Usaha mikro");
			page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/umkm-verifikasi-360.png")).setFullPage(true));
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Setujui dan aktifkan")).click();
			assertThat(page.locator("main")).containsText("Pendaftaran disetujui");
			Awaitility.await().atMost(Duration.ofSeconds(20))
				.until(() -> "AKTIF".equals(jdbc.sql("select status from umkm.usaha where id = ?").param(id).query(String.class).single()));
		}

		// a citizen, first visit: the directory filtered to QRIS in Oebobo, its weight on the wire, the map
		try (BrowserContext ctx = peramban.browser().newContext(new Browser.NewContextOptions().setViewportSize(360, 800).setLocale("id-ID"))) {
			Page page = ctx.newPage();
			AtomicLong diKabel = new AtomicLong();
			page.onRequestFinished(r -> diKabel.addAndGet(Math.max(0, r.sizes().responseBodySize) + Math.max(0, r.sizes().responseHeadersSize)));
			page.navigate(asal + "/umkm?qris=true&kelurahan=" + kelurahan);
			page.waitForSelector("#peta-umkm[data-siap]");
			page.waitForLoadState();
			System.out.printf("UMKM directory on the wire at first visit (with the map's scripts, no tiles): %d bytes (budget %d)%n", diKabel.get(),
					ANGGARAN_BYTE);
			assertThat(diKabel.get()).isLessThanOrEqualTo(ANGGARAN_BYTE);
			var kartu = page.locator("#daftar-umkm li").filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText(nama));
			assertThat(kartu).hasCount(1);
			assertThat(kartu.locator(".lencana-qris")).hasText("QRIS");
			assertThat(page.locator("#peta-umkm .leaflet-marker-icon[title='" + nama + "']")).hasCount(1);
			// the payment points are the map's second layer, with its switch
			assertThat(Integer.parseInt(page.locator("#peta-umkm").getAttribute("data-titik"))).isPositive();
			assertThat(page.locator("#peta-umkm .leaflet-control-layers")).hasCount(1);
			assertThat((Boolean) page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")).isTrue();
			page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/umkm-direktori-360.png")).setFullPage(true));

			kartu.getByRole(AriaRole.LINK, new com.microsoft.playwright.Locator.GetByRoleOptions().setName(nama)).click();
			assertThat(page.locator("h1")).containsText(nama);
			assertThat(page.locator("main")).containsText("Senin–Minggu: 17.00–23.00");
			assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Hubungi lewat WhatsApp")))
				.hasAttribute("href", "https://wa.me/6281237881209");
			String jsonLd = page.locator("script[type='application/ld+json']").textContent();
			assertThat(jsonLd).contains("\"@type\":\"FoodEstablishment\"", "\"openingHours\":\"Mo-Su 17:00-23:00\"", "\"paymentAccepted\":\"Cash, QRIS\"");
			page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/umkm-usaha-360.png")).setFullPage(true));
		}
	}
}
