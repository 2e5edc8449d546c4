package id.kotacerdas.pasar.internal;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
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
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.LoadState;

import id.kotacerdas.IntegrationTest;
import id.kotacerdas.Peramban;
import id.kotacerdas.akun.internal.StafUji;
import id.kotacerdas.platform.Waktu;

/**
 * An enumerator on a 360-px phone enters ten prices and the network drops halfway: nothing is
 * lost, and after reconnection all ten are stored once. A price above the ceiling is asked about
 * and stored (flagged) only once confirmed. The public board then shows them.
 */
@IntegrationTest
class CatatHargaBrowserTests {

	@RegisterExtension
	static final Peramban peramban = new Peramban();

	@LocalServerPort
	int port;

	@Autowired
	StafUji staf;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	RataHarianRepository rataHarian;

	@Test
	void tenPricesWithTheNetworkDroppedInTheMiddleAreStoredOnce() {
		String petugas = staf.petugasTrc("Perindag");
		long pasar = jdbc.sql("SELECT id FROM pasar.pasar WHERE kode = 'oebobo'").query(Long.class).single();
		List<Long> komoditas = jdbc.sql("SELECT id FROM pasar.komoditas ORDER BY urutan LIMIT 10")
			.query(Long.class).list();
		LocalDate hariIni = LocalDate.now(Waktu.WITA);
		String asal = "http://localhost:" + port;
		try (BrowserContext ctx = peramban.browser().newContext(new Browser.NewContextOptions().setViewportSize(360, 800).setLocale("id-ID"))) {
			Page page = ctx.newPage();
			page.navigate(asal + "/masuk");
			page.getByLabel("Nama pengguna").fill(petugas);
			page.getByLabel("Kata sandi").fill(StafUji.SANDI);
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Masuk")).click();
			page.waitForURL("**/staf**");

			page.navigate(asal + "/staf/pasar");
			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Catat harga")).click();
			page.locator("#pilih-pasar").selectOption(String.valueOf(pasar));
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Buka")).click();
			Locator ringkas = page.locator("#catat-ringkas");

			for (int i = 0; i < 5; i++) {
				page.locator("#harga-" + komoditas.get(i)).fill(String.valueOf(10_000 + 500 * i));
			}
			page.locator("#asal-" + komoditas.get(0)).fill("Flores");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Kirim")).click();
			assertThat(ringkas).hasText("Kiriman diterima server.");

			ctx.setOffline(true);
			for (int i = 5; i < 10; i++) {
				page.locator("#harga-" + komoditas.get(i)).fill(String.valueOf(5_000 + 500 * i));
			}
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Kirim")).click();
			assertThat(ringkas).containsText("Tidak tersambung");
			assertThat(page.locator("li[data-komoditas='" + komoditas.get(9) + "'] .catat-status")).hasText("Belum terkirim");
			assertThat(jumlah(pasar, hariIni, petugas)).isEqualTo(5);
			page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/pasar-catat-luring-360.png")));

			// back online, the page sends what waited by itself
			ctx.setOffline(false);
			assertThat(page.locator("li[data-komoditas='" + komoditas.get(9) + "'] .catat-status")).hasText("Tersimpan di server");
			assertThat(jumlah(pasar, hariIni, petugas)).isEqualTo(10);
			// the enumerator taps Kirim again to be sure: nothing is waiting, nothing doubles
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Kirim")).click();
			page.reload();
			assertThat(page.locator("#harga-" + komoditas.get(9))).hasValue("9500");
			assertThat(jumlah(pasar, hariIni, petugas)).isEqualTo(10);
			assertThat(jdbc.sql("SELECT count(DISTINCT komoditas_id) FROM pasar.harga WHERE pasar_id = ? AND tanggal = ? AND petugas = ?")
				.params(pasar, hariIni, petugas).query(Long.class).single()).isEqualTo(10);
			assertThat((Boolean) page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")).isTrue();

			// MinyaKita above its ceiling (HET Rp15.700): asked, not stored, until the enumerator confirms
			long minyakita = jdbc.sql("SELECT id FROM pasar.komoditas WHERE kode = 'minyakita'").query(Long.class).single();
			Locator baris = page.locator("li[data-komoditas='" + minyakita + "']");
			page.locator("#harga-" + minyakita).fill("19000");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Kirim")).click();
			assertThat(baris.locator(".catat-status")).containsText("Di atas harga eceran tertinggi (Rp15.700).");
			assertThat(jumlah(pasar, hariIni, petugas)).isEqualTo(10);
			baris.evaluate("el => el.scrollIntoView({ block: 'center' })");
			page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/pasar-catat-konfirmasi-360.png")));
			baris.getByLabel("Ya, harga ini benar").check();
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Kirim")).click();
			assertThat(baris.locator(".catat-status")).hasText("Tersimpan di server");
			assertThat(jdbc.sql("SELECT ditandai FROM pasar.harga WHERE pasar_id = ? AND komoditas_id = ? AND tanggal = ? AND petugas = ?")
				.params(pasar, minyakita, hariIni, petugas).query(Boolean.class).single()).isTrue();
			assertThat(jumlah(pasar, hariIni, petugas)).isEqualTo(11);

			Page papan = ctx.newPage();
			papan.navigate(asal + "/pasar?pasar=" + pasar);
			assertThat(papan.locator("main")).containsText("Rp10.000");
			assertThat((Boolean) papan.evaluate("document.documentElement.scrollWidth <= window.innerWidth")).isTrue();
			papan.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/pasar-papan-360.png")).setFullPage(true));
		}
	}

	/**
	 * Bytes on the wire as Chromium counts them (headers and gzip-encoded bodies), first visit of a
	 * market's board with a price for every commodity: within the citizen page budget of 100 KB.
	 */
	@Test
	void theBoardIsWithinItsBudgetOnAFirstVisit() {
		long pasar = jdbc.sql("SELECT id FROM pasar.pasar WHERE kode = 'kuanino'").query(Long.class).single();
		LocalDate kemarin = LocalDate.now(Waktu.WITA).minusDays(1);
		jdbc.sql("""
				INSERT INTO pasar.harga (pasar_id, komoditas_id, tanggal, petugas, harga, asal, dibuat, diubah)
				SELECT ?, id, d, 'uji-bobot', 10000 + 37 * id + (CASE WHEN d = ? THEN 250 ELSE 0 END), 'Rote', now(), now()
				FROM pasar.komoditas, unnest(ARRAY[?, ? - 1, ? - 7]::date[]) AS d""")
			.params(pasar, kemarin, kemarin, kemarin, kemarin)
			.update();
		RataHarianUji.perbarui(jdbc, rataHarian, "uji-bobot");
		try (BrowserContext ctx = peramban.browser().newContext(new Browser.NewContextOptions().setViewportSize(360, 800))) {
			Page page = ctx.newPage();
			CDPSession cdp = ctx.newCDPSession(page);
			cdp.send("Network.enable");
			Map<String, Long> bobot = new ConcurrentHashMap<>();
			cdp.on("Network.loadingFinished", (JsonObject e) -> bobot.merge(e.get("requestId").getAsString(),
					(long) e.get("encodedDataLength").getAsDouble(), Long::sum));
			page.navigate("http://localhost:" + port + "/pasar?pasar=" + pasar);
			page.waitForLoadState(LoadState.NETWORKIDLE);
			assertThat(page.locator(".papan-harga > li")).hasCount(jdbc.sql("SELECT count(*) FROM pasar.komoditas").query(Integer.class).single());
			long total = bobot.values().stream().mapToLong(Long::longValue).sum();
			System.out.println("First visit of the price board (" + bobot.size() + " requests), bytes on the wire: " + total);
			assertThat(total).isLessThanOrEqualTo(100 * 1024);
		}
	}

	private long jumlah(long pasar, LocalDate tanggal, String petugas) {
		return jdbc.sql("SELECT count(*) FROM pasar.harga WHERE pasar_id = ? AND tanggal = ? AND petugas = ?")
			.params(pasar, tanggal, petugas).query(Long.class).single();
	}
}
