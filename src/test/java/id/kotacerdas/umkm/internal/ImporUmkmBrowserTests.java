package id.kotacerdas.umkm.internal;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static id.kotacerdas.LangkahPeramban.lihat;
import static id.kotacerdas.LangkahPeramban.masuk;
import static id.kotacerdas.LangkahPeramban.ponsel;
import static id.kotacerdas.LangkahPeramban.unggah;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import id.kotacerdas.IntegrationTest;
import id.kotacerdas.Peramban;
import id.kotacerdas.akun.internal.StafUji;

/**
 * At 360 px: the cooperatives agency checks and applies a PL-KUMKM export; a market officer sees the trader's
 * business on the stall; the owner manages the business through the private link and a citizen finds its stall.
 */
@IntegrationTest
class ImporUmkmBrowserTests {

	@RegisterExtension
	static final Peramban peramban = new Peramban();

	@LocalServerPort
	int port;

	@Autowired
	StafUji staf;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	RegisterUmkm register;

	@Autowired
	UsahaRepository repo;

	@Test
	void importStallLinkAndTheOwnersPageAt360Px() throws Exception {
		String asal = "http://localhost:" + port;
		// the census export, its NIK serials made unique to this run
		String seri = String.format("%03d", System.nanoTime() % 1000);
		String csv = new ClassPathResource("umkm/pl-kumkm-kota-kupang.csv").getContentAsString(StandardCharsets.UTF_8)
			.replaceAll("(5371\\d{9})\\d{3}(,)", "$1" + seri + "$2");
		Path berkas = Path.of("target/pl-kumkm-kota-kupang.csv");
		Files.writeString(berkas, csv);

		String nik = PendaftaranUmkmTests.nik();
		String nama = "Ikan Kuah Asam Mama Fanggi " + System.nanoTime() % 100_000;
		RegisterUmkm.Pendaftaran p = register.daftar(PendaftaranUmkmTests.formulir(nik, nama), List.of(), null, null);
		repo.selesaikan(p.id(), StatusUsaha.AKTIF, Instant.now());
		long pasar = jdbc.sql("SELECT id FROM pasar.pasar WHERE kode = 'oeba'").query(Long.class).single();
		String nomor = "C-" + System.nanoTime() % 100_000;
		long lapak = jdbc.sql("""
				INSERT INTO pasar.lapak (pasar_id, nomor, pedagang, dagangan, tarif, terisi, qris, nmid, qris_diperiksa, nik_pedagang, diubah)
				VALUES (?, ?, 'Martha Fanggidae', 'Ikan segar', 3000, true, true, 'ID1026000004417', true, ?, now()) RETURNING id""")
			.params(pasar, nomor, nik).query(Long.class).single();

		try (BrowserContext ctx = peramban.browser().newContext(ponsel())) {
			Page page = ctx.newPage();
			masuk(page, asal, staf.adminOpd("Dinas Koperasi dan UKM"));
			page.navigate(asal + "/staf/umkm");
			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Impor daftar UMKM")).click();
			lihat(page, "umkm-impor");
			unggah(page, berkas, "Periksa");
			assertThat(page.locator("#impor-ringkas")).hasText("3 baris: 3 baru, 0 sudah terdaftar, 0 ditolak.");
			lihat(page, "umkm-impor-periksa");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Simpan 3 usaha baru")).click();
			assertThat(page.locator(".pesan.sukses")).hasText("3 usaha disimpan dan aktif.");
			lihat(page, "umkm-impor-tersimpan");
			page.navigate(asal + "/staf/umkm/" + p.id());
			assertThat(page.locator("#lapak-pasar")).containsText("Lapak " + nomor);
			lihat(page, "umkm-staf-rinci");
		}
		try (BrowserContext ctx = peramban.browser().newContext(ponsel())) {
			Page page = ctx.newPage();
			masuk(page, asal, staf.petugasTrc("Perindag"));
			page.navigate(asal + "/staf/pasar/lapak/" + lapak);
			assertThat(page.locator("#lapak-umkm")).hasText(nama);
			lihat(page, "pasar-lapak-umkm");
			page.navigate(asal + "/staf/pasar/lapak/pasar/" + pasar + "/baru");
			lihat(page, "pasar-lapak-formulir");
		}
		try (BrowserContext ctx = peramban.browser().newContext(ponsel())) {
			Page page = ctx.newPage();
			String pribadi = p.tandaTerima().tautanPribadi();
			page.navigate(asal + pribadi.substring(pribadi.indexOf("/c/")));
			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Kelola data usaha, produk dan tampilan di direktori")).click();
			lihat(page, "umkm-kelola");
			page.locator("#tautan-ubah").click();
			lihat(page, "umkm-ubah-pemilik");
			page.navigate(asal + "/umkm/" + p.id());
			assertThat(page.locator("#lapak-pasar")).containsText("Lapak " + nomor);
			lihat(page, "umkm-usaha-lapak");
		}
	}
}
