package id.kotacerdas.pengaduan;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;

import id.kotacerdas.berkas.GambarUji;
import id.kotacerdas.IntegrationTest;
import id.kotacerdas.Peramban;
import id.kotacerdas.opd.DaftarOpd;
import id.kotacerdas.wilayah.Kelurahan;
import id.kotacerdas.wilayah.Wilayah;

/** The whole loop in a real browser: citizen on a phone, TRC officer, citizen again, statistics. */
@IntegrationTest
class PengaduanBrowserTests {

	@RegisterExtension
	static final Peramban peramban = new Peramban();

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Wilayah wilayah;

	@Autowired
	DaftarOpd daftarOpd;

	@Autowired
	LayananPengaduan layanan;



	private String url(String jalur) {
		return "http://localhost:" + port + jalur;
	}

	private String sel(Page page, String kolom) {
		return page.locator("#peringkat li:has(h2:text-is('Sampah')) ." + kolom).textContent().strip();
	}

	@Test
	void citizenFilesOfficerResolvesCitizenConfirmsAndStatisticsChange() {
		Kelurahan kel = DataUjiPengaduan.kelurahan(wilayah, 2);
		long dlhk = DataUjiPengaduan.opd(daftarOpd, "DLHK");
		long tim = DataUjiPengaduan.tim(jdbc, dlhk, "TRC DLHK " + kel.kecamatan().nama(), kel.kode(), false);
		DataUjiPengaduan.pengguna(jdbc, "trc.dlhk.peramban", "PETUGAS_TRC", dlhk, tim);
		Browser.NewContextOptions ponsel = new Browser.NewContextOptions().setViewportSize(360, 740).setLocale("id-ID");

		try (BrowserContext warga = peramban.browser().newContext(ponsel); BrowserContext petugas = peramban.browser().newContext()) {
			Page w = warga.newPage();
			w.navigate(url("/pengaduan/statistik?dimensi=kategori"));
			int diterimaSebelum = w.locator("#peringkat li:has(h2:text-is('Sampah'))").count() == 0 ? 0
					: Integer.parseInt(sel(w, "diterima"));

			// 1. an anonymous citizen on a 360 px phone files a report with a photo
			w.navigate(url("/pengaduan/baru"));
			assertThat((Boolean) w.evaluate("document.documentElement.scrollWidth <= window.innerWidth")).isTrue();
			w.getByLabel("Kategori").selectOption("sampah");
			w.getByLabel("Jelaskan masalahnya").fill("Sampah menumpuk di pinggir jalan dekat sekolah");
			w.locator("#kelurahan").selectOption(kel.kode());
			w.getByLabel("Alamat atau patokan").fill("Depan SD Inpres");
			// the phone photo's GPS position is offered as the pin
			w.locator("#foto").setInputFiles(new FilePayload("sampah.jpg", "image/jpeg", GambarUji.jpegDenganGps(kel.lat(), kel.lon())));
			w.locator("#lokasi-foto").click();
			assertThat(Double.parseDouble(w.locator("#lat").inputValue())).isCloseTo(kel.lat(), org.assertj.core.data.Offset.offset(1e-5));
			assertThat(Double.parseDouble(w.locator("#lon").inputValue())).isCloseTo(kel.lon(), org.assertj.core.data.Offset.offset(1e-5));
			w.locator("#anonim").check();
			w.locator("#kirim").click();
			assertThat(w.locator("#nomor-pengaduan")).hasText(java.util.regex.Pattern.compile("KPG-\\d{4}-\\d{6}"));
			String nomor = w.locator("#nomor-pengaduan").textContent().strip();
			assertThat(jdbc.sql("select count(*) from pengaduan.foto f join pengaduan.pengaduan p on p.id = f.pengaduan_id where p.nomor = ?")
				.param(nomor).query(Long.class).single()).isEqualTo(1);
			String tautan = w.locator("#tautan-pribadi").getAttribute("href");

			// 2. the TRC officer of the routed agency sees it and resolves it with evidence
			Page p = petugas.newPage();
			p.navigate(url("/masuk"));
			p.locator("#username").fill("trc.dlhk.peramban");
			p.locator("#password").fill(DataUjiPengaduan.SANDI);
			p.locator("button[type=submit]").last().click();
			p.navigate(url("/staf/pengaduan"));
			assertThat(p.locator(".daftar-kerja")).containsText(nomor);
			p.getByText(nomor).click();
			assertThat(p.locator("#pelapor")).containsText("Anonim");
			for (String aksi : new String[] { "VERIFIKASI", "PROSES" }) {
				assertThat(p.locator("#aksi")).hasValue(aksi);
				p.locator("#form-tindakan button[type=submit]").click();
				assertThat(p.locator(".pesan.sukses")).isVisible();
			}
			p.locator("#aksi").selectOption("SELESAI");
			p.locator("#teks").fill("Sampah sudah diangkut truk DLHK");
			p.locator("#form-tindakan #foto").setInputFiles(new FilePayload("bukti.png", "image/png", GambarUji.png(640, 480)));
			p.locator("#form-tindakan button[type=submit]").click();
			assertThat(p.locator("#status-pengaduan")).hasText("Selesai");

			// 3. the citizen confirms and rates
			w.navigate(tautan);
			assertThat(w.locator("#status-pengaduan")).hasText("Selesai");
			assertThat(w.locator(".riwayat")).containsText("Sampah sudah diangkut truk DLHK");
			w.locator("#konfirmasi").click();
			assertThat(w.locator("#status-pengaduan")).hasText("Ditutup");
			w.locator("label:has(#bintang-5)").click();
			w.locator("#kirim-nilai").click();
			assertThat(w.locator("main")).containsText("Penilaian Anda: 5 dari 5");

			// 4. the statistics changed accordingly
			w.navigate(url("/pengaduan/statistik?dimensi=kategori"));
			assertThat(Integer.parseInt(sel(w, "diterima"))).isEqualTo(diterimaSebelum + 1);
			assertThat(sel(w, "penilaian")).doesNotStartWith("–");
			assertThat(sel(w, "dikonfirmasi")).isNotEqualTo("–");
			// a ranked list and a chart whose labels fit a phone
			assertThat(w.locator("#grafik-statistik")).isVisible();
			pas360(w, "statistik-publik");
		}
	}
	/** Nothing on a staff page may be wider than the phone; the picture is kept for a person to look at. */
	private static void pas360(Page page, String nama) {
		page.screenshot(new Page.ScreenshotOptions().setPath(java.nio.file.Path.of("target", "tangkapan", nama + ".png")).setFullPage(true));
		assertThat((Boolean) page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")).as(nama).isTrue();
	}

	@Test
	void namedReporterRoutedOfficerIsRefusedOnceKeepsInputClosesWithEvidenceCitizenReopensBackInTheTeamsWorklist() {
		Kelurahan kel = DataUjiPengaduan.kelurahan(wilayah, 6);
		long dlhk = DataUjiPengaduan.opd(daftarOpd, "DLHK");
		long tim = DataUjiPengaduan.tim(jdbc, dlhk, "TRC DLHK " + kel.nama(), kel.kode(), false);
		DataUjiPengaduan.pengguna(jdbc, "trc.dlhk.bernama", "PETUGAS_TRC", dlhk, tim);
		Browser.NewContextOptions ponsel = new Browser.NewContextOptions().setViewportSize(360, 740).setLocale("id-ID");

		try (BrowserContext warga = peramban.browser().newContext(ponsel); BrowserContext petugas = peramban.browser().newContext(ponsel)) {
			// 1. a citizen who gives name, phone and e-mail files with a photo and a pin
			Page w = warga.newPage();
			w.navigate(url("/pengaduan/baru"));
			w.getByLabel("Kategori").selectOption("sampah");
			w.getByLabel("Jelaskan masalahnya").fill("Tumpukan sampah menutup got di depan pasar");
			w.locator("#kelurahan").selectOption(kel.kode());
			w.getByLabel("Alamat atau patokan").fill("Depan Pasar Inpres");
			w.locator("#foto").setInputFiles(new FilePayload("got.png", "image/png", GambarUji.png(800, 600)));
			w.evaluate("([lat, lon]) => { document.getElementById('lat').value = lat; document.getElementById('lon').value = lon; }",
					java.util.List.of(kel.lat(), kel.lon()));
			w.locator("#nama").fill("Maria Bernadete Ndun");
			w.locator("#telepon").fill("0812 3765 4321");
			w.locator("#email").fill("maria.ndun@contoh.id");
			w.locator("#kirim").click();
			String nomor = w.locator("#nomor-pengaduan").textContent().strip();
			String tautan = w.locator("#tautan-pribadi").getAttribute("href");

			// 2. the routed team's officer: the dashboard says what waits, and leads to it
			Page p = petugas.newPage();
			p.navigate(url("/masuk"));
			p.locator("#username").fill("trc.dlhk.bernama");
			p.locator("#password").fill(DataUjiPengaduan.SANDI);
			p.locator("button[type=submit]").last().click();
			p.navigate(url("/staf"));
			assertThat(p.locator("a[href='/staf/pengaduan?saring=baru'] .angka")).hasText("1");
			pas360(p, "staf-dasbor");
			p.locator("a[href='/staf/pengaduan?saring=baru']").click();
			assertThat(p.locator(".daftar-kerja li")).hasCount(1);
			assertThat(p.locator(".daftar-kerja li")).containsText(kel.nama());
			pas360(p, "staf-daftar-baru");
			p.getByText(nomor).click();

			// 3. the report with the reporter's contact, the place on a map and the way there
			assertThat(p.locator("#nama-pelapor")).hasText("Maria Bernadete Ndun");
			assertThat(p.locator("#telepon-pelapor")).hasAttribute("href", "tel:081237654321");
			assertThat(p.locator("#email-pelapor")).hasText("maria.ndun@contoh.id");
			assertThat(p.locator("#petunjuk-arah")).hasAttribute("href",
					java.util.regex.Pattern.compile("^https://www\\.google\\.com/maps/dir/\\?api=1&destination=-?\\d+\\.\\d+%2C\\d+\\.\\d+$"));
			assertThat(p.locator("#peta-daftar .leaflet-marker-icon")).hasCount(1);
			assertThat(p.locator("#aksi option")).hasCount(5);
			assertThat(p.locator("#aksi")).hasValue("VERIFIKASI");
			pas360(p, "staf-rinci");
			p.locator("#form-tindakan button[type=submit]").click();
			assertThat(p.locator("#aksi")).hasValue("PROSES");
			p.locator("#teks").fill("Tim menuju lokasi siang ini");
			p.locator("#form-tindakan button[type=submit]").click();
			assertThat(p.locator("#status-pengaduan")).hasText("Diproses");

			// 4. closing without an evidence photo is refused once; what was typed stays
			assertThat(p.locator("#aksi")).hasValue("SELESAI");
			String tanggapan = "Sampah sudah diangkut truk DLHK dan got dibersihkan";
			p.locator("#teks").fill(tanggapan);
			p.locator("#form-tindakan button[type=submit]").click();
			assertThat(p.locator("#galat-tindakan")).containsText("sedikitnya satu foto bukti");
			assertThat(p.locator("#galat-tindakan")).not().containsText("DIPROSES");
			assertThat(p.locator("#teks")).hasValue(tanggapan);
			assertThat(p.locator("#aksi")).hasValue("SELESAI");
			assertThat(p.locator("#status-pengaduan")).hasText("Diproses");
			pas360(p, "staf-rinci-ditolak");
			p.locator("#form-tindakan #foto").setInputFiles(new FilePayload("bukti.png", "image/png", GambarUji.png(640, 480)));
			p.locator("#form-tindakan button[type=submit]").click();
			assertThat(p.locator("#status-pengaduan")).hasText("Selesai");
			assertThat(p.locator(".riwayat")).containsText(tanggapan);

			// 5. the citizen is not satisfied and re-opens it through the private link (an absolute address)
			org.assertj.core.api.Assertions.assertThat(tautan).startsWith(url("/pengaduan/tindak-lanjut/"));
			w.navigate(tautan);
			assertThat(w.locator("#status-pengaduan")).hasText("Selesai");
			w.locator("#alasan").fill("Dua hari kemudian sampah menumpuk lagi");
			w.locator("form:has(#alasan) button[type=submit]").click();
			assertThat(w.locator("#status-pengaduan")).hasText("Dibuka kembali");

			// 6. it is back in the team's worklist, counted on the dashboard
			p.navigate(url("/staf"));
			assertThat(p.locator("a[href='/staf/pengaduan?saring=dibuka-kembali'] .angka")).hasText("1");
			p.locator("a[href='/staf/pengaduan?saring=dibuka-kembali']").click();
			assertThat(p.locator(".daftar-kerja li")).hasCount(1);
			assertThat(p.locator(".daftar-kerja li")).containsText(nomor);
			assertThat(p.locator(".daftar-kerja li")).containsText("Dibuka kembali 1 kali");
			pas360(p, "staf-daftar-dibuka-kembali");
			p.getByText(nomor).click();
			assertThat(p.locator("#aksi")).hasValue("PROSES");
		}
	}
	@Test
	void everyRolesComplaintPagesFitA360PxPhone() {
		long dlhk = DataUjiPengaduan.opd(daftarOpd, "DLHK");
		Kelurahan kel = DataUjiPengaduan.kelurahan(wilayah, 7);
		String nomor = layanan.ajukan(new LaporanBaru("jalan-rusak", "Lubang besar di tengah jalan menuju terminal", kel.lat(), kel.lon(),
				null, "Jl. Timor Raya", "Yoseph Nitbani", "081300112233", null, false, false,
				java.util.Map.of("bahaya", java.util.List.of("motor", "pejalan")), java.util.List.of(), "web")).nomor();
		// unanswered past its first-response deadline: the statistics show it as a failure, in the chart too
		jdbc.sql("update pengaduan.pengaduan set tenggat_respons = now() - interval '1 hour' where nomor = ?").param(nomor).update();
		long pupr = DataUjiPengaduan.opd(daftarOpd, "PUPR");
		java.util.Map<String, java.util.List<String>> halaman = new java.util.LinkedHashMap<>();
		DataUjiPengaduan.pengguna(jdbc, "kominfo.ponsel", "ADMIN_KOMINFO", null, null);
		halaman.put("kominfo.ponsel", java.util.List.of("/staf", "/staf/pengaduan", "/staf/pengaduan/" + nomor, "/staf/pengaduan/statistik",
				"/admin/pengaduan/kategori"));
		DataUjiPengaduan.pengguna(jdbc, "pupr.ponsel", "ADMIN_OPD", pupr, null);
		halaman.put("pupr.ponsel", java.util.List.of("/staf", "/staf/pengaduan", "/staf/pengaduan/" + nomor, "/staf/pengaduan/statistik"));
		DataUjiPengaduan.pengguna(jdbc, "pimpinan.ponsel", "PIMPINAN", null, null);
		halaman.put("pimpinan.ponsel", java.util.List.of("/staf", "/staf/pengaduan", "/staf/pengaduan/" + nomor,
				"/staf/pengaduan/statistik?dimensi=kelurahan"));
		DataUjiPengaduan.pengguna(jdbc, "trc.dlhk.ponsel", "PETUGAS_TRC", dlhk, DataUjiPengaduan.tim(jdbc, dlhk, "", "", true));
		halaman.put("trc.dlhk.ponsel", java.util.List.of("/staf", "/staf/pengaduan", "/staf/pengaduan?lang=en"));
		Browser.NewContextOptions ponsel = new Browser.NewContextOptions().setViewportSize(360, 740).setLocale("id-ID");
		halaman.forEach((pengguna, daftar) -> {
			try (BrowserContext ctx = peramban.browser().newContext(ponsel)) {
				Page p = ctx.newPage();
				p.navigate(url("/masuk"));
				p.locator("#username").fill(pengguna);
				p.locator("#password").fill(DataUjiPengaduan.SANDI);
				p.locator("button[type=submit]").last().click();
				p.waitForURL(java.util.regex.Pattern.compile(".*/staf.*"));
				for (String jalur : daftar) {
					com.microsoft.playwright.Response jawab = p.navigate(url(jalur));
					assertThat(jawab.status()).as(pengguna + " " + jalur).isEqualTo(200);
					pas360(p, pengguna + jalur.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-"));
				}
			}
		});
	}
}
