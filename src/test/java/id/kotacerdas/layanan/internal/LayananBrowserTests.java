package id.kotacerdas.layanan.internal;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;

import id.kotacerdas.IntegrationTest;
import id.kotacerdas.Peramban;
import id.kotacerdas.akun.internal.StafUji;
import id.kotacerdas.permohonan.MesinPermohonan;
import id.kotacerdas.permohonan.StatusPermohonan;

/**
 * On a 360 px phone without JavaScript: a citizen finds the domicile letter in the catalogue,
 * applies with a photo of the KTP, sees the tracking code; the office checks the documents on its
 * page and returns it for the family card; the citizen replaces it by the private link.
 * Screenshots in {@code target/tangkapan/layanan-*.png}.
 */
@IntegrationTest
class LayananBrowserTests {

	@RegisterExtension
	static final Peramban peramban = new Peramban();

	@LocalServerPort
	int port;

	@Autowired
	StafUji stafUji;

	@Autowired
	MesinPermohonan mesin;

	private String url(String jalur) {
		return "http://localhost:" + port + jalur;
	}

	private static void foto(Page page, String nama) {
		page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target", "tangkapan", "layanan-" + nama + ".png")).setFullPage(true));
	}

	private static void muatDiLayar(Page page) {
		assertThat((Boolean) page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")).as("no sideways scrolling at 360 px")
			.isTrue();
	}

	private static FilePayload berkas(String nama, String jenis, byte[] isi) {
		return new FilePayload(nama, jenis, isi);
	}

	@Test
	void aCitizenFindsTheDomicileLetterAppliesWithAKtpPhotoAndGetsTheCode() {
		String kominfo = stafUji.adminKominfo();
		Browser.NewContextOptions ponsel = new Browser.NewContextOptions().setViewportSize(360, 740).setLocale("id-ID");
		try (BrowserContext warga = peramban.browser().newContext(ponsel.setJavaScriptEnabled(false));
				BrowserContext kantor = peramban.browser().newContext(new Browser.NewContextOptions().setViewportSize(360, 740).setLocale("id-ID"))) {
			Page w = warga.newPage();
			w.navigate(url("/"));
			w.locator("a[href='/layanan']").first().click();
			w.locator("#q").fill("domisili");
			w.locator("form[role=search] button[type=submit]").click();
			assertThat(w.locator(".daftar-layanan li")).hasCount(1);
			muatDiLayar(w);
			foto(w, "katalog");
			w.locator(".daftar-layanan a:has-text('Surat Keterangan Domisili')").click();
			assertThat(w.locator("#jangka-waktu")).hasText("2 hari kerja");
			assertThat(w.locator("#biaya")).hasText("Gratis");
			assertThat(w.locator("#prosedur")).containsText("Persetujuan dan tanda tangan Lurah");
			muatDiLayar(w);
			foto(w, "rinci");
			w.locator("#ajukan").click();

			w.locator("#nik").fill("5371054507930004");
			w.locator("[id='nama']").fill("Febriyanti Nalle");
			w.locator("#telepon").fill("082147330915");
			w.locator("#perihal").fill("Surat domisili untuk membuka rekening di Bank NTT");
			w.locator("[id='isian.alamat']").fill("Jl. Cak Doko No. 3, Naikoten II");
			w.locator("[id='isian.rt_rw']").fill("011/004");
			w.locator("[id='isian.lama_tinggal']").fill("3");
			w.locator("[id='isian.keperluan']").selectOption("Membuka rekening bank");
			w.locator("[id='dokumen.ktp']").setInputFiles(berkas("ktp.jpg", "image/jpeg", DataDemoLayanan.kartu("KTP-el Febriyanti Nalle")));
			w.locator("[id='dokumen.kk']").setInputFiles(berkas("kk.jpg", "image/jpeg", DataDemoLayanan.kartu("KK buram")));
			w.locator("[id='dokumen.pengantar_rt']").setInputFiles(berkas("pengantar.pdf", "application/pdf",
					DataDemoLayanan.surat("Pengantar RT 011 RW 004")));
			muatDiLayar(w);
			foto(w, "formulir");
			w.locator("#formulir-layanan button[type=submit]").click();
			assertThat(w.locator("#kode-lacak")).hasText(java.util.regex.Pattern.compile("KPG-[0-9A-Z]{5}"));
			String kode = w.locator("#kode-lacak").textContent();
			String pribadi = w.locator("#tautan-pribadi").getAttribute("href");
			muatDiLayar(w);
			foto(w, "terkirim");

			// the office (signed in, with script) ticks what is in order: the family card photo is not
			Page k = kantor.newPage();
			k.navigate(url("/masuk"));
			k.locator("#username").fill(kominfo);
			k.locator("#password").fill(StafUji.SANDI);
			k.locator("button[type=submit]").last().click();
			k.navigate(url("/staf/permohonan/" + kode));
			k.locator("#tautan-staf a").click();
			assertThat(k.locator("#jawaban")).containsText("Jl. Cak Doko No. 3, Naikoten II");
			k.locator("#ada-ktp").check();
			k.locator("#ada-pengantar_rt").check();
			k.locator("#alasan").fill("Foto Kartu Keluarga buram, mohon difoto ulang.");
			muatDiLayar(k);
			foto(k, "staf-periksa");
			k.locator("#kembalikan").click();
			assertThat(k.locator(".pesan.sukses")).isVisible();
			assertThat(mesin.cari(kode).orElseThrow().status()).isEqualTo(StatusPermohonan.DIKEMBALIKAN);

			// the citizen follows the private link to the replacement page and sends a sharp photo
			w.navigate(pribadi);
			assertThat(w.locator("#kekurangan")).containsText("Foto Kartu Keluarga");
			w.locator("a[href*='/layanan/perbaiki/']").click();
			w.locator("[id='dokumen.kk']").setInputFiles(berkas("kk-baru.jpg", "image/jpeg", DataDemoLayanan.kartu("Kartu Keluarga Nalle")));
			muatDiLayar(w);
			foto(w, "perbaiki");
			w.locator("#kirim-ulang").click();
			assertThat(w.locator(".pesan.sukses")).isVisible();
			assertThat(mesin.cari(kode).orElseThrow().status()).isEqualTo(StatusPermohonan.DIPROSES);
			foto(w, "sesudah-perbaiki");
		}
	}
}
