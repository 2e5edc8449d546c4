package id.kotacerdas.pengaduan;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import id.kotacerdas.IntegrationTest;
import id.kotacerdas.wilayah.Wilayah;

/**
 * Light on 3G, measured as a browser receives it over HTTP: gzip as sent by the server, and the
 * cache headers of every static file a citizen page references. (The report page's budget in a
 * real browser, first and repeat visit, is in {@code PengaduanWargaBrowserTests}.)
 */
@IntegrationTest
class HalamanRinganTests {

	/** An address of a static file in an HTML page or a stylesheet. */
	private static final Pattern ASET = Pattern.compile("(?:\"|\\(|')(/(?:webjars|css|js|img)/[^\"')?#]+|/favicon[^\"')?#]*)");

	private static final Pattern URL_CSS = Pattern.compile("url\\(['\"]?([^'\")]+)['\"]?\\)");

	private final HttpClient http = HttpClient.newHttpClient();

	@LocalServerPort
	int port;

	@Autowired
	LayananPengaduan layanan;

	@Autowired
	Wilayah wilayah;

	private HttpResponse<byte[]> ambil(String jalur) throws IOException, InterruptedException {
		URI uri = jalur.startsWith("http") ? URI.create(jalur) : URI.create("http://localhost:" + port + jalur);
		return http.send(HttpRequest.newBuilder(uri).header("Accept-Encoding", "gzip").build(), HttpResponse.BodyHandlers.ofByteArray());
	}

	private static String teks(HttpResponse<byte[]> r) throws IOException {
		boolean gzip = r.headers().firstValue("Content-Encoding").filter("gzip"::equals).isPresent();
		byte[] isi = gzip ? new GZIPInputStream(new ByteArrayInputStream(r.body())).readAllBytes() : r.body();
		return new String(isi, StandardCharsets.UTF_8);
	}

	/** Status line, headers and body as they travel (HTTP/1.1, body as encoded). */
	private static long byteKawat(HttpResponse<byte[]> r) {
		long kepala = "HTTP/1.1 200 OK\r\n\r\n".length();
		for (Map.Entry<String, List<String>> h : r.headers().map().entrySet()) {
			for (String v : h.getValue()) {
				kepala += h.getKey().length() + 2 + v.length() + 2;
			}
		}
		return kepala + r.body().length;
	}

	private static Set<String> aset(String isi) {
		Set<String> hasil = new LinkedHashSet<>();
		Matcher m = ASET.matcher(isi);
		while (m.find()) {
			hasil.add(m.group(1));
		}
		return hasil;
	}

	/** The report page, and the market price pages a citizen opens (board, trend, weekly index, A4 sheet, big screen). */
	@ParameterizedTest
	@ValueSource(strings = { "/pengaduan/baru", "/pasar", "/pasar/komoditas/beras-medium-1", "/pasar/indeks", "/pasar/cetak", "/pasar/layar" })
	void aCitizenPageAndItsStylesAndScriptsAreCompressedAndWithinTheFirstVisitBudget(String jalur) throws Exception {
		HttpResponse<byte[]> halaman = ambil(jalur);
		assertThat(halaman.statusCode()).isEqualTo(200);
		assertThat(halaman.headers().firstValue("Content-Encoding")).hasValue("gzip");
		long total = byteKawat(halaman);
		StringBuilder rincian = new StringBuilder(jalur + " " + byteKawat(halaman));
		for (String a : aset(teks(halaman))) {
			if (!a.endsWith(".css") && !a.endsWith(".js")) {
				continue;
			}
			HttpResponse<byte[]> r = ambil(a);
			assertThat(r.statusCode()).as(a).isEqualTo(200);
			if (r.body().length > 1024) {
				assertThat(r.headers().firstValue("Content-Encoding")).as(a + " compressed").hasValue("gzip");
			}
			total += byteKawat(r);
			rincian.append(", ").append(a).append(' ').append(byteKawat(r));
		}
		System.out.println("First visit of " + jalur + " over HTTP, bytes on the wire: " + total + " (" + rincian + ")");
		assertThat(total).as(rincian.toString()).isLessThanOrEqualTo(100 * 1024);
	}

	@Test
	void geoJsonIsCompressed() throws Exception {
		assertThat(ambil("/api/wilayah/kelurahan.geojson").headers().firstValue("Content-Encoding")).hasValue("gzip");
	}

	@ParameterizedTest
	@ValueSource(strings = { "/", "/pengaduan/baru", "/pengaduan", "/pengaduan/statistik", "/pengaduan/tautan", "/masuk",
			"RINCI", "/pasar", "/pasar/komoditas/beras-medium-1", "/pasar/indeks", "/pasar/cetak", "/pasar/layar" })
	void everyStaticFileACitizenPageReferencesIsVersionedAndCachedForAYear(String jalur) throws Exception {
		if (jalur.equals("RINCI")) {
			var kel = DataUjiPengaduan.kelurahan(wilayah, 4);
			jalur = "/pengaduan/" + layanan.ajukan(new LaporanBaru("sampah", "Uji aset", kel.lat(), kel.lon(), null, null, null,
					null, null, false, false, Map.of(), List.of(), "web")).nomor();
		}
		HttpResponse<byte[]> halaman = ambil(jalur);
		assertThat(halaman.statusCode()).as(jalur).isEqualTo(200);
		Set<String> dicek = new LinkedHashSet<>();
		List<String> antrean = new java.util.ArrayList<>(aset(teks(halaman)));
		assertThat(antrean).as("static files of " + jalur).isNotEmpty();
		while (!antrean.isEmpty()) {
			String a = antrean.remove(0);
			if (!dicek.add(a)) {
				continue;
			}
			HttpResponse<byte[]> r = ambil(a);
			assertThat(r.statusCode()).as(a).isEqualTo(200);
			assertThat(r.headers().firstValue("Cache-Control")).as(a).hasValue("max-age=31536000, public, immutable");
			// versioned: a WebJar's version in the path or a content hash in our own file's name
			assertThat(a).as("versioned address").matches("/webjars/[^/]+/\\d+[^/]*/.+|.+-[0-9a-f]{32}\\.[a-z0-9]+");
			if (a.endsWith(".css")) {
				Matcher m = URL_CSS.matcher(teks(r));
				while (m.find()) {
					if (!m.group(1).startsWith("data:") && !m.group(1).startsWith("#")) {
						antrean.add(URI.create("http://x" + a).resolve(m.group(1)).getPath());
					}
				}
			}
		}
	}
}
