package id.kotacerdas.pengaduan;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.test.web.servlet.MockMvc;

import com.google.gson.JsonObject;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.CDPSession;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import com.microsoft.playwright.options.Geolocation;

import id.kotacerdas.berkas.GambarUji;
import id.kotacerdas.CsrfAplikasi;
import id.kotacerdas.IntegrationTest;
import id.kotacerdas.Peramban;
import id.kotacerdas.notifikasi.KotakUji;
import id.kotacerdas.notifikasi.Notifikasi;
import id.kotacerdas.wilayah.Kelurahan;
import id.kotacerdas.wilayah.Wilayah;

/**
 * The citizen on a 360-px phone, as a named reporter: nothing typed is lost (photo, follow-up
 * link, reload, expired session, refusal), "saya juga" never files a report, and the report page
 * stays within its byte budget. Screenshots go to target/layar/.
 */
@IntegrationTest
class PengaduanWargaBrowserTests {

	static final Path LAYAR = Path.of("target", "layar");

	@RegisterExtension
	static final Peramban peramban = new Peramban();

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Notifikasi notifikasi;

	@Autowired
	Wilayah wilayah;

	@Autowired
	LayananPengaduan layanan;

	@Autowired
	MockMvc mvc;

	@Autowired
	CsrfTokenRepository csrfAplikasi;



	/** The browser meets the application's own CSRF tokens, whatever MockMvc tests ran before. */
	@BeforeEach
	void csrfAplikasi() throws Exception {
		CsrfAplikasi.pulihkan(mvc, csrfAplikasi);
	}

	private String url(String jalur) {
		return "http://localhost:" + port + jalur;
	}

	private static Browser.NewContextOptions ponsel() {
		return new Browser.NewContextOptions().setViewportSize(360, 740).setLocale("id-ID");
	}

	private static void layar(Page page, String nama) {
		page.screenshot(new Page.ScreenshotOptions().setPath(LAYAR.resolve(nama + ".png")).setFullPage(true));
	}

	private long jumlahPengaduan() {
		return jdbc.sql("select count(*) from pengaduan.pengaduan").query(Long.class).single();
	}

