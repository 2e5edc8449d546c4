package id.kotacerdas.whatsapp;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;

import id.kotacerdas.Peramban;
import id.kotacerdas.pengaduan.DataUjiPengaduan;
import id.kotacerdas.wilayah.Kelurahan;
import id.kotacerdas.wilayah.Wilayah;

/** The chat on a report's staff page at 360 px, opened as staff read it (screenshot in target/). */
class TranskripBrowserTests extends DenganWhatsappUji {

	@RegisterExtension
	static final Peramban PERAMBAN = new Peramban();

	@LocalServerPort
	int port;

	@Autowired
	Wilayah wilayah;

	@Test
	void staffReadTheChatOfANamedReportOnAPhone() throws Exception {
		Kelurahan kel = DataUjiPengaduan.kelurahan(wilayah, 5);
		String dari = "62812" + (10_000_000 + (System.nanoTime() % 89_999_999));
		teks(dari, "Selamat sore, ada pohon tumbang");
		kirimWebhook(payloadPilih("pesan-daftar.json", dari, "kat:bencana", "Bencana"));
		teks(dari, "Pohon besar tumbang menutup separuh jalan setelah angin kencang tadi sore.");
		teks(dari, kel.nama() + ", dekat kantor lurah");
		teks(dari, "lewati");
		teks(dari, "tidak");
		teks(dari, "tidak");
		teks(dari, "kirim");
		String nomor = jdbc.sql("select nomor from pengaduan.pengaduan where telepon_pelapor = ?").param("+" + dari).query(String.class)
			.single();
		DataUjiPengaduan.pengguna(jdbc, "kominfo.wa.peramban", "ADMIN_KOMINFO", null, null);
		Browser browser = PERAMBAN.browser();
		try (BrowserContext konteks = browser.newContext(new Browser.NewContextOptions().setViewportSize(360, 740))) {
			Page p = konteks.newPage();
			p.navigate("http://localhost:" + port + "/masuk");
			p.locator("#username").fill("kominfo.wa.peramban");
			p.locator("#password").fill(DataUjiPengaduan.SANDI);
			p.locator("#password").press("Enter");
			p.waitForURL("**/staf**");
			p.navigate("http://localhost:" + port + "/staf/pengaduan/" + nomor);
			p.locator("#transkrip-whatsapp summary").click();
			assertThat(p.locator("#transkrip-whatsapp").innerText()).contains("Selamat sore, ada pohon tumbang").contains(nomor);
			p.locator("#transkrip-whatsapp").scrollIntoViewIfNeeded();
			p.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/whatsapp-transkrip-360.png")).setFullPage(true));
			assertThat((Integer) p.evaluate("document.documentElement.scrollWidth")).isLessThanOrEqualTo(360);
		}
	}

}
