package id.kotacerdas.kepegawaian.internal.kalender;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;

import id.kotacerdas.IntegrationTest;
import id.kotacerdas.Peramban;
import id.kotacerdas.akun.internal.StafUji;
import id.kotacerdas.platform.Peran;
import id.kotacerdas.platform.Waktu;

/** BKPPD's retirement calendar and the statistics on a 360-px phone; leadership reaches the statistics and nothing else. */
@IntegrationTest
class KalenderBrowserTests {

	@RegisterExtension
	static final Peramban peramban = new Peramban();

	@LocalServerPort
	int port;

	@Autowired
	StafUji staf;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Clock clock;

	private Page masuk(BrowserContext ctx, String username) {
		Page page = ctx.newPage();
		page.navigate("http://localhost:" + port + "/masuk");
		page.getByLabel("Nama pengguna").fill(username);
		page.getByLabel("Kata sandi").fill(StafUji.SANDI);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Masuk")).click();
		page.waitForURL("**/staf**");
		return page;
	}

	private BrowserContext ponsel() {
		return peramban.browser().newContext(new Browser.NewContextOptions().setViewportSize(360, 800).setLocale("id-ID"));
	}

	private static void tanpaGeserSamping(Page page) {
		assertThat((Boolean) page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")).isTrue();
	}

	@Test
	void bkppdOpensTheRetirementCalendarAndTheStatistics() {
		LocalDate bulanIni = LocalDate.now(clock.withZone(Waktu.WITA)).withDayOfMonth(1);
		String nama = PegawaiUji.nama("Ferdinand Sinlae");
		// an executor (retirement age 58) whose 58th birthday is next month: retires the first of the month after
		PegawaiUji.tambah(jdbc, staf.opdId("Dukcapil"), nama, bulanIni.plusMonths(1).minusYears(58).withDayOfMonth(28), "24",
				LocalDate.of(2019, 4, 1), LocalDate.of(1994, 3, 1));
		String tmt = Waktu.formatTanggal(bulanIni.plusMonths(2), java.util.Locale.forLanguageTag("id"));
		try (BrowserContext ctx = ponsel()) {
			Page page = masuk(ctx, staf.adminOpd("BKPPD"));
			page.navigate("http://localhost:" + port + "/staf");
			page.locator("#isi").getByRole(AriaRole.LINK, new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Kalender kepegawaian dan DUK")).click();
			assertThat(page.locator("h1")).hasText("Kalender pensiun");
			var kelompok = page.locator("section.kartu").filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText(nama));
			assertThat(kelompok.locator("h2")).containsText(tmt);
			assertThat(kelompok).containsText("batas usia pensiun 58 tahun");
			assertThat(page.locator("main")).containsText("sampai " + Waktu.formatTanggal(bulanIni.plusMonths(12), java.util.Locale.forLanguageTag("id")));
			tanpaGeserSamping(page);
			kelompok.scrollIntoViewIfNeeded();
			page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/kepegawaian-kalender-pensiun-360.png")));

			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Statistik").setExact(true)).click();
			assertThat(page.locator("h1")).hasText("Statistik pegawai");
			assertThat(page.locator("#dimensi-usia h2")).hasText("Kelompok usia");
			page.waitForFunction("() => [...document.querySelectorAll('.grafik-pegawai canvas')].every(c => c.width > 0 && window.Chart && Chart.getChart(c))");
			tanpaGeserSamping(page);
			page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/kepegawaian-statistik-360.png")).setFullPage(true));
		}
	}

	@Test
	void leadershipOpensTheStatisticsButIsRefusedTheRegister() {
		try (BrowserContext ctx = ponsel()) {
			Page page = masuk(ctx, staf.pengguna(Peran.PIMPINAN, null, null));
			page.navigate("http://localhost:" + port + "/staf");
			// the menu offers the statistics, not the register or the calendars
			assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Kepegawaian (SIMPEG)"))).hasCount(0);
			assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Kalender kepegawaian dan DUK"))).hasCount(0);
			page.locator("#isi").getByRole(AriaRole.LINK, new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Statistik pegawai")).click();
			assertThat(page.locator("h1")).hasText("Statistik pegawai");
			assertThat(page.locator("#jumlah-pegawai")).containsText("pegawai");
			tanpaGeserSamping(page);
			page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/kepegawaian-statistik-pimpinan-360.png")));

			Response daftar = page.navigate("http://localhost:" + port + "/staf/kepegawaian");
			assertThat(daftar.status()).isEqualTo(403);
			Response kalender = page.navigate("http://localhost:" + port + "/staf/kepegawaian/kalender/pensiun");
			assertThat(kalender.status()).isEqualTo(403);
			assertThat(page.locator("main")).containsText("tidak berwenang");
			page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/kepegawaian-pimpinan-ditolak-360.png")));
		}
	}
}
