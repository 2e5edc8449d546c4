package id.kotacerdas.kepegawaian.internal;

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
import com.microsoft.playwright.options.AriaRole;

import id.kotacerdas.IntegrationTest;
import id.kotacerdas.Peramban;
import id.kotacerdas.akun.internal.StafUji;

/** BKPPD's administrator records an employee on a 360-px phone: a refusal keeps the form, the fix is stored and shown. */
@IntegrationTest
class PegawaiBrowserTests {

	@RegisterExtension
	static final Peramban peramban = new Peramban();

	@LocalServerPort
	int port;

	@Autowired
	StafUji staf;

	@Test
	void thePersonnelAdminRecordsAnEmployeeOnAPhone() {
		String admin = staf.adminOpd("BKPPD");
		FormulirPegawai f = ContohPegawai.pns(staf.opdId("PUPR"));
		try (BrowserContext ctx = peramban.browser().newContext(new Browser.NewContextOptions().setViewportSize(360, 800).setLocale("id-ID"))) {
			Page page = ctx.newPage();
			page.navigate("http://localhost:" + port + "/masuk");
			page.getByLabel("Nama pengguna").fill(admin);
			page.getByLabel("Kata sandi").fill(StafUji.SANDI);
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Masuk")).click();
			page.waitForURL("**/staf**");

			page.navigate("http://localhost:" + port + "/staf/kepegawaian");
			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Tambah pegawai")).click();
			page.locator("#nip").fill(f.getNip());
			page.locator("#nama").fill(f.getNama());
			page.locator("#gelarBelakang").fill("S.T.");
			page.locator("#tempatLahir").fill("Kupang");
			page.locator("#tanggalLahir").fill("1985-06-12");
			// the NIP's digit 15 says male: choosing female must be explained, not lose the form
			page.locator("#jenisKelamin").selectOption("2");
			page.locator("#agama").selectOption("2");
			page.locator("#statusKawin").selectOption("2");
			page.locator("#nik").fill(f.getNik());
			page.locator("#telepon").fill("0812 3456 7890");
			page.locator("#jenisPegawai").selectOption("PNS");
			page.locator("#kedudukanHukum").selectOption("01");
			page.locator("#tmtCpns").fill("2010-01-01");
			page.locator("#nomorSkCpns").fill("800/12/BKD/2010");
			page.locator("#golongan").selectOption("33");
			page.locator("#tmtGolongan").fill("2022-04-01");
			page.locator("#pendidikan").selectOption("40");
			page.locator("#jenisJabatan").selectOption("2");
			page.locator("#namaJabatan").fill("Teknik Jalan dan Jembatan Ahli Muda");
			page.locator("#tmtJabatan").fill("2022-06-01");
			page.locator("#eselon").selectOption("99");
			page.locator("#opdId").selectOption(String.valueOf(f.getOpdId()));
			page.locator("#unor").fill("Bidang Bina Marga");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Simpan")).click();

			assertThat(page.locator("#galat-nip")).containsText("jenis kelamin");
			assertThat(page.locator("#nama")).hasValue(f.getNama());
			assertThat(page.locator("#namaJabatan")).hasValue("Teknik Jalan dan Jembatan Ahli Muda");
			assertThat(page.locator("#golongan")).hasValue("33");
			assertThat((Boolean) page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")).isTrue();
			page.locator("#galat-nip").scrollIntoViewIfNeeded();
			page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/kepegawaian-formulir-360.png")));

			page.locator("#jenisKelamin").selectOption("1");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Simpan")).click();
			page.waitForURL("**/staf/kepegawaian/*");
			assertThat(page.locator("h1")).hasText(f.getNama() + ", S.T.");
			assertThat(page.locator("main")).containsText("III/c Penata");
			assertThat(page.locator("main")).containsText("16 tahun");
			assertThat(page.locator("#nik")).hasText("•••• •••• •••• " + f.getNik().substring(12));
			assertThat((Boolean) page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")).isTrue();
			page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/kepegawaian-rincian-360.png")).setFullPage(true));

			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Tampilkan NIK lengkap")).click();
			assertThat(page.locator("#nik")).hasText(f.getNik());
		}
	}
}
