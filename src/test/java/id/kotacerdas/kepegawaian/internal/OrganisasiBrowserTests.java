package id.kotacerdas.kepegawaian.internal;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import id.kotacerdas.IntegrationTest;
import id.kotacerdas.Peramban;
import id.kotacerdas.akun.internal.StafUji;
import id.kotacerdas.platform.Waktu;

/** The agency administrator reads the tree on a 360-px phone and names an acting section head (Plt) there. */
@IntegrationTest
class OrganisasiBrowserTests {

	@RegisterExtension
	static final Peramban peramban = new Peramban();

	@LocalServerPort
	int port;

	@Autowired
	ContohOrganisasi contoh;

	@Autowired
	OrganisasiRepository repo;

	@Autowired
	StafUji staf;

	@Test
	void theAgencyAdminNamesAnActingHolderOnAPhone() {
		ContohOrganisasi.Pohon t = contoh.buat("DLHK");
		LocalDate hariIni = LocalDate.now(Waktu.WITA);
		// the section head's position is vacant: the tree says so, and who acts
		long holding = repo.struktur(t.opdId()).riwayatPemangku(t.jabatanKasi()).get(0).id();
		repo.akhiriPemangku(holding, ContohOrganisasi.SEJAK.plusYears(5));
		try (BrowserContext ctx = peramban.browser().newContext(new Browser.NewContextOptions().setViewportSize(360, 740).setLocale("id-ID"))) {
			Page page = ctx.newPage();
			page.navigate("http://localhost:" + port + "/masuk");
			page.getByLabel("Nama pengguna").fill(staf.adminOpd("DLHK"));
			page.getByLabel("Kata sandi").fill(StafUji.SANDI);
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Masuk")).click();
			page.waitForURL("**/staf**");
			page.navigate("http://localhost:" + port + "/staf/organisasi/" + t.opdId() + "/jabatan/" + t.jabatanKasi());
			page.locator("#pemangku\\.nip").selectOption(t.pelaksana().nip());
			page.getByLabel("Pelaksana tugas (Plt)").check();
			page.locator("#pemangku\\.mulai").fill(hariIni.minusDays(10).toString());
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Simpan")).first().click();
			// an acting holder needs an end date: the form says so and keeps what was chosen
			assertThat(page.locator("#galat-pemangku\\.selesai")).containsText("Plt dan Plh");
			assertThat(page.locator("#pemangku\\.nip")).hasValue(t.pelaksana().nip());
			page.locator("#pemangku\\.selesai").fill(hariIni.plusDays(60).toString());
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Simpan")).first().click();
			assertThat(page.locator(".pemangku-riwayat").first()).containsText("Plt");

			page.navigate("http://localhost:" + port + "/staf/organisasi/" + t.opdId());
			assertThat(page.locator("main")).containsText("Plt: " + t.pelaksana().namaLengkap());
			assertThat((Boolean) page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")).isTrue();
			page.getByText("Kepala Seksi Uji").first().scrollIntoViewIfNeeded();
			page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/organisasi-pohon-360.png")));
		}
	}
}
