package id.kotacerdas.iven.internal;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import id.kotacerdas.IntegrationTest;
import id.kotacerdas.Peramban;
import id.kotacerdas.akun.internal.StafUji;
import id.kotacerdas.opd.DaftarOpd;
import id.kotacerdas.akun.AkunStaf;
import id.kotacerdas.akun.Staf;
import id.kotacerdas.berkas.GambarUji;
import id.kotacerdas.pengaduan.LaporanBaru;
import id.kotacerdas.pengaduan.LayananPengaduan;
import id.kotacerdas.permohonan.MesinPermohonan;
import id.kotacerdas.platform.Peran;
import id.kotacerdas.platform.Waktu;

/**
 * On a 360-px phone: Kelurahan Naikoten II submits its Event Kelurahan, Dinas Pariwisata approves it on the
 * application's page, and a citizen without JavaScript finds it in the kelurahan's month, on its page with
 * schema.org JSON-LD, and in the kelurahan's iCalendar feed.
 */
@IntegrationTest
class IvenBrowserTests {

	static final long ANGGARAN_BYTE = 100 * 1024;

	static final String NAIKOTEN_DUA = "53.71.05.1005";

	@RegisterExtension
	static final Peramban peramban = new Peramban();

	@LocalServerPort
	int port;

	@Autowired
	StafUji staf;

	@Autowired
	DaftarOpd opd;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	AkunStaf akun;

	@Autowired
	RegisterIven register;

	@Autowired
	MesinPermohonan mesin;

	@Autowired
	LayananPengaduan pengaduan;

	private Browser.NewContextOptions ponsel() {
		return new Browser.NewContextOptions().setViewportSize(360, 800).setLocale("id-ID");
	}

	private void masuk(Page page, String asal, String pengguna) {
		page.navigate(asal + "/masuk");
		page.getByLabel("Nama pengguna").fill(pengguna);
		page.getByLabel("Kata sandi").fill(StafUji.SANDI);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Masuk")).click();
		page.waitForURL("**/staf**");
	}