	@Test
	void aNamedReporterFilesWithAPhotoGetsAnAbsoluteLinkAndTheConfirmationSurvivesAReload() {
		Kelurahan kel = DataUjiPengaduan.kelurahan(wilayah, 5);
		byte[] foto = GambarUji.fotoPonselDenganGps(kel.lat(), kel.lon(), 3000, 2000, 8);
		try (BrowserContext warga = peramban.browser().newContext(ponsel()); BrowserContext lain = peramban.browser().newContext(ponsel())) {
			warga.grantPermissions(List.of("clipboard-read", "clipboard-write"));
			Page w = warga.newPage();
			w.navigate(url("/pengaduan/baru"));
			assertThat((Boolean) w.evaluate("document.documentElement.scrollWidth <= window.innerWidth")).isTrue();
			assertThat(w.locator("#petunjuk-kontak")).containsText("Tanpa e-mail atau nomor telepon");
			w.getByLabel("Kategori").selectOption("jalan-rusak");
			w.getByLabel("Jelaskan masalahnya").fill("Lubang besar di tengah jalan, motor sering jatuh");
			// a photo without GPS offers no photo location; the phone's photo with GPS does
			w.locator("#foto").setInputFiles(new FilePayload("polos.png", "image/png", GambarUji.png(320, 240)));
			assertThat(w.locator("#foto-siap")).isVisible();
			assertThat(w.locator("#lokasi-foto")).isHidden();
			w.locator("#foto").setInputFiles(new FilePayload("IMG_2041.jpg", "image/jpeg", foto));
			w.locator("#lokasi-foto").click();
			assertThat(w.locator("#titik-terpasang")).isVisible();
			assertThat(Double.parseDouble(w.locator("#lat").inputValue())).isCloseTo(kel.lat(), org.assertj.core.data.Offset.offset(1e-5));
			w.getByLabel("Nama (opsional)").fill("Maria Fernandez");
			w.getByLabel("Telepon/WhatsApp (opsional)").fill("0812 3456 7890");
			w.getByLabel("E-mail (opsional, untuk kabar tindak lanjut)").fill("maria.warga@contoh.id");
			assertThat(w.locator("#foto-siap")).containsText("1 foto siap dikirim");
			layar(w, "formulir-terisi");
			w.locator("#kirim").click();

			assertThat(w.locator("#nomor-pengaduan")).hasText(Pattern.compile("KPG-\\d{4}-\\d{6}"));
			String nomor = w.locator("#nomor-pengaduan").textContent().strip();
			// shrunk on the phone to 1600 px on the longest side (the server alone would keep 2048)
			assertThat(jdbc.sql("""
					select b.lebar from pengaduan.foto f join pengaduan.pengaduan p on p.id = f.pengaduan_id
					join berkas.berkas b on b.id = f.berkas_id where p.nomor = ?""")
				.param(nomor).query(Integer.class).single()).isEqualTo(1600);
			assertThat(jdbc.sql("select nama_pelapor from pengaduan.pengaduan where nomor = ?").param(nomor).query(String.class).single())
				.isEqualTo("Maria Fernandez");

			String tautan = w.locator("#tautan-pribadi").getAttribute("href");
			assertThat(tautan).startsWith(url("/pengaduan/tindak-lanjut/"));
			String whatsapp = w.locator("#bagikan-whatsapp").getAttribute("href");
			assertThat(whatsapp).startsWith("https://wa.me/?text=");
			assertThat(URLDecoder.decode(whatsapp.substring(whatsapp.indexOf('=') + 1), StandardCharsets.UTF_8)).contains(nomor, tautan);
			assertThat(w.locator("#kontak-email")).containsText("maria.warga@contoh.id");
			// the link also waits in the outbox for the reporter's e-mail
			String token = tautan.substring(tautan.lastIndexOf('/') + 1);
			assertThat(KotakUji.emailTerakhir(notifikasi, "maria.warga@contoh.id").isi()).contains(nomor, "/pengaduan/tindak-lanjut/" + token);
			w.locator("#salin-tautan").click();
			assertThat(w.locator("#tersalin")).isVisible();
			layar(w, "terkirim");

			// a reload shows the same receipt; another browser never sees it
			w.reload();
			assertThat(w.locator("#nomor-pengaduan")).hasText(nomor);
			assertThat(w.locator("#tautan-pribadi")).hasAttribute("href", tautan);
			assertThat(w.locator("#tautan-pribadi")).hasText(tautan);
			Page l = lain.newPage();
			l.navigate(url("/pengaduan/terkirim"));
			assertThat(l.locator("h1")).hasText("Tanda terima tidak tersedia lagi");
			assertThat(l.locator("main")).not().containsText("tindak-lanjut/");

			// the absolute link works as it is
			w.navigate(tautan);
			assertThat(w.locator("h1")).containsText(nomor);

			// the public page shows the photo and a small map, the text first
			Page publik = lain.newPage();
			publik.navigate(url("/pengaduan/" + nomor));
			assertThat(publik.locator(".galeri img")).hasCount(1);
			assertThat((Boolean) publik.locator(".galeri img").evaluate("img => img.complete && img.naturalWidth > 0")).isTrue();
			assertThat(publik.locator("#peta-rinci")).isVisible();
			assertThat(publik.locator("#peta-rinci .leaflet-marker-icon")).hasCount(1);
			assertThat(publik.locator("main")).not().containsText("Maria");
			layar(publik, "rinci");
			publik.navigate(url("/pengaduan?kategori=jalan-rusak"));
			assertThat(publik.locator("#peta-daftar .leaflet-marker-icon").first()).isVisible();
		}
	}

