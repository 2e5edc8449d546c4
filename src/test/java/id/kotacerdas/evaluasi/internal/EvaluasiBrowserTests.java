package id.kotacerdas.evaluasi.internal;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
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

/**
 * On a 360-px phone: Kominfo opens Evaluasi from the staff menu, downloads the SPBE and IETPD bundles (real browser
 * downloads, opened with POI), then fills part of an agency's ISO 18091 grid and sees the traffic lights.
 */
@IntegrationTest
class EvaluasiBrowserTests {

	@RegisterExtension
	static final Peramban peramban = new Peramban();

	@LocalServerPort
	int port;

	@Autowired
	StafUji staf;

	@Test
	void kominfoDownloadsABundleAndFillsTheIso18091Grid() throws Exception {
		String asal = "http://localhost:" + port;
		String kominfo = staf.adminKominfo();
		long dinkes = staf.opdId("Dinkes");
		try (BrowserContext ctx = peramban.browser().newContext(new Browser.NewContextOptions().setViewportSize(360, 800).setLocale("id-ID")
			.setAcceptDownloads(true))) {
			Page page = ctx.newPage();
			page.navigate(asal + "/masuk");
			page.getByLabel("Nama pengguna").fill(kominfo);
			page.getByLabel("Kata sandi").fill(StafUji.SANDI);
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Masuk")).click();
			page.waitForURL("**/staf**");
			Peramban.bukaMenuStaf(page);
			page.locator("nav a[href='/staf/evaluasi']").click();
			assertThat(page.locator("h1")).hasText("Bundel evaluasi");
			assertThat(page.locator("#bundel-spbe")).containsText("Penilaian Mandiri SPBE");
			assertThat((Boolean) page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")).isTrue();
			page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/evaluasi-beranda-360.png")).setFullPage(true));

			Download unduhan = page.waitForDownload(() -> page.locator("#bundel-spbe a", new Page.LocatorOptions().setHasText("Unduh XLSX")).click());
			assertThat(unduhan.suggestedFilename()).matches("spbe-\\d{4}\\.xlsx");
			try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(unduhan.path()))) {
				assertThat(EvaluasiBundelTests.baris(wb.getSheet("Indikator SPBE")).stream().filter(b -> !b.isEmpty() && b.get(0).matches("\\d+")))
					.hasSize(47);
			}
			// the IETPD material the same way: its three sheets, the revenue sheet first
			Download ietpd = page.waitForDownload(() -> page.locator("#bundel-ietpd a", new Page.LocatorOptions().setHasText("Unduh XLSX")).click());
			assertThat(ietpd.suggestedFilename()).matches("ietpd-\\d{4}\\.xlsx");
			try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(ietpd.path()))) {
				assertThat(wb.getSheetAt(0).getSheetName()).isEqualTo("Pendapatan Daerah");
				assertThat(wb.getSheet("Belanja Daerah")).isNotNull();
				assertThat(wb.getSheet("Ekosistem Pendukung")).isNotNull();
			}

			page.navigate(asal + "/staf/evaluasi/spbe/" + java.time.Year.now().getValue());
			assertThat(page.locator("#daftar-spbe > li")).hasCount(47);
			assertThat((Boolean) page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")).isTrue();
			page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/evaluasi-spbe-360.png")));

			Peramban.bukaMenuStaf(page);
			page.locator("nav a[href='/staf/mutu']").click();
			page.locator("#isi a[href='/staf/mutu/" + dinkes + "']").first().click();
			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Diagnosis mandiri ISO 18091")).click();
			assertThat(page.locator("li.sel")).hasCount(39);
			page.locator("#warna-1\\.1").selectOption("HIJAU");
			page.locator("#warna-3\\.2").selectOption("KUNING");
			page.locator("#catatan-3\\.2").fill("Cakupan imunisasi dasar belum merata di Alak.");
			page.locator("#warna-4\\.3").selectOption("MERAH");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Simpan")).click();
			assertThat(page.locator("[role=status]")).hasText("Diagnosis tersimpan.");
			assertThat(page.locator("#indikator-1\\.1")).hasClass(java.util.regex.Pattern.compile("warna-hijau"));
			assertThat(page.locator("#indikator-3\\.2 .status-warna")).hasText("Kuning");
			assertThat(page.locator("#indikator-4\\.3")).hasClass(java.util.regex.Pattern.compile("warna-merah"));
			assertThat((Boolean) page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")).isTrue();
			page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/mutu-iso18091-360.png")).setFullPage(true));
		}
	}
}
