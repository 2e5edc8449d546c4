package id.kotacerdas.layanan.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;

import id.kotacerdas.Peramban;

/**
 * SODAMOLEK as each role that uses it meets it with the demo data, on a 360 px phone: the citizen
 * (catalogue, service, form, tracking, compliance, verification), the kelurahan's front office (worklist,
 * counter, the service's counter form, an application's document check), the camat, DPMPTSP, Bapenda and
 * Kominfo. Every page answers 200, fits 360 px and shows words, not codes. Screenshots in
 * {@code target/layar/sodamolek-*.png}. Same context as {@link id.kotacerdas.CrawlTests}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("demo")
class SodamolekPeranBrowserTests {

	private static final String SANDI_DEMO = "demo-kupang-2026";

	/** What must never reach a person's screen: enum constants and role names of the code. */
	private static final Pattern KODE = Pattern.compile("\\b(DIPROSES|DIKEMBALIKAN|SELESAI|DITOLAK|DIBATALKAN|ADMIN_OPD|PETUGAS_TRC|ADMIN_KOMINFO|"
			+ "FOTO_ATAU_PDF|KELURAHAN|KECAMATAN|PERANGKAT_DAERAH|YA_TIDAK|null)\\b");

	@RegisterExtension
	static final Peramban peramban = new Peramban();

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	private String url(String path) {
		return "http://localhost:" + port + path;
	}

	private String kode(String idPengiriman) {
		return jdbc.sql("select kode_permohonan from layanan.pengajuan where id_pengiriman = :i").param("i", idPengiriman)
			.query(String.class).single();
	}

	private void lihat(Page p, String nama, String jalur) {
		Response r = p.navigate(url(jalur));
		assertThat(r.status()).as(nama + " " + jalur).isEqualTo(200);
		p.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target", "layar", "sodamolek-" + nama + ".png")).setFullPage(true));
		assertThat((Boolean) p.evaluate("document.documentElement.scrollWidth <= window.innerWidth")).as(nama + " fits 360 px").isTrue();
		assertThat(p.locator("body").innerText()).as(nama + ": words, not codes").doesNotContainPattern(KODE);
	}

	private void sebagai(String username, Map<String, String> halaman) {
		try (BrowserContext ctx = peramban.browser().newContext(new Browser.NewContextOptions().setViewportSize(360, 740).setLocale("id-ID"))) {
			Page p = ctx.newPage();
			if (username != null) {
				p.navigate(url("/masuk"));
				p.locator("#username").fill(username);
				p.locator("#password").fill(SANDI_DEMO);
				p.locator("main button[type=submit]").click();
				p.waitForURL(u -> !u.contains("/masuk"));
			}
			halaman.forEach((nama, jalur) -> lihat(p, nama, jalur));
		}
	}

	@Test
	void everyRoleSeesItsSodamolekPagesFitAndInWords() {
		String sktm = kode("demo-layanan-sktm");
		String pbg = kode("demo-layanan-pbg");
		String keramaian = kode("demo-layanan-keramaian");
		String dokumen = jdbc.sql("select id::text from dokumen.dokumen where konsumen_modul = 'dokumen' order by nomor limit 1")
			.query(String.class).single();

		Map<String, String> warga = new LinkedHashMap<>();
		warga.put("warga-katalog", "/layanan");
		warga.put("warga-sktm", "/layanan/sktm-naikoten-2");
		warga.put("warga-formulir", "/layanan/domisili-naikoten-2/ajukan");
		warga.put("warga-lacak-sktm", "/c/" + sktm);
		warga.put("warga-lacak-pbg", "/c/" + pbg);
		warga.put("warga-kepatuhan", "/kepatuhan-layanan");
		warga.put("warga-verifikasi", "/v/" + dokumen);
		sebagai(null, warga);

		sebagai("kelurahan.naikoten2", new LinkedHashMap<>(Map.of("kelurahan-kerja", "/staf/permohonan", "kelurahan-loket", "/staf/permohonan/loket",
				"kelurahan-loket-domisili", "/staf/layanan/domisili-naikoten-2/loket", "kelurahan-sktm", "/staf/layanan/permohonan/" + sktm,
				"kelurahan-sktm-mesin", "/staf/permohonan/" + sktm)));
		sebagai("camat.kotaraja", new LinkedHashMap<>(Map.of("camat-kerja", "/staf/permohonan", "camat-keramaian", "/staf/permohonan/" + keramaian,
				"camat-dokumen", "/staf/dokumen", "camat-layanan", "/staf/layanan")));
		sebagai("dpmptsp", new LinkedHashMap<>(Map.of("dpmptsp-kerja", "/staf/permohonan", "dpmptsp-pbg", "/staf/layanan/permohonan/" + pbg,
				"dpmptsp-ubah", "/staf/layanan/pbg-si-pejuang/ubah")));
		sebagai("bapenda", new LinkedHashMap<>(Map.of("bapenda-kerja", "/staf/permohonan", "bapenda-pbg", "/staf/permohonan/" + pbg)));
		sebagai("kominfo", new LinkedHashMap<>(Map.of("kominfo-layanan", "/staf/layanan", "kominfo-dokumen", "/staf/dokumen",
				"kominfo-loket", "/staf/permohonan/loket")));
		assertThat(List.of(sktm, pbg, keramaian)).allMatch(k -> k.startsWith("KPG-"));
	}
}