	@Test
	void sayaJugaSupportsTheNearbyReportOncePerBrowserAndNeverFilesANewOne() {
		Kelurahan kel = DataUjiPengaduan.kelurahan(wilayah, 6);
		TandaTerima ada = layanan.ajukan(new LaporanBaru("drainase", "Selokan tersumbat sampah plastik", kel.lat(), kel.lon(), null, null,
				null, null, null, false, false, Map.of(), List.of(), "web"));
		Browser.NewContextOptions opsi = ponsel().setGeolocation(new Geolocation(kel.lat() + 0.0002, kel.lon()))
			.setPermissions(List.of("geolocation"));
		try (BrowserContext warga = peramban.browser().newContext(opsi)) {
			Page w = warga.newPage();
			w.navigate(url("/pengaduan/baru"));
			w.getByLabel("Kategori").selectOption("drainase");
			w.getByLabel("Jelaskan masalahnya").fill("Air selokan meluap ke jalan");
			long sebelum = jumlahPengaduan();
			w.locator("#lokasi-saya").click();
			var baris = w.locator("#sekitar li", new Page.LocatorOptions().setHasText(ada.nomor()));
			assertThat(baris).isVisible();
			layar(w, "sekitar");
			baris.getByText("Saya juga").click();
			assertThat(baris).containsText("Terima kasih, dukungan Anda dicatat.");
			assertThat(jumlahPengaduan()).isEqualTo(sebelum);
			assertThat(w.locator("#deskripsi")).hasValue("Air selokan meluap ke jalan");
			assertThat(layanan.publik(ada.nomor()).orElseThrow().jumlahDukungan()).isEqualTo(1);

			// the same browser again: the box says it already supported; a second POST changes nothing
			w.reload();
			w.getByLabel("Kategori").selectOption("drainase");
			w.locator("#lokasi-saya").click();
			assertThat(baris).containsText("Terima kasih");
			assertThat(baris.getByText("Saya juga")).hasCount(0);
			Object status = w.evaluate("u => fetch(u, { method: 'POST', headers: { 'X-CSRF-TOKEN': document.querySelector('meta[name=_csrf]').content } })"
					+ ".then(r => r.status)", "/pengaduan/" + ada.nomor() + "/dukung?fragmen=1");
			assertThat(status).isEqualTo(200);
			assertThat(layanan.publik(ada.nomor()).orElseThrow().jumlahDukungan()).isEqualTo(1);
			w.navigate(url("/pengaduan/" + ada.nomor()));
			assertThat(w.locator("#sudah-didukung")).isVisible();
			assertThat(w.locator("#saya-juga")).hasCount(0);
			assertThat(jumlahPengaduan()).isEqualTo(sebelum);
		}
	}

	@Test
	void anExpiredSessionStillSubmitsAndARefusalKeepsEverythingWithAllErrorsAtOnce() {
		Kelurahan kel = DataUjiPengaduan.kelurahan(wilayah, 7);
		try (BrowserContext warga = peramban.browser().newContext(ponsel())) {
			Page w = warga.newPage();
			w.navigate(url("/pengaduan/baru"));
			w.getByLabel("Kategori").selectOption("lampu-jalan");
			w.getByLabel("Jelaskan masalahnya").fill("Lampu jalan mati sejak seminggu");
			w.locator("#foto").setInputFiles(new FilePayload("lampu.png", "image/png", GambarUji.png(800, 600)));
			w.getByLabel("Nama (opsional)").fill("Yohanes Ndun");
			w.getByLabel("Telepon/WhatsApp (opsional)").fill("nomor saya");
			w.getByLabel("E-mail (opsional, untuk kabar tindak lanjut)").fill("yohanes@contoh.id");

			// the session times out while the citizen types: its cookie is gone
			warga.clearCookies(new BrowserContext.ClearCookiesOptions().setName("JSESSIONID"));
			long sebelum = jumlahPengaduan();
			w.locator("#kirim").click();

			// refused for two fields: both named at once, in the summary and beside the field
			assertThat(w.locator("#ringkasan-galat li")).hasCount(2);
			assertThat(w.locator("#ringkasan-galat")).containsText("Nomor telepon tidak valid.");
			assertThat(w.locator("#ringkasan-galat")).containsText("Tentukan lokasi");
			assertThat(w.locator("#telepon + .galat-isian")).hasText("Nomor telepon tidak valid.");
			assertThat(w.locator("#kelurahan + .galat-isian")).containsText("Tentukan lokasi");
			assertThat(w.locator("#telepon")).hasAttribute("aria-invalid", "true");
			assertThat(w.locator("#deskripsi")).hasValue("Lampu jalan mati sejak seminggu");
			assertThat(w.locator("#nama")).hasValue("Yohanes Ndun");
			assertThat(w.locator("#email")).hasValue("yohanes@contoh.id");
			assertThat((Integer) w.evaluate("document.getElementById('foto').files.length")).isEqualTo(1);
			assertThat(jumlahPengaduan()).isEqualTo(sebelum);
			layar(w, "ditolak");

			w.getByLabel("Telepon/WhatsApp (opsional)").fill("+62 812-3456-7000");
			w.locator("#kelurahan").selectOption(kel.kode());
			warga.clearCookies(new BrowserContext.ClearCookiesOptions().setName("JSESSIONID"));
			w.locator("#kirim").click();
			assertThat(w.locator("#nomor-pengaduan")).hasText(Pattern.compile("KPG-\\d{4}-\\d{6}"));
			String nomor = w.locator("#nomor-pengaduan").textContent().strip();
			assertThat(jdbc.sql("select count(*) from pengaduan.foto f join pengaduan.pengaduan p on p.id = f.pengaduan_id where p.nomor = ?")
				.param(nomor).query(Long.class).single()).isEqualTo(1);
			assertThat(jumlahPengaduan()).isEqualTo(sebelum + 1);
		}
	}

