package id.kotacerdas.wifi.internal;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;

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
import id.kotacerdas.platform.Waktu;

/**
 * On a 360-px phone: a citizen finds free Wi-Fi on the map and in the list (also without JavaScript) with whether each
 * place is open now in WITA, within 100 KB on first visit; Kominfo registers a hotspot from the staff menu and issues
 * its heartbeat token, and the router's first heartbeat shows it up.
 */
@IntegrationTest
class WifiBrowserTests {

	/** A citizen page's budget on the wire at first visit, scripts and styles included. */
	static final long ANGGARAN_BYTE = 100 * 1024;

	@RegisterExtension
	static final Peramban peramban = new Peramban();

	@LocalServerPort
	int port;

	@Autowired
	StafUji staf;

	@Autowired
	RegisterWifi register;

	@Autowired
	HotspotRepository repo;

	@Autowired
	KesehatanWifi kesehatan;

	private BrowserContext ponsel(boolean javaScript) {
		return peramban.browser().newContext(new Browser.NewContextOptions().setViewportSize(360, 800).setLocale("id-ID").setJavaScriptEnabled(javaScript));
	}

	@Test
	void aCitizenFindsFreeWifiOpenNowOnTheMapAndInTheListWithAndWithoutJavaScript() {
		String asal = "http://localhost:" + port;
		long kantor = HotspotUji.kantorKelurahan(register, "Wi-Fi Kantor Kelurahan Oebobo peta", HotspotUji.OEBOBO, "-10.16885", "123.60194");
		long taman = HotspotUji.tempat(register, "Wi-Fi Taman Nostalgia peta", "TAMAN", "taman-nostalgia", HotspotUji.FATULULI, "-10.16270",
				"123.60830");
		String namaKantor = repo.cari(kantor).orElseThrow().nama();
		String namaTaman = repo.cari(taman).orElseThrow().nama();
		boolean kantorBuka = repo.cari(kantor).orElseThrow().jam().bukaPada(Waktu.wita(Instant.now()));
		// the park's router reports: open around the clock and up
		register.buatToken(HotspotUji.KOMINFO, taman);
		repo.catatHidup(taman, kesehatan.slotDari(Instant.now()), KesehatanWifi.DETAK);

		try (BrowserContext ctx = ponsel(true)) {
			Page page = ctx.newPage();
			AtomicLong diKabel = new AtomicLong();
			page.onRequestFinished(r -> diKabel.addAndGet(Math.max(0, r.sizes().responseBodySize) + Math.max(0, r.sizes().responseHeadersSize)));
			page.navigate(asal + "/wifi");
			page.waitForSelector("#peta-wifi[data-siap]");
			page.waitForLoadState();
			System.out.printf("Free Wi-Fi map on the wire at first visit (with the map's scripts, no tiles): %d bytes (budget %d)%n", diKabel.get(),
					ANGGARAN_BYTE);
			assertThat(diKabel.get()).isLessThanOrEqualTo(ANGGARAN_BYTE);
			assertThat(Integer.parseInt(page.locator("#peta-wifi").getAttribute("data-siap"))).isGreaterThanOrEqualTo(2);
			assertThat(page.locator("#peta-wifi path.leaflet-interactive").first()).isVisible();
			Locator kartuTaman = page.locator("#daftar-wifi li").filter(new Locator.FilterOptions().setHasText(namaTaman));
			assertThat(kartuTaman.locator(".lencana")).hasText("Buka sekarang");
			assertThat(kartuTaman).containsText("Setiap hari, 24 jam");
			Locator kartuKantor = page.locator("#daftar-wifi li").filter(new Locator.FilterOptions().setHasText(namaKantor));
			assertThat(kartuKantor.locator(".lencana")).hasText(kantorBuka ? "Buka sekarang" : "Tutup sekarang");
			assertThat(kartuKantor).containsText("Senin–Jumat, 07.30–16.00");
			assertThat((Boolean) page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")).isTrue();
			page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/wifi-peta-360.png")).setFullPage(true));
		}

		// without JavaScript: the list alone, and the "open now" filter as a plain link
		try (BrowserContext ctx = ponsel(false)) {
			Page page = ctx.newPage();
			page.navigate(asal + "/wifi");
			assertThat(page.locator("#peta-wifi")).isHidden();
			assertThat(page.locator("#daftar-wifi li").filter(new Locator.FilterOptions().setHasText(namaTaman))).hasCount(1);
			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Tampilkan hanya yang buka sekarang")).click();
			assertThat(page.locator("#daftar-wifi li").filter(new Locator.FilterOptions().setHasText(namaTaman))).hasCount(1);
			assertThat(page.locator("#daftar-wifi li").filter(new Locator.FilterOptions().setHasText(namaKantor))).hasCount(kantorBuka ? 1 : 0);
			page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/wifi-daftar-tanpa-js-360.png")).setFullPage(true));
		}
	}

	@Test
	void kominfoRegistersAHotspotFromTheMenuAndItsRouterReportsWithTheToken() {
		String asal = "http://localhost:" + port;
		String kominfo = staf.adminKominfo();
		String nama = "Wi-Fi Pantai Lasiana " + (System.nanoTime() % 100_000);
		try (BrowserContext ctx = ponsel(true)) {
			Page page = ctx.newPage();
			page.navigate(asal + "/masuk");
			page.getByLabel("Nama pengguna").fill(kominfo);
			page.getByLabel("Kata sandi").fill(StafUji.SANDI);
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Masuk")).click();
			page.waitForURL("**/staf**");
			Peramban.bukaMenuStaf(page);
			page.locator("nav a[href='/staf/wifi']").click();
			assertThat(page.locator("h1")).hasText("Wi-Fi publik");
			assertThat(page.locator("#cakupan")).containsText("tempat layanan publik punya Wi-Fi yang berfungsi bulan ini");
			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Tambah hotspot")).click();

			page.getByLabel("Nama hotspot").fill(nama);
			page.getByLabel("Jenis tempat").selectOption("PANTAI");
			page.getByLabel("Kelurahan", new Page.GetByLabelOptions().setExact(true)).selectOption(new com.microsoft.playwright.options.SelectOption().setLabel("Lasiana (Kec. Kelapa Lima)"));
			page.getByLabel("Tempat layanan publik yang dilayani").selectOption("pantai-lasiana");
			page.getByLabel("Lintang", new Page.GetByLabelOptions().setExact(true)).fill("-10.14000");
			page.getByLabel("Bujur", new Page.GetByLabelOptions().setExact(true)).fill("123.66900");
			page.getByLabel("Penyedia internet (ISP)").fill("Telkom Indonesia");
			page.getByLabel("Nama jaringan (SSID)").fill("KupangKotaKasih-Lasiana");
			page.getByLabel("Kecepatan (Mbps)").fill("30");
			page.getByLabel("Biaya per bulan (Rp)").fill("450.000");
			for (String hari : new String[] { "Sabtu", "Minggu" }) {
				page.getByLabel(hari).check();
			}
			page.getByLabel("Buka pukul").fill("06:00");
			page.getByLabel("Tutup pukul").fill("21:00");
			assertThat((Boolean) page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")).isTrue();
			page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/wifi-formulir-360.png")).setFullPage(true));
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Simpan")).click();
			assertThat(page.locator("h1")).hasText(nama);
			assertThat(page.locator("main")).containsText("Tersimpan: " + nama);
			assertThat(page.locator("#kesehatan .keadaan")).containsText("Tidak dipantau");

			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Buat token detak")).click();
			String token = page.locator("#token-baru code").textContent().strip();
			assertThat(token).hasSizeGreaterThan(40);
			// the router's first heartbeat
			var jawaban = page.request().post(asal + "/api/wifi/detak",
					com.microsoft.playwright.options.RequestOptions.create().setHeader("Authorization", "Bearer " + token));
			assertThat(jawaban.status()).isEqualTo(204);
			page.reload();
			assertThat(page.locator("#token-baru")).hasCount(0);
			assertThat(page.locator("#kesehatan .keadaan")).containsText("Hidup");
			assertThat((Boolean) page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")).isTrue();
			page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/wifi-hotspot-360.png")).setFullPage(true));

			page.navigate(asal + "/staf/wifi/cakupan");
			assertThat(page.locator("#tempat-layanan")).containsText("Pantai Lasiana");
			assertThat((Boolean) page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")).isTrue();
			page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/wifi-cakupan-360.png")).setFullPage(true));
		}
	}
}
