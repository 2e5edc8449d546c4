package id.kotacerdas.kepegawaian.internal;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import id.kotacerdas.IntegrationTest;
import id.kotacerdas.Peramban;
import id.kotacerdas.akun.internal.StafUji;

/**
 * On a 360-px phone: an employee files a daily report with a photo in three taps after signing in
 * (menu, form, Kirim), the connection drops as they send it, the report waits on the phone and goes
 * once the phone is back online; their superior approves it; the employee sees it approved.
 */
@IntegrationTest
class LaporanHarianBrowserTests {

	@RegisterExtension
	static final Peramban peramban = new Peramban();

	@LocalServerPort
	int port;

	@Autowired
	ContohOrganisasi contoh;

	@Autowired
	JdbcClient jdbc;

	private String url(String path) {
		return "http://localhost:" + port + path;
	}

	private BrowserContext ponsel() {
		return peramban.browser().newContext(new Browser.NewContextOptions().setViewportSize(360, 740).setLocale("id-ID"));
	}

	private void masuk(Page page, String username) {
		page.navigate(url("/masuk"));
		page.getByLabel("Nama pengguna").fill(username);
		page.getByLabel("Kata sandi").fill(StafUji.SANDI);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Masuk")).click();
		page.waitForURL("**/staf**");
	}

	private long jumlahLaporan(long pegawaiId) {
		return jdbc.sql("SELECT count(*) FROM kepegawaian.laporan_harian WHERE pegawai_id = ?").param(pegawaiId).query(Long.class).single();
	}

	private static void foto(Page page, String nama) {
		assertThat((Boolean) page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")).as("fits 360 px: " + nama).isTrue();
		page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target", nama)).setFullPage(true));
	}

	@Test
	void anEmployeeFilesAReportWithAPhotoThroughADroppedConnectionAndSeesItApproved() throws Exception {
		ContohOrganisasi.Pohon t = contoh.buat("DLHK");
		Path gambar = Files.createTempFile("laporan", ".jpg");
		Files.write(gambar, LaporanHarianTests.foto());
		String uraian = "Membersihkan halaman dan selokan depan kantor DLHK, 07.15–07.30 WITA.";

		try (BrowserContext pegawai = ponsel()) {
			Page page = pegawai.newPage();
			masuk(page, t.akunPelaksana());
			// tap 1: the menu
			page.getByLabel("Navigasi utama").getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Laporan harian").setExact(true))
				.click();
			page.waitForURL("**/staf/laporan-harian");
			assertThat(page.locator("main")).containsText(t.kasi().namaLengkap());
			// tap 2: the form (here also the kind of report and a photo, both optional)
			page.getByLabel("Kebersihan 15 menit sebelum dan sesudah jam kantor").check();
			page.locator("#uraian").fill(uraian);
			page.locator("#foto").setInputFiles(gambar);
			assertThat(page.locator("#foto-status")).containsText("Foto tersimpan");
			foto(page, "laporan-harian-formulir-360.png");

			// tap 3: Kirim, with the connection gone
			pegawai.setOffline(true);
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Kirim")).click();
			assertThat(page.locator("#status-kirim")).containsText("Belum terkirim");
			assertThat(jumlahLaporan(t.pelaksana().id())).isZero();
			foto(page, "laporan-harian-luring-360.png");

			// back online: the waiting report goes by itself, once, with its photo
			pegawai.setOffline(false);
			page.waitForURL("**/staf/laporan-harian/*");
			assertThat(page.locator("#status-laporan")).hasText("Menunggu persetujuan");
			assertThat(page.locator("img.foto-laporan")).isVisible();
			assertThat(jumlahLaporan(t.pelaksana().id())).isEqualTo(1);
			assertThat(jdbc.sql("SELECT count(*) FROM kepegawaian.laporan_harian WHERE pegawai_id = ? AND foto IS NOT NULL AND jenis = 'KEBERSIHAN'")
				.param(t.pelaksana().id()).query(Long.class).single()).isEqualTo(1);
			assertThat((String) page.evaluate("Object.keys(localStorage).filter(k => k.startsWith('kc.laporan-harian')).join()")).isEmpty();
			String laporan = page.url();

			try (BrowserContext atasan = ponsel()) {
				Page p = atasan.newPage();
				masuk(p, t.akunKasi());
				p.navigate(url("/staf/laporan-harian/persetujuan"));
				Locator kartu = p.locator(".laporan-menunggu").filter(new Locator.FilterOptions().setHasText(uraian));
				assertThat(kartu).containsText(t.pelaksana().namaLengkap());
				assertThat(kartu.locator("img.foto-laporan")).isVisible();
				foto(p, "laporan-harian-persetujuan-360.png");
				kartu.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Setujui")).click();
				assertThat(p.locator("main")).containsText("Laporan disetujui");
				assertThat(p.locator(".laporan-menunggu").filter(new Locator.FilterOptions().setHasText(uraian))).hasCount(0);
			}

			page.navigate(laporan);
			assertThat(page.locator("#status-laporan")).hasText("Disetujui");
			assertThat(page.locator("main")).containsText(t.kasi().namaLengkap());
			foto(page, "laporan-harian-disetujui-360.png");
			assertThat(jumlahLaporan(t.pelaksana().id())).isEqualTo(1);
		}
	}
}
