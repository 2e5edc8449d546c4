package id.kotacerdas.pelatihan.internal;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;

import id.kotacerdas.IntegrationTest;
import id.kotacerdas.Peramban;
import id.kotacerdas.akun.Staf;
import id.kotacerdas.akun.internal.StafUji;
import id.kotacerdas.platform.Peran;
import id.kotacerdas.platform.Waktu;

/**
 * On 360-px phones: a business owner signs up and gets the QR card; the trainer checks participants in by code, loses
 * the network in the middle, keeps checking in, and reconnects — every check-in is stored exactly once; the
 * cooperatives agency sees the attendance on its staff page, reached from the menu.
 */
@IntegrationTest
class PelatihanBrowserTests {

	/** A citizen page's budget on the wire at first visit, styles included. */
	static final long ANGGARAN_BYTE = 100 * 1024;

	/** A sync is sent at once, or on the browser's "online" event, or at the page's next 10-second tick. */
	static final LocatorAssertions.HasTextOptions SINKRON = new LocatorAssertions.HasTextOptions().setTimeout(15_000);

	@RegisterExtension
	static final Peramban peramban = new Peramban();

	@LocalServerPort
	int port;

	@Autowired
	StafUji stafUji;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	LayananPelatihan layanan;

	@Test
	void anOwnerSignsUpTheTrainerChecksInThroughANetworkDropAndEveryCheckInIsStoredOnce() {
		String asal = "http://localhost:" + port;
		String username = stafUji.adminOpd(PelatihanTests.KOPERASI);
		Staf koperasi = new Staf(jdbc.sql("select id from akun.pengguna where username = ?").param(username).query(Long.class).single(), username,
				"Uji", null, Peran.ADMIN_OPD, stafUji.opdId(PelatihanTests.KOPERASI), null, null, true);
		String oebobo = jdbc.sql("select kode from wilayah.kelurahan where nama = 'Oebobo'").query(String.class).single();
		long program = layanan.buatProgram(koperasi, new LayananPelatihan.FormulirProgram("Jualan Online untuk Kuliner Palapa " + System.nanoTime() % 10_000,
				"PEMASARAN_DIGITAL", null, "Bank NTT", null));
		long sesi = layanan.buatSesi(koperasi, program, new LayananPelatihan.FormulirSesi("Maria Fanggidae", "Aula Wisata Kuliner Palapa", oebobo,
				LocalDate.now(Waktu.WITA).toString(), "00:00", "23:59", "30"));
		List<String> kode = new ArrayList<>();
		String[] nama = { "Yuliana Ndun", "Bernadus Tefa", "Ance Lakapu", "Nona Selan" };
		for (String n : nama) {
			kode.add(layanan.daftar(sesi, new LayananPelatihan.FormulirPeserta(n, PelatihanTests.ponsel(), null, "Lapak " + n, oebobo), null,
					Locale.forLanguageTag("id")).kode());
		}

		// the owner signs up on a phone: first visit within the budget, the card with the QR code
		try (BrowserContext ctx = peramban.browser().newContext(new Browser.NewContextOptions().setViewportSize(360, 800).setLocale("id-ID"))) {
			Page page = ctx.newPage();
			AtomicLong diKabel = new AtomicLong();
			page.onRequestFinished(r -> diKabel.addAndGet(Math.max(0, r.sizes().responseBodySize) + Math.max(0, r.sizes().responseHeadersSize)));
			page.navigate(asal + "/pelatihan");
			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Jualan Online untuk Kuliner Palapa").setExact(false)).first().click();
			page.getByLabel("Nama", new Page.GetByLabelOptions().setExact(true)).fill("Rambu Kahi");
			page.getByLabel("Nomor ponsel").fill("0821 4799 " + (1000 + System.nanoTime() % 9000));
			page.getByLabel("Nama usaha").fill("Kue Rambut Rambu");
			page.getByLabel("Kelurahan tempat usaha").selectOption(oebobo);
			assertThat((Boolean) page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")).isTrue();
			page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/pelatihan-daftar-360.png")).setFullPage(true));
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Daftar")).click();
			assertThat(page.locator("h1")).hasText("Pendaftaran diterima");
			String kodeWarga = page.locator("#kode").textContent().strip();
			assertThat(kodeWarga).matches(LayananPelatihan.KODE.pattern());
			page.waitForFunction("() => { const i = document.querySelector('img.qr-peserta'); return i.complete && i.naturalWidth > 0; }");
			page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/pelatihan-terdaftar-360.png")).setFullPage(true));
			System.out.printf("Training sign-up, list + form + card on the wire at first visit: %d bytes (budget %d)%n", diKabel.get(), ANGGARAN_BYTE);
			assertThat(diKabel.get()).isLessThanOrEqualTo(ANGGARAN_BYTE);
			kode.add(kodeWarga);
		}

		// the trainer at the venue: two check-ins online, the network drops, three more (one scanned twice, one unknown), back online
		String tautan = asal + layanan.tautanAbsen(koperasi, sesi);
		try (BrowserContext ctx = peramban.browser().newContext(new Browser.NewContextOptions().setViewportSize(360, 800).setLocale("id-ID"))) {
			Page page = ctx.newPage();
			page.navigate(tautan);
			Locator masukan = page.getByLabel("Kode peserta (pindai atau ketik)");
			Locator catat = page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Catat"));
			for (String k : kode.subList(0, 2)) {
				masukan.fill(k.toLowerCase(Locale.ROOT));
				catat.click();
			}
			for (String k : kode.subList(0, 2)) {
				assertThat(page.locator("#daftar-absen li[data-kode='" + k + "'] .tanda")).hasText("hadir", SINKRON);
			}
			ctx.setOffline(true);
			assertThat(page.locator("#status-jaringan")).containsText("Tanpa sinyal");
			for (String k : List.of(kode.get(2), kode.get(3), kode.get(3), "PLT-ZZZZ2222", kode.get(4))) {
				masukan.fill(k);
				catat.click();
			}
			assertThat(page.locator("#pesan-absen")).containsText("dicatat hadir");
			assertThat(page.locator("#daftar-absen li[data-kode='" + kode.get(3) + "'] .tanda")).hasText("menunggu kirim");
			assertThat(page.locator("#ringkas-absen")).containsText("menunggu kirim: 3");
			assertThat(hadir(sesi)).as("nothing reached the server while offline").isEqualTo(2);
			page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/pelatihan-absen-luring-360.png")).setFullPage(true));
			ctx.setOffline(false);
			for (String k : kode) {
				assertThat(page.locator("#daftar-absen li[data-kode='" + k + "'] .tanda")).hasText("hadir", SINKRON);
			}
			assertThat(page.locator("#ringkas-absen")).containsText("menunggu kirim: 0", new LocatorAssertions.ContainsTextOptions().setTimeout(15_000));
			assertThat((Boolean) page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")).isTrue();
			page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/pelatihan-absen-360.png")).setFullPage(true));
		}
		assertThat(hadir(sesi)).isEqualTo(kode.size());
		for (String k : kode) {
			assertThat(jdbc.sql("select count(*) from pelatihan.kehadiran k join pelatihan.peserta p on p.id = k.peserta_id where p.kode = ?")
				.param(k).query(Long.class).single()).as(k).isEqualTo(1);
		}

		// the cooperatives agency: from the menu to the session, attendance shown
		try (BrowserContext ctx = peramban.browser().newContext(new Browser.NewContextOptions().setViewportSize(360, 800).setLocale("id-ID"))) {
			Page page = ctx.newPage();
			page.navigate(asal + "/masuk");
			page.getByLabel("Nama pengguna").fill(username);
			page.getByLabel("Kata sandi").fill(StafUji.SANDI);
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Masuk")).click();
			page.waitForURL("**/staf**");
			Peramban.bukaMenuStaf(page);
			page.locator("nav a[href='/staf/pelatihan']").click();
			page.waitForURL("**/staf/pelatihan");
			page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/pelatihan-staf-360.png")).setFullPage(true));
			page.navigate(asal + "/staf/pelatihan/sesi/" + sesi);
			assertThat(page.locator("main")).containsText(kode.size() + " hadir dari " + kode.size() + " peserta");
			assertThat(page.locator("#peserta")).containsText("Rambu Kahi");
			assertThat((Boolean) page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")).isTrue();
			page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/pelatihan-staf-sesi-360.png")).setFullPage(true));
		}
	}

	private long hadir(long sesi) {
		return jdbc.sql("select count(*) from pelatihan.kehadiran where sesi_id = ?").param(sesi).query(Long.class).single();
	}
}