	/** Everything the page fetches by itself has arrived once Leaflet drew the map (tiles, from elsewhere, aside). */
	private static void tungguPeta(Page w, Map<String, Long> byte_) {
		assertThat(w.locator("#peta-pin .leaflet-control-zoom")).isVisible();
		w.waitForFunction("() => [...document.styleSheets].some(s => s.href && s.href.includes('leaflet') && s.cssRules.length > 0)");
		// the protocol's events may trail the page by a moment
		for (int i = 0; i < 50 && byte_.keySet().stream().filter(u -> u.contains("leaflet.")).count() < 2; i++) {
			w.waitForTimeout(100);
		}
	}

	/**
	 * Bytes on the wire as Chromium counts them (headers and gzip-encoded bodies, Network domain),
	 * same-origin only: map tiles come from elsewhere. First visit ≤ 100 KB, repeat visit ≤ 15 KB.
	 */
	@Test
	void theReportPageIsWithinItsBudgetOnAFirstAndARepeatVisit() {
		try (BrowserContext warga = peramban.browser().newContext(ponsel())) {
			Page w = warga.newPage();
			CDPSession cdp = warga.newCDPSession(w);
			cdp.send("Network.enable");
			Map<String, String> alamat = new HashMap<>();
			Map<String, Long> byte_ = new java.util.concurrent.ConcurrentHashMap<>();
			cdp.on("Network.requestWillBeSent", e -> alamat.put(e.get("requestId").getAsString(),
					e.getAsJsonObject("request").get("url").getAsString()));
			cdp.on("Network.loadingFinished", (JsonObject e) -> {
				String u = alamat.getOrDefault(e.get("requestId").getAsString(), "");
				if (u.startsWith(url("/"))) {
					byte_.merge(u, (long) e.get("encodedDataLength").getAsDouble(), Long::sum);
				}
			});

			w.navigate(url("/pengaduan/baru"));
			tungguPeta(w, byte_);
			long pertama = byte_.values().stream().mapToLong(Long::longValue).sum();
			System.out.println("First visit of /pengaduan/baru in Chromium, bytes on the wire: " + pertama + " " + byte_);
			assertThat(byte_.keySet()).anyMatch(u -> u.contains("/webjars/leaflet/"));
			assertThat(pertama).isLessThanOrEqualTo(100 * 1024);

			byte_.clear();
			w.navigate(url("/pengaduan/baru"));
			tungguPeta(w, byte_);
			long ulang = byte_.values().stream().mapToLong(Long::longValue).sum();
			System.out.println("Repeat visit of /pengaduan/baru in Chromium, bytes on the wire: " + ulang + " " + byte_);
			// the versioned files come from the cache without asking the server
			assertThat(byte_.entrySet()).filteredOn(e -> e.getValue() > 0).extracting(Map.Entry::getKey)
				.allMatch(u -> !u.contains("/webjars/") && !u.contains("/css/") && !u.contains("/js/"));
			assertThat(ulang).isLessThanOrEqualTo(15 * 1024);
		}
	}
}
