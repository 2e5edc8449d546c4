package id.kotacerdas.pju.internal;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;

import id.kotacerdas.IntegrationTest;
import id.kotacerdas.Peramban;
import id.kotacerdas.akun.internal.StafUji;
import id.kotacerdas.berkas.GambarUji;
import id.kotacerdas.opd.DaftarOpd;
import id.kotacerdas.pengaduan.DataUjiPengaduan;
import id.kotacerdas.wilayah.Kelurahan;
import id.kotacerdas.wilayah.Wilayah;

/** Street lights in a real browser on a 360 px phone: a citizen reports a dark pole, an officer fixes it; a night patrol offline. */
@IntegrationTest
class PjuBrowserTests {

	@RegisterExtension
	static final Peramban peramban = new Peramban();

	@LocalServerPort
	int port;

	@Autowired
	RegisterTiang register;

	@Autowired
	TiangRepository repo;

	@Autowired
	Wilayah wilayah;

	@Autowired
	DaftarOpd opd;

	@Autowired
	StafUji staf;

	@Autowired
	JdbcClient jdbc;

	private static final Browser.NewContextOptions PONSEL = new Browser.NewContextOptions().setViewportSize(360, 740).setLocale("id-ID");

	private String url(String jalur) {
		return "http://localhost:" + port + jalur;
	}

	/** Lit Dishub poles a few metres apart, all inside the kelurahan. */
	private void tiang(String awalan, int jumlah, Kelurahan kel) {
		for (int i = 1; i <= jumlah; i++) {
			register.simpan(new Tiang(String.format("%s-%03d", awalan, i), kel.lat() + i * 0.00003, kel.lon(), null, null, 7, JenisLampu.LED, 60,
					opd.cariSingkatan("Dishub").orElseThrow().id(), Sambungan.METER, LocalDate.of(2024, 3, 1), null, null, StatusTiang.NYALA,
					Instant.now(), SumberStatus.PENDATAAN, null, null));
		}
	}

	private void masuk(Page p, String username) {
		p.navigate(url("/masuk"));
		p.locator("#username").fill(username);
		p.locator("#password").fill(StafUji.SANDI);
		p.locator("button[type=submit]").last().click();
	}

