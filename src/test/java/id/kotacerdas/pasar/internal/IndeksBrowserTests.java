package id.kotacerdas.pasar.internal;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.google.gson.JsonObject;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.CDPSession;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.LoadState;

import id.kotacerdas.IntegrationTest;
import id.kotacerdas.Peramban;
import id.kotacerdas.platform.Waktu;

/**
 * A citizen on a 360-px phone goes from the price board to a commodity's 90-day chart and on to
 * the weekly index, with 90 days of bunga pepaya prices at four markets (rising in the last three
 * weeks; only Oesapa, where no other test counts rows, has a price today). Screenshots land in
 * {@code target/pasar-indeks-*.png}.
 */
@IntegrationTest
class IndeksBrowserTests {

	@RegisterExtension
	static final Peramban peramban = new Peramban();

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	RataHarianRepository rataHarian;

	@Test
	void boardThenTrendChartThenWeeklyIndexAt360Pixels() {
		LocalDate hariIni = LocalDate.now(Waktu.WITA);
		jdbc.sql("""
				INSERT INTO pasar.harga (pasar_id, komoditas_id, tanggal, petugas, harga, asal, dibuat, diubah)
				SELECT p.id, k.id, d::date, 'uji-tren',
				  5000 + 250 * (p.id % 3) + 100 * ((extract(doy FROM d)::int * 7 + p.id::int) % 5)
				    + CASE WHEN d > CAST(? AS date) - 21 THEN 150 * (21 - (CAST(? AS date) - d::date)) ELSE 0 END, 'Sabu', now(), now()
				FROM pasar.pasar p, pasar.komoditas k, generate_series(CAST(? AS date) - 89, CAST(? AS date), interval '1 day') AS d
				WHERE k.kode = 'bunga-pepaya' AND p.kode IN ('naikoten', 'oeba', 'kuanino', 'oesapa')
				  AND (p.kode = 'oesapa' OR d::date < CAST(? AS date) - 2)""")
			.params(hariIni, hariIni, hariIni, hariIni, hariIni)
			.update();
		RataHarianUji.perbarui(jdbc, rataHarian, "uji-tren");
		String asal = "http://localhost:" + port;
		try (BrowserContext ctx = peramban.browser().newContext(new Browser.NewContextOptions().setViewportSize(360, 800).setLocale("id-ID"))) {
			Page page = ctx.newPage();
			CDPSession cdp = ctx.newCDPSession(page);
			cdp.send("Network.enable");
			Map<String, Long> bobot = new ConcurrentHashMap<>();
			cdp.on("Network.loadingFinished", (JsonObject e) -> bobot.merge(e.get("requestId").getAsString(),
					(long) e.get("encodedDataLength").getAsDouble(), Long::sum));

			page.navigate(asal + "/pasar");
			page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/pasar-indeks-1-papan.png")));
			bobot.clear();
			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Bunga pepaya")).click();
			page.waitForLoadState(LoadState.NETWORKIDLE);
			assertThat(page.locator("h1")).hasText("Tren harga Bunga pepaya");
			// Chart.js drew the city average and the four markets
			assertThat(page.evaluate("() => Chart.getChart('grafik-tren').data.datasets.length")).isEqualTo(5);
			assertThat(page.evaluate("() => Chart.getChart('grafik-tren').data.labels.length")).isEqualTo(90);
			long trenKawat = bobot.values().stream().mapToLong(Long::longValue).sum();
			page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/pasar-indeks-2-tren.png")).setFullPage(true));

			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Lihat indeks perkembangan harga mingguan")).click();
			assertThat(page.locator("h1")).hasText("Indeks perkembangan harga mingguan");
			assertThat(page.locator("#komoditas")).hasValue("bunga-pepaya");
			// a bar per week for the basket and one for bunga pepaya, where it has a change
			assertThat(page.locator(".grafik-indeks rect.satu.naik").first()).isAttached();
			assertThat(page.locator("table").first()).containsText("Bunga pepaya");
			assertThat((Boolean) page.evaluate("() => document.documentElement.scrollWidth <= 360")).as("no sideways scrolling").isTrue();
			page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/pasar-indeks-3-indeks.png")).setFullPage(true));
			System.out.println("Trend page with 90 days of four markets, first visit, bytes on the wire: " + trenKawat);
			assertThat(trenKawat).isLessThanOrEqualTo(100 * 1024);
		}
	}
}
