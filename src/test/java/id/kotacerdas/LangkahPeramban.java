package id.kotacerdas;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import id.kotacerdas.akun.internal.StafUji;

/**
 * The steps browser tests share beside {@link Peramban}: a phone-sized context, a staff sign-in, a 360 px screenshot
 * that must not scroll sideways, and a sheet upload (choose the file, press the dry run or the submit button).
 */
public final class LangkahPeramban {

	/** The label every staged sheet upload gives its file input. */
	public static final String LABEL_BERKAS = "Berkas CSV atau XLSX";

	private LangkahPeramban() {
	}

	/** 360 × 800, Indonesian, downloads allowed. */
	public static Browser.NewContextOptions ponsel() {
		return new Browser.NewContextOptions().setViewportSize(360, 800).setLocale("id-ID").setAcceptDownloads(true);
	}

	/** Signs a test staff account in (password {@link StafUji#SANDI}) and waits for the staff pages. */
	public static void masuk(Page page, String asal, String pengguna) {
		page.navigate(asal + "/masuk");
		page.getByLabel("Nama pengguna").fill(pengguna);
		page.getByLabel("Kata sandi").fill(StafUji.SANDI);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Masuk")).click();
		page.waitForURL("**/staf**");
	}

	/** Asserts the page fits the width and saves a full-page screenshot as {@code target/<nama>-360.png}. */
	public static void lihat(Page page, String nama) {
		assertThat((Boolean) page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")).as(nama + " fits 360 px").isTrue();
		page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/" + nama + "-360.png")).setFullPage(true));
	}

	/**
	 * Chooses the sheet and presses the button: the dry run, or the submit after it (a browser forgets a chosen file
	 * when the page comes back, so it is chosen again each time).
	 */
	public static void unggah(Page page, Path berkas, String tombol) {
		page.getByLabel(LABEL_BERKAS).setInputFiles(berkas);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(tombol)).click();
	}
}