	private static void foto(Page page, String nama) {
		assertThat((Boolean) page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")).isTrue();
		page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/" + nama + "-360.png")).setFullPage(true));
	}

	@Test
	void aKelurahanSubmitsTheTourismOfficeApprovesAndTheEventIsInTheCalendarAndTheFeed() {
		String asal = "http://localhost:" + port;
		String judul = "Malam Budaya Rote Naikoten II " + System.nanoTime() % 100_000;
		long kotaRaja = opd.semua().stream().filter(o -> o.nama().equals("Kecamatan Kota Raja")).findFirst().orElseThrow().id();
		String kelurahan = staf.penggunaOpd(Peran.ADMIN_OPD, kotaRaja, null);
		String pariwisata = staf.adminOpd("Dispar");
		String kode;
		try (BrowserContext ctx = peramban.browser().newContext(ponsel())) {
			Page page = ctx.newPage();
			masuk(page, asal, kelurahan);
			page.navigate(asal + "/staf/iven");
			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Ajukan acara")).click();
			page.getByLabel("Nama acara").fill(judul);
			page.getByLabel("Deskripsi").fill("Tari Foti, lagu Rote dengan sasando, pameran UMKM kelurahan dan demo tenun Rote.");
			page.getByLabel("Jenis acara").selectOption("BUDAYA");
			page.getByLabel("Ini Event Kelurahan tahunan").check();
			page.getByLabel("Tanggal mulai").fill("2033-05-14");
			page.getByLabel("Jam mulai").fill("17:00");
			page.getByLabel("Jam selesai").fill("22:00");
			page.getByLabel("Tempat", new Page.GetByLabelOptions().setExact(true)).fill("Lapangan Kantor Lurah Naikoten II");
			page.getByLabel("Kelurahan", new Page.GetByLabelOptions().setExact(true)).selectOption(NAIKOTEN_DUA);
			page.getByLabel("Nama penyelenggara").fill("Kelurahan Naikoten II");
			page.getByLabel("NIK penanggung jawab").fill("5371051204820" + (100 + System.nanoTime() % 900));
			page.getByLabel("Nama penanggung jawab").fill("Daniel Ndun");
			page.getByLabel("Nomor ponsel").fill("081339001122");
			foto(page, "iven-ajukan");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Kirim pengajuan")).click();
			assertThat(page.locator("h1")).hasText("Pengajuan diterima");
			kode = page.locator("#kode").textContent().strip();
			foto(page, "iven-diajukan");
		}
		assertThat(jdbc.sql("select status from iven.acara where judul = ?").param(judul).query(String.class).single()).isEqualTo("DIAJUKAN");

		try (BrowserContext ctx = peramban.browser().newContext(ponsel())) {
			Page page = ctx.newPage();
			masuk(page, asal, pariwisata);
			page.navigate(asal + "/staf/permohonan/" + kode);
			assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Rincian acara dan poster"))).isVisible();
			foto(page, "iven-setujui");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Setujui, permohonan selesai")).click();
			assertThat(page.locator("main")).containsText("Tahap disetujui");
		}
		Awaitility.await().atMost(Duration.ofSeconds(20))
			.until(() -> "DIJADWALKAN".equals(jdbc.sql("select status from iven.acara where judul = ?").param(judul).query(String.class).single()));

		// a citizen with scripts off: the month of the kelurahan, its weight on the wire, the event's page and the feed
		try (BrowserContext ctx = peramban.browser().newContext(ponsel().setJavaScriptEnabled(false))) {
			Page page = ctx.newPage();
			AtomicLong diKabel = new AtomicLong();
			page.onRequestFinished(r -> diKabel.addAndGet(Math.max(0, r.sizes().responseBodySize) + Math.max(0, r.sizes().responseHeadersSize)));
			page.navigate(asal + "/iven?kelurahan=" + NAIKOTEN_DUA + "&bulan=2033-05");
			page.waitForLoadState();
			System.out.printf("Kelurahan calendar on the wire at first visit: %d bytes (budget %d)%n", diKabel.get(), ANGGARAN_BYTE);
			assertThat(diKabel.get()).isLessThanOrEqualTo(ANGGARAN_BYTE);
			assertThat(page.locator("h1")).hasText("Kalender acara Kelurahan Naikoten Dua");
			// the grid marks Saturday 14 May, the agenda under it names the event
			assertThat(page.locator(".kalender-bulan a[href='#h-2033-05-14']")).hasText("14");
			Locator kartu = page.locator("#h-2033-05-14 + ul li").filter(new Locator.FilterOptions().setHasText(judul));
			assertThat(kartu).containsText("17.00–22.00 WITA");
			assertThat(kartu).containsText("Budaya dan seni");
			foto(page, "iven-kalender");
			// filters are a plain GET form: by type, a type without it is empty
			page.getByLabel("Jenis acara").selectOption("olahraga");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Tampilkan")).click();
			assertThat(page.locator("#agenda")).not().containsText(judul);
			page.navigate(asal + "/iven?kelurahan=" + NAIKOTEN_DUA + "&bulan=2033-05");

			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(judul)).click();
			assertThat(page.locator("h1")).hasText(judul);
			assertThat(page.locator("#waktu")).hasText("14 Mei 2033, 17.00–22.00 WITA");
			String jsonLd = page.locator("script[type='application/ld+json']").textContent();
			assertThat(jsonLd).contains("\"@type\":\"Event\"", "\"eventStatus\":\"https://schema.org/EventScheduled\"",
					"\"startDate\":\"2033-05-14T17:00+08:00\"").doesNotContain("Daniel", "081339001122");
			assertThat(page.locator("main")).not().containsText("Daniel Ndun");
			foto(page, "iven-acara");
			String ics = page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Tambahkan ke kalender saya")).getAttribute("href");
			APIResponse satu = page.request().get(asal + ics);
			assertThat(satu.headers().get("content-type")).startsWith("text/calendar");
			assertThat(satu.text()).contains("SUMMARY:" + judul.substring(0, 20));

			page.navigate(asal + "/iven?kelurahan=" + NAIKOTEN_DUA);
			String feed = page.locator("#tautan-ical").getAttribute("href");
			assertThat(feed).isEqualTo("/iven/kelurahan/" + NAIKOTEN_DUA + ".ics");
			String isiFeed = page.request().get(asal + feed).text();
			assertThat(isiFeed).contains("DTSTART;TZID=Asia/Makassar:20330514T170000", "CATEGORIES:Budaya dan seni").doesNotContain("Daniel");

			page.navigate(asal + "/iven/cetak?kelurahan=" + NAIKOTEN_DUA + "&bulan=2033-05");
			assertThat(page.locator(".acara li").filter(new Locator.FilterOptions().setHasText(judul)).locator("svg")).hasCount(1);
			foto(page, "iven-cetak");
		}
	}

