package id.kotacerdas.armada.pelacakan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import id.kotacerdas.IntegrationTest;
import id.kotacerdas.Peramban;

/**
 * Map labels are text: a geofence named with HTML shows that HTML as letters, runs nothing, and no
 * page breaks the content security policy (no inline styles, forms post only here, no framing).
 */
@IntegrationTest
class LabelPetaBrowserTests {

	static final String NAMA = "SPBU <img src=x onerror=\"window.diserang=1\"> <b>Oebobo</b>";

	@RegisterExtension
	static final Peramban peramban = new Peramban();

	@LocalServerPort
	int port;

	@Autowired
	MockMvc mvc;



	@Test
	void theSecurityPolicyForbidsInlineStylesForeignFormsAndFraming() throws Exception {
		String csp = mvc.perform(get("/")).andReturn().getResponse().getHeader("Content-Security-Policy");
		assertThat(csp).contains("form-action 'self'", "frame-ancestors 'none'", "style-src 'self';", "script-src 'self';")
			.doesNotContain("unsafe-inline");
	}

	@Test
	void aGeofenceNamedWithHtmlIsShownAsTextAndNoPageBreaksThePolicy() throws Exception {
		mvc.perform(post("/api/armada/geofence").with(httpBasic(PosisiOsmAndTests.ADMIN, PosisiOsmAndTests.SANDI)).with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"nama\":\"" + NAMA.replace("\"", "\\\"") + "\",\"jenis\":\"SPBU\",\"lat\":-10.1772,\"lon\":123.607,\"radiusM\":400}"))
			.andExpect(status().isCreated());
		try (BrowserContext ctx = peramban.browser().newContext(new Browser.NewContextOptions().setViewportSize(360, 800).setLocale("id-ID"))) {
			// every violation of the policy on any page, as the browser reports it
			ctx.addInitScript("window.__csp = []; document.addEventListener('securitypolicyviolation', "
					+ "e => window.__csp.push(e.violatedDirective + ' ' + e.blockedURI + ' ' + (e.sample || '')));");
			Page page = ctx.newPage();
			page.navigate("http://localhost:" + port + "/masuk");
			assertThat(pelanggaran(page)).as("/masuk").isEmpty();
			page.getByLabel("Nama pengguna").fill(PosisiOsmAndTests.ADMIN);
			page.getByLabel("Kata sandi").fill(PosisiOsmAndTests.SANDI);
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Masuk")).click();
			page.waitForURL("**/staf**");

			page.navigate("http://localhost:" + port + "/staf/armada/geofence");
			page.waitForSelector("path.leaflet-interactive");
			Locator label = null;
			for (Locator bentuk : page.locator("path.leaflet-interactive").all()) {
				bentuk.hover(new Locator.HoverOptions().setForce(true));
				Locator tooltip = page.locator(".leaflet-tooltip");
				if (tooltip.count() > 0 && tooltip.first().textContent().contains("Oebobo")) {
					label = tooltip.first();
					break;
				}
			}
			assertThat(label).as("the geofence's tooltip").isNotNull();
			assertThat(label.textContent()).isEqualTo(NAMA);
			assertThat(label.locator("img, b").count()).isZero();
			assertThat(page.evaluate("window.diserang === undefined")).isEqualTo(true);
			page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/label-peta-360.png")));
			assertThat(pelanggaran(page)).as("/staf/armada/geofence").isEmpty();

			for (String halaman : List.of("/", "/staf", "/pengaduan/baru", "/pengaduan", "/pengaduan/statistik", "/staf/armada",
					"/staf/armada/peta", "/staf/armada/kendaraan/baru", "/admin/akun/kunci-api", "/open311")) {
				page.navigate("http://localhost:" + port + halaman);
				page.waitForLoadState();
				assertThat(pelanggaran(page)).as(halaman).isEmpty();
			}
		}
	}

	@SuppressWarnings("unchecked")
	private static List<String> pelanggaran(Page page) {
		return (List<String>) page.evaluate("window.__csp");
	}
}
