package id.kotacerdas.pengaduan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import id.kotacerdas.IntegrationTest;
import id.kotacerdas.platform.PermintaanDitolakException;
import id.kotacerdas.wilayah.Kelurahan;
import id.kotacerdas.wilayah.Wilayah;

/** Public pages, the public JSON API and the module API that the Open311 server builds on. */
@IntegrationTest
class PengaduanWebTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	LayananPengaduan layanan;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Wilayah wilayah;

	@LocalServerPort
	int port;

	Kelurahan kel;

	@BeforeEach
	void siapkan() {
		kel = DataUjiPengaduan.kelurahan(wilayah, 3);
	}

	private TandaTerima ajukan(String kategori, double lat, double lon, Map<String, List<String>> atribut) {
		return layanan.ajukan(new LaporanBaru(kategori, "Uji web " + kategori, lat, lon, null, "Jl. Web", "Rahasia Nama",
				"0812000111", "web@contoh.id", false, false, atribut, List.of(), "web"));
	}

	private long jumlah() {
		return jdbc.sql("select count(*) from pengaduan.pengaduan").query(Long.class).single();
	}

	@Test
	void nearbyOpenReportsOfTheSameCategoryAreOfferedAndCanBeSupported() throws Exception {
		TandaTerima t = ajukan("drainase", kel.lat(), kel.lon(), Map.of());
		// ~55 m north: offered; ~220 m: not; other category: not
		mvc.perform(get("/pengaduan/sekitar").param("kategori", "drainase").param("lat", String.valueOf(kel.lat() + 0.0005))
			.param("lon", String.valueOf(kel.lon()))).andExpect(content().string(containsString(t.nomor())));
		mvc.perform(get("/pengaduan/sekitar").param("kategori", "drainase").param("lat", String.valueOf(kel.lat() + 0.002))
			.param("lon", String.valueOf(kel.lon()))).andExpect(content().string(not(containsString(t.nomor()))));
		mvc.perform(get("/pengaduan/sekitar").param("kategori", "sampah").param("lat", String.valueOf(kel.lat()))
			.param("lon", String.valueOf(kel.lon()))).andExpect(content().string(not(containsString(t.nomor()))));
		mvc.perform(post("/pengaduan/" + t.nomor() + "/dukung").with(csrf())).andExpect(status().is3xxRedirection());
		mvc.perform(get("/api/pengaduan/" + t.nomor())).andExpect(jsonPath("$.jumlahDukungan").value(1));
	}

	@Test
	void publicApiFiltersPagesAndNeverCarriesPersonalData() throws Exception {
		TandaTerima a = ajukan("lampu-jalan", kel.lat(), kel.lon(), Map.of("jumlah", List.of("2")));
		String json = mvc.perform(get("/api/pengaduan").param("kategori", "lampu-jalan").param("kelurahan", kel.kode())
			.param("terbuka", "true").param("ukuran", "1"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.isi.length()").value(1))
			.andExpect(jsonPath("$.ukuran").value(1))
			.andExpect(jsonPath("$.isi[0].kategoriKode").value("lampu-jalan"))
			.andExpect(jsonPath("$.isi[0].kelurahanKode").value(kel.kode()))
			.andReturn().getResponse().getContentAsString();
		assertThat(json).doesNotContain("Rahasia Nama").doesNotContain("0812000111").doesNotContain("web@contoh.id");
		mvc.perform(get("/api/pengaduan").param("ukuran", "5000")).andExpect(status().isBadRequest());
		mvc.perform(get("/api/pengaduan").param("status", "TIDAK_ADA")).andExpect(status().isBadRequest());
		mvc.perform(get("/api/pengaduan/KPG-1999-000001")).andExpect(status().isNotFound());
		mvc.perform(get("/api/pengaduan/kategori")).andExpect(status().isOk())
			.andExpect(jsonPath("$[?(@.kode == 'sampah')].opdNama").value("DLHK"))
			.andExpect(jsonPath("$[?(@.kode == 'jalan-rusak')].pertanyaan[1].jenis").value("PILIHAN_GANDA"));
		mvc.perform(get("/api/pengaduan/pembaruan").param("setelah", Instant.now().minusSeconds(60).toString()))
			.andExpect(status().isOk()).andExpect(content().string(containsString(a.nomor())));
		mvc.perform(get("/v3/api-docs")).andExpect(content().string(containsString("/api/pengaduan/{nomor}")));
		mvc.perform(get("/api/pengaduan/statistik").param("dimensi", "kelurahan"))
			.andExpect(status().isOk()).andExpect(jsonPath("$[?(@.kunci == '" + kel.kode() + "')].diterima").isNotEmpty());
		mvc.perform(get("/api/pengaduan/statistik").param("dimensi", "nik")).andExpect(status().isBadRequest());
	}

	@Test
	void extraAnswersAreCheckedAgainstTheirTypes() {
		long sebelum = jumlah();
		org.assertj.core.api.Assertions.assertThatThrownBy(() -> ajukan("lampu-jalan", kel.lat(), kel.lon(), Map.of("jumlah", List.of("tiga"))))
			.isInstanceOf(PermintaanDitolakException.class).hasMessage("pengaduan.atribut-bukan-angka");
		org.assertj.core.api.Assertions.assertThatThrownBy(() -> ajukan("sampah", kel.lat(), kel.lon(), Map.of("volume", List.of("segunung"))))
			.hasMessage("pengaduan.atribut-pilihan-salah");
		org.assertj.core.api.Assertions.assertThatThrownBy(() -> ajukan("sampah", 0.0, 0.0, Map.of()))
			.hasMessage("pengaduan.di-luar-kota");
		org.assertj.core.api.Assertions.assertThatThrownBy(() -> ajukan("tidak-ada", kel.lat(), kel.lon(), Map.of()))
			.hasMessage("pengaduan.kategori-tidak-dikenal");
		assertThat(jumlah()).isEqualTo(sebelum);
		// an address alone (as from an Open311 client) goes to the agency's default team
		TandaTerima t = layanan.ajukan(new LaporanBaru("sampah", "Tanpa titik", null, null, null, "Jl. El Tari No. 1", null, null,
				null, false, false, Map.of(), List.of(), "open311"));
		assertThat(layanan.publik(t.nomor()).orElseThrow().kelurahanKode()).isNull();
	}

	@Test
	void citizenCommentThroughTheModuleApiAppearsInPublicHistory() throws Exception {
		TandaTerima t = ajukan("sampah", kel.lat(), kel.lon(), Map.of());
		layanan.tambahInformasi(t.nomor(), "Sekarang baunya menyengat");
		mvc.perform(get("/pengaduan/" + t.nomor())).andExpect(status().isOk())
			.andExpect(content().string(containsString("Sekarang baunya menyengat")))
			.andExpect(content().string(not(containsString("Rahasia Nama"))));
	}

	@Test
	void atomFeedIsWellFormedAndListsTheKelurahansReports() throws Exception {
		TandaTerima t = ajukan("sampah", kel.lat(), kel.lon(), Map.of());
		byte[] feed = mvc.perform(get("/pengaduan/kelurahan/" + kel.kode() + "/feed.atom"))
			.andExpect(status().isOk()).andExpect(content().contentTypeCompatibleWith("application/atom+xml"))
			.andReturn().getResponse().getContentAsByteArray();
		var dok = DocumentBuilderFactory.newDefaultNSInstance().newDocumentBuilder().parse(new java.io.ByteArrayInputStream(feed));
		assertThat(dok.getDocumentElement().getLocalName()).isEqualTo("feed");
		assertThat(new String(feed, StandardCharsets.UTF_8)).contains(t.nomor()).doesNotContain("Rahasia Nama");
		mvc.perform(get("/pengaduan/kelurahan/99.99/feed.atom")).andExpect(status().isNotFound());
	}

	@Test
	void a50MegabyteUploadOverHttpIsRefusedWithA4xxAndNothingIsStored() throws Exception {
		long sebelum = jumlah();
		String batas = "----batasuji";
		ByteArrayOutputStream isi = new ByteArrayOutputStream();
		isi.writeBytes(("--" + batas + "\r\nContent-Disposition: form-data; name=\"kategori\"\r\n\r\nsampah\r\n").getBytes());
		isi.writeBytes(("--" + batas + "\r\nContent-Disposition: form-data; name=\"foto\"; filename=\"besar.jpg\"\r\n"
				+ "Content-Type: image/jpeg\r\n\r\n").getBytes());
		isi.writeBytes(new byte[50 * 1024 * 1024]);
		isi.writeBytes(("\r\n--" + batas + "--\r\n").getBytes());
		HttpResponse<String> jawab;
		try {
			jawab = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/pengaduan"))
				.header("Content-Type", "multipart/form-data; boundary=" + batas)
				.POST(HttpRequest.BodyPublishers.ofByteArray(isi.toByteArray())).build(), HttpResponse.BodyHandlers.ofString());
			assertThat(jawab.statusCode()).isBetween(400, 499);
		}
		catch (IOException putus) {
			// the server may close the connection instead of reading 50 MB it refuses; either way nothing is kept
		}
		assertThat(jumlah()).isEqualTo(sebelum);
	}

	@Test
	void reportPageStaysLight() throws Exception {
		TandaTerima t = ajukan("sampah", kel.lat(), kel.lon(), Map.of());
		long total = gzip(mvc.perform(get("/pengaduan/" + t.nomor())).andReturn().getResponse().getContentAsByteArray());
		for (String aset : List.of("/css/kota.css", "/css/pengaduan.css", "/js/kota.js", "/webjars/htmx.org/dist/htmx.min.js")) {
			total += gzip(mvc.perform(get(aset)).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray());
		}
		assertThat(total).isLessThan(150 * 1024);
	}

	private static long gzip(byte[] data) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
			gz.write(data);
		}
		return out.size();
	}
}
