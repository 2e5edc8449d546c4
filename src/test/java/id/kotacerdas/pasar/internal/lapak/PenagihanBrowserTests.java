package id.kotacerdas.pasar.internal.lapak;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.microsoft.playwright.APIResponse;
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
 * A collector on a 360-px phone "scans" a stall card — uploads the card picture the application
 * itself draws, the server reads its QR — records today's retribution with a price in the same
 * visit, and the market's day then shows the stall as paid. Oesapa: the price tests of the module
 * count what is stored at the other markets today.
 */
@IntegrationTest
class PenagihanBrowserTests {

	@RegisterExtension
	static final Peramban peramban = new Peramban();

	@LocalServerPort
	int port;

	@Autowired
	StafUji staf;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theCollectorScansACardRecordsAPaymentAndTheDayShowsItCollected() throws Exception {
		String penagih = staf.petugasTrc("Perindag");
		long pasar = jdbc.sql("SELECT id FROM pasar.pasar WHERE kode = 'oesapa'").query(Long.class).single();
		String nomor = "C-" + (System.nanoTime() % 10_000);
		long lapak = jdbc.sql("""
				INSERT INTO pasar.lapak (pasar_id, nomor, pedagang, dagangan, tarif, terisi, qris, diubah)
				VALUES (?, ?, 'Martha Nalle', 'Sayur (kangkung, bunga pepaya)', 3000, true, false, now()) RETURNING id""")
			.params(pasar, nomor).query(Long.class).single();
		long kangkung = jdbc.sql("SELECT id FROM pasar.komoditas WHERE kode = 'kangkung'").query(Long.class).single();
		String asal = "http://localhost:" + port;
		try (BrowserContext ctx = peramban.browser().newContext(new Browser.NewContextOptions().setViewportSize(360, 800).setLocale("id-ID"))) {
			Page page = ctx.newPage();
			page.navigate(asal + "/masuk");
			page.getByLabel("Nama pengguna").fill(penagih);
			page.getByLabel("Kata sandi").fill(StafUji.SANDI);
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Masuk")).click();
			page.waitForURL("**/staf**");

			// the card as the application draws it, fetched with the collector's session
			APIResponse png = ctx.request().get(asal + "/staf/pasar/lapak/" + lapak + "/kartu.png");
			assertThat(png.status()).isEqualTo(200);
			Path kartu = Path.of("target/pasar-lapak-kartu.png");
			Files.createDirectories(kartu.getParent());
			Files.write(kartu, png.body());

			page.navigate(asal + "/staf/pasar");
			Peramban.bukaMenuStaf(page);
			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Lapak dan retribusi")).click();
			page.waitForURL("**/staf/pasar/lapak");
			page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/pasar-lapak-pindai-360.png")).setFullPage(true));
			assertThat(page.locator("#foto")).hasAttribute("capture", "environment");
			page.locator("#foto").setInputFiles(kartu);
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Buka lapak").setExact(true)).click();
			page.waitForURL("**/staf/pasar/lapak/" + lapak);

			assertThat(page.locator("h1")).containsText("Lapak " + nomor);
			assertThat(page.locator("#jumlah")).hasValue("3000");
			page.locator("#isi summary").click();
			page.locator("#komoditas1").selectOption(String.valueOf(kangkung));
			page.locator("#harga1").fill("5000");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Simpan pembayaran")).click();
			assertThat(page.locator("main")).containsText("Pembayaran tersimpan.");
			assertThat(page.locator("main")).containsText("Sudah dibayar hari ini: Rp3.000, Tunai");
			assertThat(page.locator("main")).containsText("1 harga tersimpan.");
			assertThat((Boolean) page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")).isTrue();
			page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/pasar-lapak-bayar-360.png")).setFullPage(true));

			// tapping save again (a second thought, a bad signal) does not pay twice
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Simpan koreksi")).click();
			assertThat(page.locator("main")).containsText("Pembayaran tersimpan.");
			LocalDate hariIni = LocalDate.now(Waktu.WITA);
			assertThat(jdbc.sql("SELECT count(*) FROM pasar.retribusi WHERE lapak_id = ? AND tanggal = ?").params(lapak, hariIni)
				.query(Long.class).single()).isEqualTo(1);
			assertThat(jdbc.sql("SELECT harga FROM pasar.harga WHERE pasar_id = ? AND komoditas_id = ? AND tanggal = ? AND petugas = ?")
				.params(pasar, kangkung, hariIni, penagih).query(Long.class).single()).isEqualTo(5_000);

			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Retribusi pasar hari ini")).click();
			assertThat(page.locator("#sudah")).containsText(nomor);
			assertThat(page.locator("#sudah")).containsText("Rp3.000");
			assertThat(page.locator("#belum li").filter(new Locator.FilterOptions().setHasText("Lapak " + nomor + " "))).hasCount(0);
			assertThat((Boolean) page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")).isTrue();
			page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/pasar-lapak-hari-360.png")).setFullPage(true));
		}
	}

	/**
	 * A camera's full-size photo (here 3000 × 2250, the card lying askew on a table) is shrunk by
	 * the page to the size the server reads before it goes over the network, and still opens the stall.
	 */
	@Test
	void aFullSizePhotoIsShrunkBeforeSendingAndStillOpensTheStall() throws Exception {
		String penagih = staf.petugasTrc("Perindag");
		long pasar = jdbc.sql("SELECT id FROM pasar.pasar WHERE kode = 'oeba'").query(Long.class).single();
		long lapak = jdbc.sql("""
				INSERT INTO pasar.lapak (pasar_id, nomor, pedagang, dagangan, tarif, terisi, qris, diubah)
				VALUES (?, ?, 'Yohanis Bria', 'Ikan segar', 3000, true, true, now()) RETURNING id""")
			.params(pasar, "IKAN-" + (System.nanoTime() % 10_000)).query(Long.class).single();
		String asal = "http://localhost:" + port;
		try (BrowserContext ctx = peramban.browser().newContext(new Browser.NewContextOptions().setViewportSize(360, 800).setLocale("id-ID"))) {
			Page page = ctx.newPage();
			page.navigate(asal + "/masuk");
			page.getByLabel("Nama pengguna").fill(penagih);
			page.getByLabel("Kata sandi").fill(StafUji.SANDI);
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Masuk")).click();
			page.waitForURL("**/staf**");
			byte[] kartu = ctx.request().get(asal + "/staf/pasar/lapak/" + lapak + "/kartu.png").body();
			BufferedImage gambar = ImageIO.read(new ByteArrayInputStream(kartu));
			BufferedImage foto = new BufferedImage(3000, 2250, BufferedImage.TYPE_INT_RGB);
			Graphics2D g = foto.createGraphics();
			g.setColor(new Color(0x9c, 0x8f, 0x78));
			g.fillRect(0, 0, foto.getWidth(), foto.getHeight());
			g.rotate(Math.toRadians(-6), 1500, 1125);
			g.drawImage(gambar, 700, 650, 1600, 920, null);
			g.dispose();
			Path besar = Path.of("target/pasar-lapak-foto-besar.jpg");
			ImageIO.write(foto, "jpeg", besar.toFile());

			page.navigate(asal + "/staf/pasar/lapak");
			page.locator("#foto").setInputFiles(besar);
			page.waitForFunction("() => document.getElementById('foto').files[0].name === 'kartu.jpg'");
			Number dikirim = (Number) page.evaluate("document.getElementById('foto').files[0].size");
			assertThat(dikirim.longValue()).isLessThan(Files.size(besar));
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Buka lapak").setExact(true)).click();
			page.waitForURL("**/staf/pasar/lapak/" + lapak);
			System.out.println("Card photo: " + Files.size(besar) + " bytes taken, " + dikirim + " bytes sent");
		}
	}
}
