package id.kotacerdas.portal;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import id.kotacerdas.IntegrationTest;
import id.kotacerdas.Pengunjung;
import id.kotacerdas.akun.internal.StafUji;

/** A mistyped or stale address gets a friendly "not found" page, for everyone and in both languages. */
@IntegrationTest
class HalamanTidakAdaTests {

	@LocalServerPort
	int port;

	@Autowired
	StafUji stafUji;

	private Pengunjung pengunjung() {
		return new Pengunjung("http://localhost:" + port);
	}

	@Test
	void anUnknownAddressShowsTheNotFoundPageNotTheStaffSignIn() {
		Pengunjung warga = pengunjung();
		for (String alamat : new String[] { "/tidak-ada", "/pengaduan/tidak/ada", "/staf/halaman-lama", "/admin/tidak-ada" }) {
			Pengunjung.Respons r = warga.ambil(alamat);
			assertThat(r.status()).as(alamat).isEqualTo(404);
			Document doc = Jsoup.parse(r.teks());
			assertThat(doc.select("h1").text()).as(alamat).isEqualTo("Halaman tidak ditemukan");
			assertThat(doc.select("input[type=password]")).as("no sign-in form on %s", alamat).isEmpty();
			assertThat(doc.select("a[href='/pengaduan/baru']")).as("a way on from %s", alamat).isNotEmpty();
		}
	}

	@Test
	void theNotFoundPageSpeaksEnglishWhenAskedTo() {
		Pengunjung.Respons r = pengunjung().ambil("/tidak-ada?lang=en");
		assertThat(r.status()).isEqualTo(404);
		Document doc = Jsoup.parse(r.teks());
		assertThat(doc.select("html").attr("lang")).isEqualTo("en");
		assertThat(doc.select("h1").text()).isEqualTo("Page not found");
		assertThat(doc.select("a[hreflang=id]").text()).isEqualTo("Bahasa Indonesia");
	}

	@Test
	void signedInStaffGetTheSamePage() {
		Pengunjung petugas = pengunjung();
		petugas.masuk(stafUji.petugasTrc("DLHK"), StafUji.SANDI);
		Pengunjung.Respons r = petugas.ambil("/staf/tidak-ada");
		assertThat(r.status()).isEqualTo(404);
		assertThat(Jsoup.parse(r.teks()).select("h1").text()).isEqualTo("Halaman tidak ditemukan");
	}

	@Test
	void knownStaffAddressesStayClosedToAnonymousVisitors() {
		Pengunjung warga = pengunjung();
		// pages, and an address that exists for another method (POST only)
		for (String alamat : new String[] { "/staf", "/staf/pengaduan", "/admin/audit", "/staf/pengaduan/KPG-2026-000001/tindakan" }) {
			Pengunjung.Respons r = warga.ambil(alamat);
			assertThat(r.status()).as(alamat).isEqualTo(302);
			assertThat(r.lokasi()).as(alamat).endsWith("/masuk");
		}
	}

	@Test
	void theSiteHasAFaviconAndAnSvgIconLinkedFromEveryPage() {
		Pengunjung warga = pengunjung();
		Pengunjung.Respons ico = warga.ambil("/favicon.ico");
		assertThat(ico.status()).isEqualTo(200);
		assertThat(ico.jenis()).contains("icon");
		String ikon = Jsoup.parse(warga.ambil("/").teks()).select("link[rel=icon]").attr("href");
		assertThat(ikon).endsWith(".svg");
		Pengunjung.Respons svg = warga.ambil(ikon);
		assertThat(svg.status()).isEqualTo(200);
		assertThat(svg.jenis()).startsWith("image/svg+xml");
	}
}
