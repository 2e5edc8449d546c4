package id.kotacerdas.satudata.internal.portal;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static id.kotacerdas.LangkahPeramban.lihat;
import static id.kotacerdas.LangkahPeramban.masuk;
import static id.kotacerdas.LangkahPeramban.ponsel;
import static id.kotacerdas.LangkahPeramban.unggah;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import id.kotacerdas.IntegrationTest;
import id.kotacerdas.Peramban;
import id.kotacerdas.akun.internal.StafUji;

/**
 * At 360 px: a producer uploads a CSV (dry run, then submit), walidata returns it with a reason, the producer corrects and
 * resubmits it, walidata publishes it, a citizen finds, previews and downloads it.
 */
@IntegrationTest
class PortalDataBrowserTests {

	@RegisterExtension
	static final Peramban peramban = new Peramban();

	@LocalServerPort
	int port;

	@Autowired
	StafUji staf;

	@Test
	void produsenMengunggahWalidataMengembalikanProdusenMemperbaikiWalidataMenerbitkanWargaMengunduh() throws Exception {
		String asal = "http://localhost:" + port;
		String judul = "Timbulan sampah per kecamatan " + System.nanoTime() % 100_000;
		Path salah = Path.of("target/timbulan-sampah-kg.csv");
		Files.writeString(salah, PortalDataTests.sampah(60));
		Path csv = Path.of("target/timbulan-sampah.csv");
		Files.writeString(csv, PortalDataTests.sampah(120));
		String alamatUnggahan;

		try (BrowserContext ctx = peramban.browser().newContext(ponsel())) {
			Page page = ctx.newPage();
			masuk(page, asal, staf.adminOpd("DLHK"));
			page.navigate(asal + "/staf/data");
			page.locator("#tautan-unggah").click();
			page.getByLabel("Judul dataset").fill(judul);
			page.getByLabel("Konsep").fill("Timbulan sampah yang diangkut ke TPA Alak");
			page.getByLabel("Definisi").fill("Berat sampah yang ditimbang di jembatan timbang TPA Alak menurut kecamatan asal");
			page.getByLabel("Satuan").fill("kilogram");
			page.getByLabel("Tingkat wilayah").selectOption("KECAMATAN");
			page.getByLabel("Periode").selectOption("BULANAN");
			page.getByLabel("Kelompok").selectOption("PENGELOLAAN_SAMPAH");
			page.getByLabel("Kata kunci (pisahkan dengan koma)").fill("sampah, tpa");
			unggah(page, salah, "Periksa (tanpa menyimpan)");
			assertThat(page.locator("#hasil-periksa")).containsText("Tidak ada penolakan");
			assertThat(page.locator("#contoh-unggahan tbody tr")).hasCount(10);
			assertThat(page.getByLabel("Judul dataset")).hasValue(judul);
			lihat(page, "satudata-unggah-periksa");
			unggah(page, salah, "Ajukan ke walidata");
			page.waitForURL("**/staf/data/*");
			assertThat(page.locator("#status-unggahan")).hasText("Menunggu verifikasi walidata");
			lihat(page, "satudata-unggah-diajukan");
			alamatUnggahan = page.url();
		}
		try (BrowserContext ctx = peramban.browser().newContext(ponsel())) {
			Page page = ctx.newPage();
			masuk(page, asal, staf.adminKominfo());
			page.navigate(asal + "/staf/data");
			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(judul)).click();
			lihat(page, "satudata-walidata");
			page.getByLabel("Alasan pengembalian").fill("Satuan harus ton, bukan kilogram; lengkapi 2016-2024");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Kembalikan ke produsen")).click();
			assertThat(page.locator("#status-unggahan")).hasText("Dikembalikan ke produsen");
			assertThat(page.locator("#tombol-terbitkan")).hasCount(0);
		}
		try (BrowserContext ctx = peramban.browser().newContext(ponsel())) {
			Page page = ctx.newPage();
			masuk(page, asal, staf.adminOpd("DLHK"));
			page.navigate(alamatUnggahan);
			assertThat(page.locator("main")).containsText("Satuan harus ton, bukan kilogram");
			lihat(page, "satudata-dikembalikan");
			page.locator("#tautan-perbaiki").click();
			assertThat(page.getByLabel("Judul dataset")).hasValue(judul);
			assertThat(page.getByLabel("Satuan")).hasValue("kilogram");
			page.getByLabel("Satuan").fill("ton");
			unggah(page, csv, "Periksa (tanpa menyimpan)");
			assertThat(page.locator("#hasil-periksa")).containsText("Tidak ada penolakan");
			lihat(page, "satudata-perbaikan-periksa");
			unggah(page, csv, "Ajukan ke walidata");
			page.waitForURL(alamatUnggahan);
			assertThat(page.locator("#status-unggahan")).hasText("Menunggu verifikasi walidata");
		}
		try (BrowserContext ctx = peramban.browser().newContext(ponsel())) {
			Page page = ctx.newPage();
			masuk(page, asal, staf.adminKominfo());
			page.navigate(alamatUnggahan);
			assertThat(page.locator("main")).containsText("120 baris");
			page.locator("#tombol-terbitkan").click();
			assertThat(page.locator("#status-unggahan")).hasText("Terbit");
			lihat(page, "satudata-terbit");
		}
		try (BrowserContext ctx = peramban.browser().newContext(ponsel())) {
			Page page = ctx.newPage();
			page.navigate(asal + "/");
			page.locator("a[href='/data']").first().click();
			page.getByLabel("Cari data").fill(judul);
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Cari")).click();
			lihat(page, "satudata-cari");
			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(judul)).click();
			assertThat(page.locator("main")).containsText("ton");
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
