package id.kotacerdas.permohonan.internal;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;

import id.kotacerdas.IntegrationTest;
import id.kotacerdas.Peramban;
import id.kotacerdas.akun.internal.StafUji;
import id.kotacerdas.permohonan.AlurBaru;
import id.kotacerdas.permohonan.MesinPermohonan;
import id.kotacerdas.permohonan.Pemohon;
import id.kotacerdas.permohonan.PermohonanBaru;
import id.kotacerdas.permohonan.TahapBaru;
import id.kotacerdas.permohonan.TandaTerimaPermohonan;
import id.kotacerdas.platform.Peran;

/**
 * On 360 px phones: the applicant's tracking page without JavaScript before and after a return,
 * the resubmission by the plain form, and the back office's worklist and detail page.
 * Screenshots in {@code target/tangkapan/permohonan-*.png}.
 */
@IntegrationTest
class PermohonanBrowserTests {

	@RegisterExtension
	static final Peramban peramban = new Peramban();

	@LocalServerPort
	int port;

	@Autowired
	MesinPermohonan mesin;

	@Autowired
	StafUji stafUji;

	private String url(String jalur) {
		return "http://localhost:" + port + jalur;
	}

	private static void foto(Page page, String nama) {
		page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target", "tangkapan", "permohonan-" + nama + ".png")).setFullPage(true));
	}

	private static void muatDiLayar(Page page) {
		assertThat((Boolean) page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")).as("no sideways scrolling at 360 px")
			.isTrue();
	}

	@Test
	void anApplicantFollowsAReturnAndResubmitsWhileTheBackOfficeWorksItsList() {
		long dukcapil = stafUji.opdId("Dukcapil");
		String alur = "uji.pindah-peramban-" + System.nanoTime();
		mesin.tetapkanAlur(new AlurBaru(alur, "Surat Keterangan Pindah", "uji", null, 3, List.of(
				new TahapBaru("Verifikasi berkas di loket", dukcapil, "Bidang Pelayanan Pendaftaran Penduduk", null, 1,
						List.of("Foto KTP-el pemohon", "Foto Kartu Keluarga", "Surat pengantar RT/RW")),
				new TahapBaru("Tanda tangan Kepala Dinas", dukcapil, null, Peran.ADMIN_OPD, 2, List.of()))));
		TandaTerimaPermohonan t = mesin.ajukan(new PermohonanBaru(alur, "Pindah ke Kelurahan Oesapa untuk bekerja", null,
				new Pemohon("5371056508990001", "Maria Goreti Nahak", "maria.nahak@contoh.invalid", "081338224455")));
		String admin = stafUji.adminOpd("Dukcapil");

		Browser.NewContextOptions ponsel = new Browser.NewContextOptions().setViewportSize(360, 740).setLocale("id-ID");
		try (BrowserContext pemohon = peramban.browser().newContext(ponsel.setJavaScriptEnabled(false));
				BrowserContext kantor = peramban.browser().newContext(new Browser.NewContextOptions().setViewportSize(360, 740).setLocale("id-ID"))) {
			// 1. the applicant's public page, no script: step, unit, days against the limit
			Page w = pemohon.newPage();
			w.navigate(t.tautanLacak());
			assertThat(w.locator("#tahap-sekarang")).hasText("Tahap 1 dari 2: Verifikasi berkas di loket");
			assertThat(w.locator("#penanggung-jawab")).containsText("Bidang Pelayanan Pendaftaran Penduduk");
			assertThat(w.locator("#hari-terpakai")).containsText("0 dari 3 hari kerja");
			assertThat(w.locator("main")).not().containsText("Maria");
			muatDiLayar(w);
			foto(w, "lacak-sebelum");

			// 2. the back office: the worklist on a phone, the application, a return for a missing item
			Page k = kantor.newPage();
			k.navigate(url("/masuk"));
			k.locator("#username").fill(admin);
			k.locator("#password").fill(StafUji.SANDI);
			k.locator("button[type=submit]").last().click();
			k.navigate(url("/staf/permohonan"));
			assertThat(k.locator(".daftar-permohonan")).containsText(t.kode());
			muatDiLayar(k);
			foto(k, "daftar-kerja");
			k.locator("a.kode:text-is('" + t.kode() + "')").click();
			assertThat(k.locator("#form-setujui")).isVisible();
			k.locator("#kembalikan summary").click();
			k.locator("#form-kembalikan label:has-text('Surat pengantar RT/RW')").click();
			k.locator("#alasan-kembali").fill("Surat pengantar belum ditandatangani Ketua RT 012.");
			muatDiLayar(k);
			foto(k, "rinci-kembalikan");
			k.locator("#form-kembalikan button[type=submit]").click();
			assertThat(k.locator(".pesan.sukses")).isVisible();
			assertThat(k.locator("#form-setujui")).hasCount(0);

			// 3. the applicant sees what is missing, then resubmits on the private page, still without script
			w.navigate(t.tautanLacak());
			assertThat(w.locator("#kekurangan")).containsText("Surat pengantar RT/RW");
			assertThat(w.locator("#kekurangan")).containsText("Ketua RT 012");
			muatDiLayar(w);
			foto(w, "lacak-dikembalikan");
			w.navigate(t.tautanPribadi());
			assertThat(w.locator("#nama-pemohon")).hasText("Maria Goreti Nahak");
			w.locator("#catatan").fill("Surat pengantar sudah ditandatangani, saya unggah ulang di kelurahan.");
			foto(w, "pribadi-ajukan-ulang");
			w.locator("#form-ajukan-ulang button[type=submit]").click();
			assertThat(w.locator(".pesan.sukses")).isVisible();
			assertThat(w.locator("#tahap-sekarang")).hasText("Tahap 1 dari 2: Verifikasi berkas di loket");
			assertThat(w.locator("#riwayat")).containsText("Diajukan ulang setelah dilengkapi");
			muatDiLayar(w);
			foto(w, "pribadi-sesudah");

			// 4. the back office approves both steps; the applicant sees the application completed
			k.navigate(url("/staf/permohonan/" + t.kode()));
			k.locator("#form-setujui button").click();
			assertThat(k.locator("#tahap-sekarang")).hasText("Tahap 2 dari 2: Tanda tangan Kepala Dinas");
			k.locator("#form-setujui button").click();
			assertThat(k.locator(".label.status")).hasText("Selesai");
			w.navigate(t.tautanLacak());
			assertThat(w.locator(".label.status")).hasText("Selesai");
			foto(w, "lacak-selesai");
		}
	}
}
