package id.kotacerdas.satudata.internal.portal;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import id.kotacerdas.IntegrationTest;
import id.kotacerdas.Peramban;
import id.kotacerdas.akun.internal.StafUji;

/** At 360 px: a producer uploads a CSV (dry run, then submit), walidata publishes it, a citizen finds, previews and downloads it. */
@IntegrationTest
class PortalDataBrowserTests {

	@RegisterExtension
	static final Peramban peramban = new Peramban();

	@LocalServerPort
	int port;

	@Autowired
	StafUji staf;

	private static void masuk(Page page, String asal, String pengguna) {
		page.navigate(asal + "/masuk");
		page.getByLabel("Nama pengguna").fill(pengguna);
		page.getByLabel("Kata sandi").fill(StafUji.SANDI);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Masuk")).click();
		page.waitForURL("**/staf**");
	}

	private static void lihat(Page page, String nama) {
		assertThat((Boolean) page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")).as(nama + " fits 360 px").isTrue();
		page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/" + nama + "-360.png")).setFullPage(true));
	}

	private static Browser.NewContextOptions ponsel() {
		return new Browser.NewContextOptions().setViewportSize(360, 800).setLocale("id-ID").setAcceptDownloads(true);
	}

	@Test
	void produsenMengunggahWalidataMenerbitkanWargaMenemukanDanMengunduh() throws Exception {
		String asal = "http://localhost:" + port;
		String judul = "Timbulan sampah per kecamatan " + System.nanoTime() % 100_000;
		Path csv = Path.of("target/timbulan-sampah.csv");
		Files.writeString(csv, PortalDataTests.sampah(120));
		String alamatUnggahan;

		try (BrowserContext ctx = peramban.browser().newContext(ponsel())) {
			Page page = ctx.newPage();
			masuk(page, asal, staf.adminOpd("DLHK"));
			page.navigate(asal + "/staf/data");
			page.locator("#tautan-unggah").click();
			page.getByLabel("Berkas CSV atau XLSX").setInputFiles(csv);
			page.getByLabel("Judul dataset").fill(judul);
			page.getByLabel("Konsep").fill("Timbulan sampah yang diangkut ke TPA Alak");
			page.getByLabel("Definisi").fill("Berat sampah yang ditimbang di jembatan timbang TPA Alak menurut kecamatan asal");
			page.getByLabel("Satuan").fill("ton");
			page.getByLabel("Tingkat wilayah").selectOption("KECAMATAN");
			page.getByLabel("Periode").selectOption("BULANAN");
			page.getByLabel("Kelompok").selectOption("PENGELOLAAN_SAMPAH");
			page.getByLabel("Kata kunci (pisahkan dengan koma)").fill("sampah, tpa");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Periksa (tanpa menyimpan)")).click();
			assertThat(page.locator("#hasil-periksa")).containsText("Tidak ada penolakan");
			assertThat(page.locator("#contoh-unggahan tbody tr")).hasCount(10);
			assertThat(page.getByLabel("Judul dataset")).hasValue(judul);
			lihat(page, "satudata-unggah-periksa");
			page.getByLabel("Berkas CSV atau XLSX").setInputFiles(csv);
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ajukan ke walidata")).click();
			page.waitForURL("**/staf/data/*");
			assertThat(page.locator("#status-unggahan")).hasText("Menunggu pemeriksaan walidata");
			lihat(page, "satudata-unggah-diajukan");
			alamatUnggahan = page.url();
		}
		try (BrowserContext ctx = peramban.browser().newContext(ponsel())) {
			Page page = ctx.newPage();
			masuk(page, asal, staf.adminKominfo());
			page.navigate(alamatUnggahan);
			lihat(page, "satudata-walidata");
			page.locator("#tombol-terbitkan").click();
			assertThat(page.locator("#status-unggahan")).hasText("Terbit");
		}
		try (BrowserContext ctx = peramban.browser().newContext(ponsel())) {
			Page page = ctx.newPage();
			page.navigate(asal + "/");
			page.locator("a[href='/data']").first().click();
			page.getByLabel("Cari data").fill(judul);
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Cari")).click();
			lihat(page, "satudata-cari");
			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(judul)).click();
			assertThat(page.locator("#pratinjau tbody tr")).hasCount(100);
			assertThat(page.locator("#jumlah-unduhan")).hasText("Diunduh 0 kali");
			page.locator("#tombol-grafik").click();
			page.waitForFunction("() => window.Chart && Chart.getChart(document.getElementById('grafik-data'))");
			lihat(page, "satudata-dataset");
			Download unduhan = page.waitForDownload(() -> page.locator("#unduh-csv").click());
			assertThat(Files.readString(unduhan.path())).contains("Kota Lama");
			page.reload();
			assertThat(page.locator("#jumlah-unduhan")).hasText("Diunduh 1 kali");
		}
	}
}
