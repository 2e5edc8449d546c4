package id.kotacerdas.pasar.internal;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

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
 * The market agency's administrator on a 360-px phone: places a market's pin by tapping the map,
 * sees a refused form with everything typed still there, and checks a faulty price sheet.
 */
@IntegrationTest
class DataPasarBrowserTests {

	@RegisterExtension
	static final Peramban peramban = new Peramban();

	@LocalServerPort
	int port;

	@Autowired
	StafUji staf;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theAdministratorPinsAMarketAndChecksAPriceSheet() throws Exception {
		String admin = staf.adminOpd("Perindag");
		long oesapa = jdbc.sql("SELECT id FROM pasar.pasar WHERE kode = 'oesapa'").query(Long.class).single();
		String asal = "http://localhost:" + port;
		try (BrowserContext ctx = peramban.browser().newContext(new Browser.NewContextOptions().setViewportSize(360, 800).setLocale("id-ID"))) {
			Page page = ctx.newPage();
			page.navigate(asal + "/masuk");
			page.getByLabel("Nama pengguna").fill(admin);
			page.getByLabel("Kata sandi").fill(StafUji.SANDI);
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Masuk")).click();
			page.waitForURL("**/staf**");

			page.navigate(asal + "/staf/pasar");
			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Komoditas dan pasar")).click();
			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Pasar Oesapa")).click();
			assertThat(page.locator("#peta-pasar")).isVisible();
			String latSebelum = page.locator("#lat").inputValue();
			page.locator("#peta-pasar").click(new com.microsoft.playwright.Locator.ClickOptions().setPosition(60, 60));
			assertThat(page.locator("#lat")).not().hasValue(latSebelum);
			assertThat(page.locator("#peta-pasar .leaflet-marker-icon")).hasCount(1);
			String latBaru = page.locator("#lat").inputValue();

			// refused: no opening day; the new pin and the name stay as typed
			page.locator("#hariBuka input[type=checkbox]").all().forEach(c -> c.uncheck());
			page.locator("#nama").fill("Pasar Oesapa Baru");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Simpan")).click();
			assertThat(page.locator("#ringkasan-galat")).containsText("Pilih paling sedikit satu hari buka.");
			assertThat(page.locator("#lat")).hasValue(latBaru);
			assertThat(page.locator("#nama")).hasValue("Pasar Oesapa Baru");
			assertThat((Boolean) page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")).isTrue();
			page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/pasar-referensi-pasar-360.png")).setFullPage(true));
			assertThat(jdbc.sql("SELECT nama FROM pasar.pasar WHERE id = ?").param(oesapa).query(String.class).single()).isEqualTo("Pasar Oesapa");

			Path berkas = Files.createTempFile("harga-lama", ".csv");
			Files.writeString(berkas, """
					tanggal,pasar,komoditas,harga,asal
					2024-12-02,Pasar Oesapa,Tomat,14000,Oelamasi
					2024-12-02,Pasar Oesapa,Sawi,7000,
					2024-12-32,Pasar Oesapa,Bayam,5000,
					""", StandardCharsets.UTF_8);
			page.navigate(asal + "/staf/pasar/impor");
			page.getByLabel("Berkas CSV atau XLSX").setInputFiles(berkas);
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Periksa berkas")).click();
			assertThat(page.locator("#impor-ringkas")).hasText("3 baris: 1 akan disimpan, 0 sudah tersimpan, 2 ditolak.");
			assertThat(page.locator("#impor-ditolak")).containsText("Komoditas \"Sawi\" tidak dikenal.");
			assertThat(page.locator("#impor-ditolak")).containsText("2 Desember 2024");
			assertThat((Boolean) page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")).isTrue();
			page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/pasar-impor-360.png")).setFullPage(true));
			Files.delete(berkas);
		}
	}
}
