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
			setujuiKeduaLangkah(k, kode, lurah);

			// 5–6. the letter is issued; the citizen downloads it and whoever receives it verifies it
			byte[] pdf = unduhSurat(w, pribadi, "selesai");
			String alamatQr = periksaSurat(pdf, "surat", "Yuliana Mbura", "5371054107950003", "Jl. Soeharto No. 12",
					"untuk melamar kerja di Bank NTT", "Uji " + lurah);
			verifikasi(bank.newPage(), alamatQr, pdf, "Yuliana Mbura", "0003", "");
		}
	}

	/**
	 * The same flow in assisted mode: an officer of the kelurahan files at the counter for a citizen who
	 * came to the office (the service's form and the documents photographed there) and prints the
	 * receipt; the citizen opens the receipt's private link on their phone; the lurah approves; the
	 * letter, signed in the lurah's name and valid six months, is issued and verified.
	 */
	@Test
	void theSameFlowInAssistedModeAtTheCounter() throws Exception {
		long kotaRaja = opd.semua().stream().filter(o -> o.nama().equals("Kecamatan Kota Raja")).findFirst().orElseThrow().id();
		String operator = stafUji.penggunaOpd(Peran.ADMIN_OPD, kotaRaja, null);
		String lurah = stafUji.penggunaOpd(Peran.ADMIN_OPD, kotaRaja, null);
		try (BrowserContext warga = peramban.browser().newContext(new Browser.NewContextOptions().setViewportSize(360, 740).setLocale("id-ID")
				.setAcceptDownloads(true));
				BrowserContext kantor = peramban.browser().newContext(new Browser.NewContextOptions().setViewportSize(360, 740).setLocale("id-ID"));
				BrowserContext bank = peramban.browser().newContext(new Browser.NewContextOptions().setViewportSize(360, 740).setLocale("id-ID")
					.setJavaScriptEnabled(false))) {
			// 1. the officer opens the counter from the menu's counter page and picks the service
			Page k = kantor.newPage();
			masuk(k, operator);
			k.navigate(url("/staf/permohonan/loket"));
			muatDiLayar(k);
			foto(k, "loket-daftar");
			k.locator("#formulir-konsumen a[href$='/domisili-naikoten-2/loket']").click();
			k.locator("#nik").fill("5371050906680001");
			k.locator("#nama").fill("Yeremias Nalle");
			k.locator("#telepon").fill("081339004512");
			k.locator("#perihal").fill("Surat keterangan domisili untuk mengurus pensiun di Taspen");
			k.locator("[id='isian.alamat']").fill("Jl. Kartini No. 3, Naikoten II");
			k.locator("[id='isian.rt_rw']").fill("002/001");
			k.locator("[id='isian.lama_tinggal']").fill("31");
			k.locator("[id='isian.keperluan']").selectOption("Lainnya");
			k.locator("[id='dokumen.ktp']").setInputFiles(new FilePayload("ktp.jpg", "image/jpeg", BerkasContoh.foto("KTP-el 5371050906680001 YEREMIAS NALLE")));
			k.locator("[id='dokumen.kk']").setInputFiles(new FilePayload("kk.jpg", "image/jpeg", BerkasContoh.foto("KK 5371050101680009")));
			k.locator("[id='dokumen.pengantar_rt']").setInputFiles(new FilePayload("pengantar.jpg", "image/jpeg", BerkasContoh.foto("Pengantar RT 002")));
			muatDiLayar(k);
			foto(k, "loket-formulir");
			k.locator("#formulir-layanan button[type=submit]").click();

			// 2. the receipt: the code and the private link (as text under its QR code)
			String kode = k.locator("#kode-struk").textContent().trim();
			String pribadi = k.locator("#qr-pribadi .alamat").textContent().trim();
			assertThat(pribadi).contains("/c/" + kode + "/");
			muatDiLayar(k);
			foto(k, "loket-struk");

			// 3. the back office approves both steps; the officer's own step first
			setujuiKeduaLangkah(k, kode, lurah);

			// 4. the citizen opens the receipt's link at home and downloads the letter; the bank verifies it
			byte[] pdf = unduhSurat(warga.newPage(), pribadi, "loket-selesai");
			String alamatQr = periksaSurat(pdf, "loket-surat", "Yeremias Nalle", "5371050906680001", "Jl. Kartini No. 3",
					"untuk mengurus pensiun di Taspen", "Uji " + lurah, "berlaku sampai dengan");
			verifikasi(bank.newPage(), alamatQr, pdf, "Yeremias Nalle", "0001", "loket-");
		}
	}

	/** The front office ticks the documents and approves (the officer signed in), then the lurah approves the last step. */
	private void setujuiKeduaLangkah(Page k, String kode, String lurah) {
		k.navigate(url("/staf/layanan/permohonan/" + kode));
		for (String d : new String[] { "ktp", "kk", "pengantar_rt" }) {
			if (!k.locator("#ada-" + d).isChecked()) {
				k.locator("#ada-" + d).check();
			}
		}
		k.locator("#setujui").click();
		assertThat(k.locator(".pesan.sukses")).isVisible();
		k.context().clearCookies();
		masuk(k, lurah);
		k.navigate(url("/staf/layanan/permohonan/" + kode));
		for (String d : new String[] { "ktp", "kk", "pengantar_rt" }) {
			assertThat(k.locator("#ada-" + d)).isChecked();
		}
		k.locator("#setujui").click();
		assertThat(k.locator(".pesan.sukses")).isVisible();
	}

	/** Waits on the private page for the issued letter (issued asynchronously after the completion) and downloads it. */
	private static byte[] unduhSurat(Page w, String pribadi, String namaFoto) throws Exception {
		w.navigate(pribadi);
		for (int i = 0; i < 120 && w.locator("a[href*='/unduh/']").count() == 0; i++) {
			Thread.sleep(500);
			w.reload();
		}
		muatDiLayar(w);
		foto(w, "pribadi-" + namaFoto);
		Download unduhan = w.waitForDownload(() -> w.locator("a[href*='/unduh/']").click());
		return Files.readAllBytes(unduhan.path());
	}

	/** The letter is signed by the city, carries its data, and its QR code's address is returned. */
	private String periksaSurat(byte[] pdf, String namaFoto, String... isi) throws Exception {
		assertThat(TandaTanganPdf.periksa(pdf).sah()).as("a valid PAdES signature of the city").isTrue();
		try (PDDocument doc = Loader.loadPDF(pdf)) {
			PDFTextStripper teks = new PDFTextStripper();
			teks.setSortByPosition(true);
			assertThat(teks.getText(doc)).contains("SURAT KETERANGAN DOMISILI", "KELURAHAN NAIKOTEN II", "Nomor: 470/", "/Kel.N-II/")
				.contains(isi);
			BufferedImage halaman = new PDFRenderer(doc).renderImageWithDPI(0, 150);
			javax.imageio.ImageIO.write(halaman, "png", Path.of("target", "tangkapan", "dokumen-" + namaFoto + ".png").toFile());
			String alamatQr = new MultiFormatReader().decode(new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(halaman))),
					Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE)).getText();
			assertThat(alamatQr).startsWith(url("/v/"));
			return alamatQr;
		}
	}

	/** Whoever receives it (a bank, without JavaScript) opens the QR's page and uploads the file; a copy altered by one byte is refused. */
	private static void verifikasi(Page b, String alamatQr, byte[] pdf, String pemegang, String akhirNik, String awalanFoto) {
		b.navigate(alamatQr);
		assertThat(b.locator("#status")).containsText("sah dan berlaku");
		assertThat(b.locator("#pemegang")).hasText(pemegang);
		assertThat(b.locator("#nik")).hasText("•••• •••• •••• " + akhirNik);
		assertThat(b.locator("#tanda-tangan")).containsText("sertifikat Pemerintah Kota");
		// domisili letters are valid six months from their issue
		assertThat(b.locator("#berlaku")).not().containsText("Tanpa batas");
		muatDiLayar(b);
		foto(b, awalanFoto + "verifikasi");
		b.locator("#berkas").setInputFiles(new FilePayload("surat.pdf", "application/pdf", pdf));
		b.locator("#periksa button[type=submit]").click();
		assertThat(b.locator("#hasil")).containsText("Asli");
		foto(b, awalanFoto + "verifikasi-asli");
		byte[] ubah = pdf.clone();
		ubah[ubah.length / 3] ^= 0x01;
		b.locator("#berkas").setInputFiles(new FilePayload("surat.pdf", "application/pdf", ubah));
		b.locator("#periksa button[type=submit]").click();
		assertThat(b.locator("#hasil")).containsText("Ditolak");
		muatDiLayar(b);
		foto(b, awalanFoto + "verifikasi-ditolak");
	}
}
