package id.kotacerdas.layanan.internal;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;

import id.kotacerdas.IntegrationTest;
import id.kotacerdas.Peramban;
import id.kotacerdas.akun.internal.StafUji;
import id.kotacerdas.dokumen.TandaTanganPdf;
import id.kotacerdas.opd.DaftarOpd;
import id.kotacerdas.platform.Peran;

/**
 * The flow on 360 px phones: a citizen applies for a domisili letter with a KTP photo; the
 * operator returns it for a missing document; the citizen replaces it; the back office approves both
 * steps and the letter is issued; the citizen downloads the signed PDF from the private page; its QR
 * code opens the verification page, which accepts the downloaded file and refuses a copy altered by
 * one byte. Screenshots in {@code target/tangkapan/dokumen-*.png}, the letter as {@code dokumen-surat.png}.
 */
@IntegrationTest
class PenerbitanLayananBrowserTests {

	@RegisterExtension
	static final Peramban peramban = new Peramban();

	@LocalServerPort
	int port;

	@Autowired
	StafUji stafUji;

	@Autowired
	DaftarOpd opd;

	private String url(String jalur) {
		return "http://localhost:" + port + jalur;
	}

	private static void foto(Page page, String nama) {
		page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target", "tangkapan", "dokumen-" + nama + ".png")).setFullPage(true));
	}