	/**
	 * The kelurahan that held its event reports on it on a phone: a visitor number beyond reason is refused with the typed
	 * value kept, then the number, how it was counted and a photo are stored; the public page (no script) shows the
	 * card with the complaint filed near the venue that evening and says the dossier still needs two editions.
	 */
	@Test
	void theKelurahanReportsOnItsEventAndThePublicPageShowsTheCard() throws Exception {
		String asal = "http://localhost:" + port;
		long kotaRaja = opd.semua().stream().filter(o -> o.nama().equals("Kecamatan Kota Raja")).findFirst().orElseThrow().id();
		String kelurahan = staf.penggunaOpd(Peran.ADMIN_OPD, kotaRaja, null);
		Staf petugas = akun.adminOpd(kotaRaja).stream().filter(s -> s.username().equals(kelurahan)).findFirst().orElseThrow();
		String u = staf.adminOpd("Dispar");
		Staf pariwisata = akun.adminOpd(staf.opdId("Dispar")).stream().filter(s -> s.username().equals(u)).findFirst().orElseThrow();
		java.time.LocalDate hari = java.time.LocalDate.of(2014, 1, 1).plusDays(System.nanoTime() % 300);
		String judul = "Pesta Budaya Rote Naikoten II " + hari.getYear() + " " + System.nanoTime() % 100_000;
		FormulirAcara f = new FormulirAcara();
		f.setJudul(judul);
		f.setDeskripsi("Tari Foti dan sasando, pameran UMKM kelurahan.");
		f.setJenis(JenisAcara.BUDAYA.name());
		f.setKelurahan(NAIKOTEN_DUA);
		f.setTempat("Lapangan Kantor Lurah Naikoten II");
		f.setTanggal(hari.toString());
		f.setJamMulai("17:00");
		f.setJamSelesai("22:00");
		f.setPenyelenggaraJenis(PenyelenggaraJenis.KELURAHAN.name());
		f.setPenyelenggara("Kelurahan Naikoten II " + System.nanoTime() % 100_000);
		f.setNik("5371051204820" + (100 + System.nanoTime() % 900));
		f.setNama("Daniel Ndun");
		f.setTelepon("081339001122");
		RegisterIven.Pengajuan p = register.ajukan(f, null, petugas);
		mesin.setujui(p.tandaTerima().kode(), mesin.cari(p.tandaTerima().kode()).orElseThrow().versi(), pariwisata);
		register.ikutiPermohonan(p.tandaTerima().kode(), StatusAcara.DIJADWALKAN);
		Acara a = register.acara(p.id());
		String nomor = pengaduan.ajukan(new LaporanBaru("sampah", "Sampah plastik menumpuk sesudah acara", a.lat() + 0.001, a.lon(), null,
				"Jl. Jend. Sudirman", "Agus Lay", "081237005566", null, false, false, java.util.Map.of(), java.util.List.of(), "web")).nomor();
		jdbc.sql("update pengaduan.pengaduan set diterima_pada = ? where nomor = ?")
			.params(java.sql.Timestamp.from(hari.atTime(21, 30).atZone(Waktu.WITA).toInstant()), nomor).update();

		try (BrowserContext ctx = peramban.browser().newContext(ponsel())) {
			Page page = ctx.newPage();
			masuk(page, asal, kelurahan);
			page.navigate(asal + "/staf/iven/" + a.id());
			assertThat(page.locator("#laporan-kosong")).isVisible();
			page.getByLabel("Jumlah pengunjung (bilangan bulat)").fill("90.000.000");
			page.getByLabel("Cara menghitung pengunjung").selectOption("BUKU_TAMU");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Simpan laporan")).click();
			assertThat(page.locator("#galat-pengunjung")).containsText("bilangan bulat");
			assertThat(page.getByLabel("Jumlah pengunjung (bilangan bulat)")).hasValue("90.000.000");
			foto(page, "iven-laporan-ditolak");
			page.getByLabel("Jumlah pengunjung (bilangan bulat)").fill("850");
			page.getByLabel("Catatan (boleh kosong)").fill("Hujan gerimis menjelang pukul 19.00");
			page.getByLabel("Foto acara (paling banyak 6)").setInputFiles(new com.microsoft.playwright.options.FilePayload("penari-foti.jpg",
					"image/jpeg", GambarUji.fotoPonselDenganGps(-10.17, 123.60, 1600, 1200, 7)));
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Simpan laporan")).click();
			assertThat(page.locator(".pesan.sukses")).hasText("Laporan acara tersimpan.");
			assertThat(page.locator("#kartu-" + hari)).containsText("850 pengunjung (Buku tamu atau daftar hadir)");
			assertThat(page.locator("#isi-laporan")).hasCount(0);
			foto(page, "iven-laporan-staf");
		}
		try (BrowserContext ctx = peramban.browser().newContext(ponsel().setJavaScriptEnabled(false))) {
			Page page = ctx.newPage();
			AtomicLong diKabel = new AtomicLong();
			page.onRequestFinished(r -> diKabel.addAndGet(Math.max(0, r.sizes().responseBodySize) + Math.max(0, r.sizes().responseHeadersSize)));
			page.navigate(asal + "/iven/acara/" + a.id());
			page.waitForLoadState();
			System.out.printf("Event page with its report card on the wire at first visit: %d bytes (budget %d)%n", diKabel.get(), ANGGARAN_BYTE);
			assertThat(diKabel.get()).isLessThanOrEqualTo(ANGGARAN_BYTE);
			Locator kartu = page.locator("#kartu-" + hari);
			assertThat(kartu).containsText("850 pengunjung");
			assertThat(kartu).containsText("Sampah: 1");
			assertThat(kartu.locator(".foto-laporan img")).hasCount(1);
			assertThat(page.locator("#dosir-status")).containsText("masih kurang 2 edisi");
			assertThat(page.locator("main")).not().containsText("Agus Lay");
			assertThat(page.locator("main")).not().containsText(nomor);
			foto(page, "iven-laporan-publik");
		}
	}
}
