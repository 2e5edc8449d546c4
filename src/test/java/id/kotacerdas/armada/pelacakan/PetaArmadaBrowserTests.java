package id.kotacerdas.armada.pelacakan;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.servlet.MockMvc;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import id.kotacerdas.IntegrationTest;
import id.kotacerdas.Peramban;
import id.kotacerdas.opd.DaftarOpd;
import tools.jackson.databind.ObjectMapper;

/** The live map in a real browser: a marker moves when its tracker reports, without a reload. */
@IntegrationTest
class PetaArmadaBrowserTests {

	@RegisterExtension
	static final Peramban peramban = new Peramban();

	@LocalServerPort
	int port;

	@Autowired
	MockMvc mvc;

	@Autowired
	ObjectMapper json;

	@Autowired
	DaftarOpd opd;

	@Autowired
	ServerOsmAnd server;

	private final HttpClient http = HttpClient.newHttpClient();



	private void lapor(String tracker, double lat, double lon) throws Exception {
		var jawab = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/?id=" + tracker + "&timestamp="
				+ Instant.now().toEpochMilli() + "&lat=" + lat + "&lon=" + lon + "&speed=10")).GET().build(), HttpResponse.BodyHandlers.discarding());
		assertThat(jawab.statusCode()).isEqualTo(200);
	}

	@Test
	void theMarkerMovesWhenAPositionArrives() throws Exception {
		String tracker = "peta-" + System.nanoTime();
		String plat = "DH " + (int) (System.nanoTime() % 9000 + 1000) + " PT";
		long id = PosisiOsmAndTests.daftarkan(mvc, json, opd.semua().get(0).id(), plat, tracker);
		lapor(tracker, -10.1700, 123.6000);

		try (BrowserContext ctx = peramban.browser().newContext(new Browser.NewContextOptions().setViewportSize(390, 800).setLocale("id-ID"))) {
			Page page = ctx.newPage();
			page.navigate("http://localhost:" + port + "/masuk");
			page.getByLabel("Nama pengguna").fill(PosisiOsmAndTests.ADMIN);
			page.getByLabel("Kata sandi").fill(PosisiOsmAndTests.SANDI);
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Masuk")).click();
			page.waitForURL("**/staf**");

			page.navigate("http://localhost:" + port + "/staf/armada/peta");
			assertThat(page.locator("h1")).hasText("Peta armada langsung");
			assertThat(page.locator("#peta")).hasAttribute("data-tersambung", "true");
			assertThat(page.locator("#kendaraan-" + id + " td").first()).hasText(plat);
			assertThat(page.locator("#kendaraan-" + id)).hasAttribute("data-lat", "-10.17");
			double awal = (Double) page.evaluate("id => window.armadaPeta.penanda[id].getLatLng().lat", (int) id);
			assertThat(awal).isEqualTo(-10.17);

			lapor(tracker, -10.1750, 123.6050);
			page.waitForFunction("id => window.armadaPeta.penanda[id].getLatLng().lat === -10.175", (int) id);
			assertThat(page.locator("#kendaraan-" + id)).hasAttribute("data-lon", "123.605");
			assertThat((Boolean) page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")).isTrue();
		}
	}
}
