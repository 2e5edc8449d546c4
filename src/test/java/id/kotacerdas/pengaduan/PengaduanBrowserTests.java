package id.kotacerdas.pengaduan;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;

import id.kotacerdas.IntegrationTest;
import id.kotacerdas.Peramban;
import id.kotacerdas.opd.DaftarOpd;
import id.kotacerdas.wilayah.Kelurahan;
import id.kotacerdas.wilayah.Wilayah;

/** The whole loop in a real browser: citizen on a phone, TRC officer, citizen again, statistics. */
@IntegrationTest
class PengaduanBrowserTests {

	static Peramban peramban;

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Wilayah wilayah;

	@Autowired
	DaftarOpd daftarOpd;

	@BeforeAll
	static void buka() {
		peramban = Peramban.buka();
	}

	@AfterAll
	static void tutup() {
		if (peramban != null) {
			peramban.close();
		}
	}

	private String url(String jalur) {
		return "http://localhost:" + port + jalur;
	}

	private String sel(Page page, String kolom) {
		return page.locator("#tabel-statistik tr:has(td:text-is('Sampah')) td." + kolom).textContent().strip();
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
			int diterimaSebelum = w.locator("#tabel-statistik tr:has(td:text-is('Sampah'))").count() == 0 ? 0
					: Integer.parseInt(sel(w, "diterima"));

			// 1. an anonymous citizen on a 360 px phone files a report with a photo
			w.navigate(url("/pengaduan/baru"));
			assertThat((Boolean) w.evaluate("document.documentElement.scrollWidth <= window.innerWidth")).isTrue();
			w.getByLabel("Kategori").selectOption("sampah");
			w.getByLabel("Jelaskan masalahnya").fill("Sampah menumpuk di pinggir jalan dekat sekolah");
			w.locator("#kelurahan").selectOption(kel.kode());
			w.getByLabel("Alamat atau patokan").fill("Depan SD Inpres");
			// the phone photo's GPS position is offered as the pin
			w.locator("#foto").setInputFiles(new FilePayload("sampah.jpg", "image/jpeg", DataUjiPengaduan.jpegDenganGps(kel.lat(), kel.lon())));
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
			assertThat(p.locator("table.daftar-kerja")).containsText(nomor);
			p.getByText(nomor).click();
			assertThat(p.locator("#pelapor")).containsText("Anonim");
			for (String aksi : new String[] { "VERIFIKASI", "PROSES" }) {
				p.locator("#aksi").selectOption(aksi);
				p.locator("#form-tindakan button[type=submit]").click();
				assertThat(p.locator(".pesan.sukses")).isVisible();
			}
			p.locator("#aksi").selectOption("SELESAI");
			p.locator("#teks").fill("Sampah sudah diangkut truk DLHK");
			p.locator("#form-tindakan #foto").setInputFiles(new FilePayload("bukti.png", "image/png", DataUjiPengaduan.png(640, 480)));
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
		}
	}
}
