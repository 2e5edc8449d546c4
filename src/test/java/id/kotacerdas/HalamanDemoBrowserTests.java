package id.kotacerdas;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

/**
 * The pages staff meet with the demo data, on a 360 px phone: a report with a named reporter, the
 * audit log, the "not found" page, the leadership's masterplan dashboard. Screenshots land in
 * {@code target/layar/}. Same context as {@link CrawlTests}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("demo")
class HalamanDemoBrowserTests {

	private static final String SANDI_DEMO = "demo-kupang-2026";

	@RegisterExtension
	static final Peramban peramban = new Peramban();

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;



	private String url(String path) {
		return "http://localhost:" + port + path;
	}

	private BrowserContext ponsel() {
		return peramban.browser().newContext(new Browser.NewContextOptions().setViewportSize(360, 740).setLocale("id-ID"));
	}

	private Page masuk(BrowserContext ctx, String username) {
		Page p = ctx.newPage();
		p.navigate(url("/masuk"));
		p.locator("#username").fill(username);
		p.locator("#password").fill(SANDI_DEMO);
		p.locator("main button[type=submit]").click();
		assertThat(p.locator("h1")).isVisible();
		return p;
	}

	private static void muatDi360(Page p, String nama) {
		p.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target", "layar", nama + ".png")).setFullPage(true));
		assertThat((Boolean) p.evaluate("document.documentElement.scrollWidth <= window.innerWidth")).as(nama + " fits 360 px").isTrue();
	}

	/** A demo report of the environment agency whose reporter left a name, phone and e-mail. */
	private String laporanBernama() {
		return jdbc.sql("""
				select p.nomor from pengaduan.pengaduan p join akun.pengguna u on u.username = 'trc.dlhk' and u.opd_id = p.opd_id
				where not p.anonim and p.nama_pelapor is not null and p.telepon_pelapor is not null and p.email_pelapor is not null
				order by p.id limit 1""").query(String.class).single();
	}

	@Test
	void theOfficerSeesTheNamedReporterAndHowToReachThem() {
		String nomor = laporanBernama();
		var pelapor = jdbc.sql("select nama_pelapor, telepon_pelapor, email_pelapor from pengaduan.pengaduan where nomor = ?")
			.param(nomor).query().singleRow();
		try (BrowserContext ctx = ponsel()) {
			Page p = masuk(ctx, "trc.dlhk");
			p.navigate(url("/staf/pengaduan/" + nomor));
			assertThat(p.locator("h1")).containsText(nomor);
			assertThat(p.locator("#pelapor")).containsText((String) pelapor.get("nama_pelapor"));
			assertThat(p.locator("#pelapor a[href^='tel:']")).hasText((String) pelapor.get("telepon_pelapor"));
			assertThat(p.locator("#pelapor a[href^='mailto:']")).hasText((String) pelapor.get("email_pelapor"));
			// the category's extra question and the citizen's choice in words, not stored JSON
			assertThat(p.locator("#jawaban")).containsText("Perkiraan banyaknya sampah");
			assertThat(p.locator("#jawaban")).containsText("Sedikit (satu kantong)");
			muatDi360(p, "staf-rinci-pelapor-bernama");
		}
		// leadership reads the report without the reporter's identity: it does not act on it
		try (BrowserContext ctx = ponsel()) {
			Page p = masuk(ctx, "walikota");
			p.navigate(url("/staf/pengaduan/" + nomor));
			assertThat(p.locator("#pelapor")).not().containsText((String) pelapor.get("nama_pelapor"));
			assertThat(p.locator("#pelapor")).not().containsText((String) pelapor.get("telepon_pelapor"));
			assertThat(p.locator("#pelapor")).not().containsText((String) pelapor.get("email_pelapor"));
		}
	}

	@Test
	void theAuditLogReadsAsChangedFieldsWithOldAndNewValues() {
		try (BrowserContext ctx = ponsel()) {
			Page p = masuk(ctx, "kominfo");
			p.navigate(url("/admin/audit?jenis=kendaraan"));
			// the demo's correction of the pick-up: condition from good to minor damage
			assertThat(p.locator(".perubahan li").filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText("Kondisi")).first())
				.hasText(java.util.regex.Pattern.compile("Kondisi:\\s*Baik\\s*→\\s*Rusak Ringan"));
			assertThat(p.locator("main")).not().containsText("{\"");
			muatDi360(p, "audit");
		}
	}

	@Test
	void aMistypedAddressShowsTheNotFoundPageInBothLanguages() {
		try (BrowserContext ctx = ponsel()) {
			Page p = ctx.newPage();
			p.navigate(url("/pengaduan/salah-ketik"));
			assertThat(p.locator("h1")).hasText("Halaman tidak ditemukan");
			muatDi360(p, "404");
			p.getByText("English").click();
			assertThat(p.locator("h1")).hasText("Page not found");
			muatDi360(p, "404-en");
		}
	}

	@Test
	void leadershipReadsTheMasterplanDrillsIntoAFigureAndItsAgenciesInBothLanguages() {
		try (BrowserContext ctx = ponsel()) {
			Page p = masuk(ctx, "walikota");
			Peramban.bukaMenuStaf(p);
			p.locator("nav a[href='/staf/masterplan']").click();
			assertThat(p.locator("h1")).hasText("Masterplan kota cerdas");
			assertThat(p.locator("section.dimensi h2")).hasCount(6);
			assertThat(p.locator("#dimensi-tata_kelola")).hasText("Tata kelola cerdas");
			// the 19 figures the modules compute (pengaduan 3, armada 2, kepegawaian 3, pasar 2, survei 2, umkm 1, pelatihan 1, iven 1,
			// wifi 2, pju 1, jalan 1) and the 7 the agencies enter with proof (ISO 9001, digital-literacy corners, IETPD's revenue 2,
			// expenditure 2 and score 1)
			assertThat(p.locator("article.indikator")).hasCount(26);
			assertThat(p.locator("#aturan")).containsText("kuning bila selisihnya paling banyak 10");
			var selesai = p.locator("article.indikator").filter(new Locator.FilterOptions().setHasText("Laporan diselesaikan dalam batas waktu"));
			// a percentage with a decimal comma, its parts, its source and when it was computed
			assertThat(selesai.locator(".aktual")).hasText(java.util.regex.Pattern.compile("^\\d{1,3},\\d %$"));
			assertThat(selesai.locator(".sumber")).containsText("Dihitung otomatis dari pengaduan warga");
			// this year's ISO 9001 count waits for Kominfo: leadership sees it marked, not counted
			var iso = p.locator("article.indikator").filter(new Locator.FilterOptions().setHasText("ISO 9001"));
			assertThat(iso.locator(".tertunda")).containsText("Menunggu verifikasi");
			assertThat(iso.locator(".aktual")).hasText("belum ada");
			muatDi360(p, "masterplan-pimpinan");

			selesai.locator("h5 a").click();
			assertThat(p.locator("h1")).hasText("Laporan diselesaikan dalam batas waktu");
			assertThat(p.locator("table.tren tbody tr")).hasCount(10);
			assertThat(p.locator("table.per-opd")).containsText("DLHK");
			// the drill-down by the report's kelurahan, names only
			assertThat(p.locator("table.per-kelurahan tbody tr").first()).isVisible();
			// read from the stored snapshot, which says when it was computed
			assertThat(p.locator("#per-kelurahan ~ p.meta").last()).containsText("Rincian ini disimpan bersama angka tahunnya");
			assertThat(p.locator("#keterangan-sumber")).isVisible();
			muatDi360(p, "masterplan-indikator");

			p.navigate(url("/staf/masterplan?lang=en"));
			assertThat(p.locator("h1")).hasText("Smart-city masterplan");
			assertThat(p.locator("#dimensi-tata_kelola")).hasText("Smart governance");
			assertThat(p.locator("main")).containsText("Computed automatically from citizen complaints");
			muatDi360(p, "masterplan-en");

			assertThat(p.navigate(url("/staf/masterplan?tahun=bulan-ini")).status()).isEqualTo(400);
			// the interim list's address leads here
			p.navigate(url("/staf/indikator"));
			assertThat(p).hasURL(java.util.regex.Pattern.compile(".*/staf/masterplan$"));
		}
		// citizens see verified values only, never a pending one
		try (BrowserContext ctx = ponsel()) {
			Page p = ctx.newPage();
			p.navigate(url("/masterplan?lang=id"));
			assertThat(p.locator("article.indikator")).hasCount(26);
			assertThat(p.locator(".tertunda")).hasCount(0);
			p.navigate(url("/masterplan?tahun=2025"));
			var iso = p.locator("article.indikator").filter(new Locator.FilterOptions().setHasText("ISO 9001"));
			assertThat(iso.locator(".aktual")).hasText("4");
			assertThat(iso.locator(".sumber a")).hasText("Lihat bukti");
			muatDi360(p, "masterplan-warga");

			// the map: every layer in the legend with its GeoJSON, drawn once Leaflet is fetched
			p.locator("#tautan-peta").click();
			assertThat(p.locator("h1")).hasText("Peta masterplan kota cerdas");
			assertThat(p.locator("#legenda li")).hasCount(4);
			assertThat(p.locator("#legenda")).containsText("Laporan warga per kelurahan tahun ini");
			assertThat(p.locator("#peta-masterplan[data-siap]")).hasCount(1);
			// drawn features (a road's line may lie outside the view, so not "visible" each)
			assertThat(p.locator("#peta-masterplan .leaflet-interactive")).not().hasCount(0);
			muatDi360(p, "masterplan-peta");
		}
	}

	@Test
	void anAgencyAdministratorHasNeitherTheMenuEntryNorThePage() {
		try (BrowserContext ctx = peramban.browser().newContext()) {
			Page p = masuk(ctx, "dlhk");
			assertThat(p.locator("a[href='/staf/masterplan']")).hasCount(0);
			assertThat(p.navigate(url("/staf/masterplan")).status()).isEqualTo(403);
		}
	}
}