	private static void pas360(Page page, String nama) {
		page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target", "tangkapan", nama + ".png")).setFullPage(true));
		assertThat((Boolean) page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")).as(nama).isTrue();
	}

	private StatusTiang status(String kode) {
		return repo.cari(kode).orElseThrow().status();
	}

	@Test
	void aCitizenPicksTheDarkPoleItGoesOffAndTheOfficersEvidenceTurnsItOn() {
		Kelurahan kel = DataUjiPengaduan.kelurahan(wilayah, 36);
		tiang("UJI-WRG", 3, kel);
		String petugas = staf.petugasTrc("Dishub");
		try (BrowserContext warga = peramban.browser().newContext(PONSEL); BrowserContext dishub = peramban.browser().newContext(PONSEL)) {
			// 1. an anonymous citizen puts the pin near the poles and picks the second one from the list under it
			Page w = warga.newPage();
			w.navigate(url("/pengaduan/baru"));
			w.evaluate("([lat, lon]) => { document.getElementById('lat').value = lat; document.getElementById('lon').value = lon; }",
					List.of(kel.lat() + 0.00006, kel.lon()));
			w.getByLabel("Kategori").selectOption("lampu-jalan");
			w.locator("#aset-sekitar button[data-aset-id='UJI-WRG-002']").click();
			assertThat(w.locator("#aset")).hasValue("UJI-WRG-002");
			w.getByLabel("Jelaskan masalahnya").fill("Lampu jalan mati, gang gelap sejak dua malam");
			w.locator("#anonim").check();
			pas360(w, "pju-warga-pilih-tiang");
			w.locator("#kirim").click();
			assertThat(w.locator("#nomor-pengaduan")).hasText(java.util.regex.Pattern.compile("KPG-\\d{4}-\\d{6}"));
			String nomor = w.locator("#nomor-pengaduan").textContent().strip();
			assertThat(status("UJI-WRG-002")).isEqualTo(StatusTiang.NYALA);

			// 2. the Dishub officer accepts it: the pole is off; resolves it with a photo: the pole is on
			Page p = dishub.newPage();
			masuk(p, petugas);
			p.navigate(url("/staf/pengaduan/" + nomor));
			assertThat(p.locator("#aset")).containsText("UJI-WRG-002");
			pas360(p, "pju-petugas-pengaduan");
			p.locator("#form-tindakan button[type=submit]").click();
			assertThat(p.locator(".pesan.sukses")).isVisible();
			Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> status("UJI-WRG-002") == StatusTiang.MATI);
			p.navigate(url("/staf/pju/UJI-WRG-002"));
			assertThat(p.locator("#status-tiang")).containsText("Mati");
			assertThat(p.locator("#pengaduan-tiang")).containsText(nomor);
			pas360(p, "pju-tiang-mati");
			p.navigate(url("/staf/pengaduan/" + nomor));
			p.locator("#form-tindakan button[type=submit]").click();
			p.locator("#aksi").selectOption("SELESAI");
			p.locator("#teks").fill("Lampu LED 60 W diganti, menyala kembali");
			p.locator("#form-tindakan #foto").setInputFiles(new FilePayload("bukti.png", "image/png", GambarUji.png(640, 480)));
			p.locator("#form-tindakan button[type=submit]").click();
			assertThat(p.locator("#status-pengaduan")).hasText("Selesai");
			Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> status("UJI-WRG-002") == StatusTiang.NYALA);
			p.navigate(url("/staf/pju/UJI-WRG-002"));
			assertThat(p.locator("#status-tiang")).containsText("Nyala");
			assertThat(p.locator("#riwayat-tiang")).containsText("pengaduan warga");
			pas360(p, "pju-tiang-nyala");
		}
	}

	@Test
	void aPatrolMarksTwentyPolesWithTheNetworkDroppedMidwayAndEachMarkIsStoredOnce() {
		Kelurahan kel = DataUjiPengaduan.kelurahan(wilayah, 37);
		tiang("UJI-PTR", 20, kel);
		String petugas = staf.petugasTrc("Dishub");
		try (BrowserContext ponsel = peramban.browser().newContext(PONSEL)) {
			Page p = ponsel.newPage();
			masuk(p, petugas);
			p.navigate(url("/staf/pju/patroli?kelurahan=" + kel.kode()));
			for (int i = 1; i <= 10; i++) {
				tandai(p, i);
			}
			Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> jumlahTanda() == 10);
			assertThat(p.locator("#status-kirim")).hasText("Semua tanda sudah terkirim.");

			// a dead zone: the marks stay on the phone
			ponsel.setOffline(true);
			for (int i = 11; i <= 20; i++) {
				tandai(p, i);
			}
			assertThat(p.locator("#status-kirim")).containsText("Tanpa sinyal: 10 tanda");
			pas360(p, "pju-patroli-luring");
			assertThat(jumlahTanda()).isEqualTo(10);

			// back on 3G: they go by themselves, each once
			ponsel.setOffline(false);
			Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> jumlahTanda() == 20);
			assertThat(p.locator("#status-kirim")).hasText("Semua tanda sudah terkirim.");
			assertThat(jdbc.sql("select count(distinct tiang_kode) from pju.tanda where tiang_kode like 'UJI-PTR-%'").query(Long.class).single())
				.isEqualTo(20);
			// every fourth pole was marked dark, the rest lit
			assertThat(status("UJI-PTR-004")).isEqualTo(StatusTiang.MATI);
			assertThat(status("UJI-PTR-016")).isEqualTo(StatusTiang.MATI);
			assertThat(status("UJI-PTR-015")).isEqualTo(StatusTiang.NYALA);

			// an answer lost on the way: the phone sends a mark again, and it is still stored once
			Map<?, ?> ulang = (Map<?, ?>) p.evaluate("""
					async () => {
					  const id = '%s';
					  const kepala = { 'Content-Type': 'application/json' };
					  kepala[document.querySelector('meta[name="_csrf_header"]').content] = document.querySelector('meta[name="_csrf"]').content;
					  const tanda = { id: id, tiang: 'UJI-PTR-001', status: 'MATI', waktu: new Date().toISOString() };
					  const kirim = () => fetch('/staf/pju/patroli/tanda', { method: 'POST', headers: kepala,
					    body: JSON.stringify({ patroli: '%s', tanda: [tanda] }) }).then(r => r.json());
					  await kirim();
					  return await kirim();
					}""".formatted(java.util.UUID.randomUUID(), java.util.UUID.randomUUID()));
			assertThat((List<?>) ulang.get("diterima")).hasSize(1);
			assertThat(jumlahTanda()).isEqualTo(21);
		}
	}

	private void tandai(Page p, int ke) {
		String kode = String.format("UJI-PTR-%03d", ke);
		p.locator("[data-tiang='" + kode + "'] button[data-status='" + (ke % 4 == 0 ? "MATI" : "NYALA") + "']").click();
		assertThat(p.locator("[data-tiang='" + kode + "'] .tanda-ini")).not().isEmpty();
	}

	private long jumlahTanda() {
		return jdbc.sql("select count(*) from pju.tanda where tiang_kode like 'UJI-PTR-%'").query(Long.class).single();
	}
}