	private static void muatDiLayar(Page page) {
		assertThat((Boolean) page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")).as("no sideways scrolling at 360 px")
			.isTrue();
	}

	private void masuk(Page k, String username) {
		k.navigate(url("/masuk"));
		k.locator("#username").fill(username);
		k.locator("#password").fill(StafUji.SANDI);
		k.locator("button[type=submit]").last().click();
	}

	@Test
	void aDomisiliLetterFromApplicationToAVerifiedSignedPdf() throws Exception {
		long kotaRaja = opd.semua().stream().filter(o -> o.nama().equals("Kecamatan Kota Raja")).findFirst().orElseThrow().id();
		String operator = stafUji.penggunaOpd(Peran.ADMIN_OPD, kotaRaja, null);
		String lurah = stafUji.penggunaOpd(Peran.ADMIN_OPD, kotaRaja, null);
		Browser.NewContextOptions ponsel = new Browser.NewContextOptions().setViewportSize(360, 740).setLocale("id-ID");
		try (BrowserContext warga = peramban.browser().newContext(ponsel.setAcceptDownloads(true));
				BrowserContext kantor = peramban.browser().newContext(new Browser.NewContextOptions().setViewportSize(360, 740).setLocale("id-ID"));
				BrowserContext bank = peramban.browser().newContext(new Browser.NewContextOptions().setViewportSize(360, 740).setLocale("id-ID")
					.setJavaScriptEnabled(false))) {
			// 1. the citizen applies with a KTP photo (and the other documents of the requirement list)
			Page w = warga.newPage();
			w.navigate(url("/layanan/domisili-naikoten-2/ajukan"));
			w.locator("#nik").fill("5371054107950003");
			w.locator("#nama").fill("Yuliana Mbura");
			w.locator("#email").fill("yuliana.mbura@contoh.invalid");
			w.locator("#perihal").fill("Surat keterangan domisili untuk melamar kerja di Bank NTT");
			w.locator("[id='isian.alamat']").fill("Jl. Soeharto No. 12, Naikoten II");
			w.locator("[id='isian.rt_rw']").fill("005/002");
			w.locator("[id='isian.lama_tinggal']").fill("7");
			w.locator("[id='isian.keperluan']").selectOption("Melamar kerja");
			w.locator("[id='dokumen.ktp']").setInputFiles(new FilePayload("ktp.jpg", "image/jpeg", BerkasContoh.foto("KTP-el 5371054107950003 YULIANA MBURA")));
			w.locator("[id='dokumen.kk']").setInputFiles(new FilePayload("kk.jpg", "image/jpeg", BerkasContoh.foto("KK 5371050101100007")));
			w.locator("[id='dokumen.pengantar_rt']").setInputFiles(new FilePayload("pengantar.jpg", "image/jpeg", BerkasContoh.foto("Pengantar RT 005")));
			muatDiLayar(w);
			foto(w, "ajukan");
			w.locator("#formulir-layanan button[type=submit]").click();
			String kode = w.locator("#kode-lacak").textContent().trim();
			String pribadi = w.locator("#tautan-pribadi").getAttribute("href");
			foto(w, "terkirim");

			// 2. the operator returns it: the RT letter is not signed
			Page k = kantor.newPage();
			masuk(k, operator);
			k.navigate(url("/staf/layanan/permohonan/" + kode));
			k.locator("#ada-ktp").check();
			k.locator("#ada-kk").check();
			k.locator("#alasan").fill("Surat pengantar RT belum ditandatangani Ketua RT 005.");
			muatDiLayar(k);
			foto(k, "kembalikan");
			k.locator("#kembalikan").click();
			assertThat(k.locator(".pesan.sukses")).isVisible();

			// 3. the citizen replaces the document from the private page and resubmits
			w.navigate(pribadi);
			w.locator("#tautan-pemohon a").first().click();
			w.locator("[id='dokumen.pengantar_rt']").setInputFiles(new FilePayload("pengantar-ttd.jpg", "image/jpeg",
					BerkasContoh.foto("Pengantar RT 005 - ditandatangani")));
			foto(w, "perbaiki");
			w.locator("#kirim-ulang").click();

			// 4. the back office approves both steps (front office, then the lurah)
			k.navigate(url("/staf/layanan/permohonan/" + kode));
			k.locator("#ada-ktp").check();
			k.locator("#ada-kk").check();
			k.locator("#ada-pengantar_rt").check();
			k.locator("#setujui").click();
			assertThat(k.locator(".pesan.sukses")).isVisible();
			k.context().clearCookies();
			masuk(k, lurah);
			k.navigate(url("/staf/layanan/permohonan/" + kode));
			for (String d : new String[] { "ktp", "kk", "pengantar_rt" }) {
				if (!k.locator("#ada-" + d).isChecked()) {
					k.locator("#ada-" + d).check();
				}
			}
			k.locator("#setujui").click();
			assertThat(k.locator(".pesan.sukses")).isVisible();

			// 5. the letter is issued after the completion (asynchronously): the private page offers it
			w.navigate(pribadi);
			for (int i = 0; i < 120 && w.locator("a[href*='/unduh/']").count() == 0; i++) {
				Thread.sleep(500);
				w.reload();
			}
			muatDiLayar(w);
			foto(w, "pribadi-selesai");
			Download unduhan = w.waitForDownload(() -> w.locator("a[href*='/unduh/']").click());
			byte[] pdf = Files.readAllBytes(unduhan.path());
			assertThat(TandaTanganPdf.periksa(pdf).sah()).as("a valid PAdES signature of the city").isTrue();
			String alamatQr;
			try (PDDocument doc = Loader.loadPDF(pdf)) {
				PDFTextStripper teks = new PDFTextStripper();
				teks.setSortByPosition(true);
				assertThat(teks.getText(doc)).contains("SURAT KETERANGAN DOMISILI", "KELURAHAN NAIKOTEN II", "Nomor: 470/", "/Kel.N-II/",
						"Yuliana Mbura", "5371054107950003", "Jl. Soeharto No. 12", "untuk melamar kerja di Bank NTT");
				BufferedImage halaman = new PDFRenderer(doc).renderImageWithDPI(0, 150);
				javax.imageio.ImageIO.write(halaman, "png", Path.of("target", "tangkapan", "dokumen-surat.png").toFile());
				alamatQr = new MultiFormatReader().decode(new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(halaman))),
						Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE)).getText();
			}
			assertThat(alamatQr).startsWith(url("/v/"));

			// 6. whoever receives it (a bank, without JavaScript) opens the QR's page and uploads the file
			Page b = bank.newPage();
			b.navigate(alamatQr);
			assertThat(b.locator("#status")).containsText("sah dan berlaku");
			assertThat(b.locator("#pemegang")).hasText("Yuliana Mbura");
			assertThat(b.locator("#nik")).hasText("•••• •••• •••• 0003");
			assertThat(b.locator("#tanda-tangan")).containsText("sertifikat Pemerintah Kota");
			muatDiLayar(b);
			foto(b, "verifikasi");
			b.locator("#berkas").setInputFiles(new FilePayload("surat.pdf", "application/pdf", pdf));
			b.locator("#periksa button[type=submit]").click();
			assertThat(b.locator("#hasil")).containsText("Asli");
			foto(b, "verifikasi-asli");
			byte[] ubah = pdf.clone();
			ubah[ubah.length / 3] ^= 0x01;
			b.locator("#berkas").setInputFiles(new FilePayload("surat.pdf", "application/pdf", ubah));
			b.locator("#periksa button[type=submit]").click();
			assertThat(b.locator("#hasil")).containsText("Ditolak");
			muatDiLayar(b);
			foto(b, "verifikasi-ditolak");
		}
	}
}
