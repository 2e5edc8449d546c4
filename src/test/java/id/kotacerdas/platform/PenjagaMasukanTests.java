package id.kotacerdas.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.net.CookieManager;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import id.kotacerdas.IntegrationTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/** The edge's answers, one format per kind of caller, and the limits it enforces. */
@IntegrationTest
class PenjagaMasukanTests {

	static final String ADMIN = "Basic " + Base64.getEncoder().encodeToString("admin:rahasia-uji-123".getBytes(StandardCharsets.UTF_8));

	@LocalServerPort
	int port;

	@Autowired
	ObjectMapper json;

	@Autowired
	JdbcClient jdbc;

	private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).cookieHandler(new CookieManager())
		.connectTimeout(Duration.ofSeconds(5)).build();

	private HttpRequest.Builder ke(String pathDanQuery) {
		return HttpRequest.newBuilder(URI.create("http://localhost:" + port + pathDanQuery)).timeout(Duration.ofSeconds(30));
	}

	private HttpResponse<String> kirim(HttpRequest r) throws Exception {
		return http.send(r, HttpResponse.BodyHandlers.ofString());
	}

	private long laporan() {
		return jdbc.sql("select count(*) from pengaduan.pengaduan").query(Long.class).single();
	}

	@Test
	void aBrowserGetsTheRefusalPageInItsLanguage() throws Exception {
		var id = kirim(ke("/pengaduan?kategori=sampah%00").header("Accept", "text/html").GET().build());
		assertThat(id.statusCode()).isEqualTo(400);
		assertThat(id.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
		assertThat(id.body()).contains("<html lang=\"id\"", "Permintaan ditolak", "karakter yang tidak diizinkan");
		var en = kirim(ke("/pengaduan?lang=en&kelurahan=%ED%A0%80").header("Accept", "text/html").GET().build());
		assertThat(en.statusCode()).isEqualTo(400);
		assertThat(en.body()).contains("<html lang=\"en\"", "Request refused", "characters that are not allowed");
	}

	@Test
	void anApiGetsAProblem() throws Exception {
		var r = kirim(ke("/api/pengaduan?status=BARU&kategori=a%00b").GET().build());
		assertThat(r.statusCode()).isEqualTo(400);
		assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
		JsonNode p = json.readTree(r.body());
		assertThat(p.get("status").asInt()).isEqualTo(400);
		assertThat(p.get("detail").asString()).contains("karakter yang tidak diizinkan");
	}

	@ParameterizedTest
	@ValueSource(strings = { "{\"nama\":\"a\\u0000b\",\"scopes\":[\"open311\"]}", "{\"nama\":\"kunci\",\"scopes\":[\"\\udc00\"]}",
			"{\"na\\u0000ma\":\"kunci\"}", "{\"nama\":\"\\ud83d\\ude00\",\"scopes\":[\"x\\ud800\"]}" })
	void everyStringOfAJsonBodyIsLookedAt(String isi) throws Exception {
		var r = kirim(ke("/api/admin/api-keys").header("Authorization", ADMIN).header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(isi)).build());
		assertThat(r.statusCode()).isEqualTo(400);
		assertThat(json.readTree(r.body()).get("detail").asString()).contains("karakter yang tidak diizinkan");
	}

	@Test
	void aJsonBodyTheEdgeReadStillReachesTheEndpoint() throws Exception {
		var r = kirim(ke("/api/admin/api-keys").header("Authorization", ADMIN).header("Content-Type", "application/json; charset=utf-8")
			.POST(HttpRequest.BodyPublishers.ofString("{\"nama\":\"Kunci uji tepi 😀\",\"scopes\":[\"open311\"]}")).build());
		assertThat(r.statusCode()).isEqualTo(201);
		assertThat(r.body()).contains("Kunci uji tepi 😀");
	}

	@Test
	void anOversizedJsonBodyIs413() throws Exception {
		// past the 2 MB a form may have (server.tomcat.max-http-form-post-size)
		String besar = "{\"nama\":\"" + "a".repeat(2 * 1024 * 1024) + "\"}";
		var r = kirim(ke("/api/admin/api-keys").header("Authorization", ADMIN).header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(besar)).build());
		assertThat(r.statusCode()).isEqualTo(413);
	}

	@Test
	void open311KeepsItsOwnErrorFormat() throws Exception {
		var r = kirim(ke("/open311/v2/requests.xml?service_code=%00").GET().build());
		assertThat(r.statusCode()).isEqualTo(400);
		assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("text/xml");
		assertThat(r.body()).contains("<errors>", "<code>400</code>");
		var j = kirim(ke("/open311/v2/requests.json").header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString("service_code=sampah&description=x%ED%A0%80")).build());
		assertThat(j.statusCode()).isEqualTo(400);
		assertThat(json.readTree(j.body()).get(0).get("code").asInt()).isEqualTo(400);
	}

	@Test
	void theComplaintFormAndFollowUpRefuseNulWithoutStoringAnything() throws Exception {
		long sebelum = laporan();
		String batas = "batasUji";
		byte[] isi = multipart(batas, "kategori", "sampah".getBytes(StandardCharsets.UTF_8), "deskripsi",
				"Sampah menumpuk di depan pasar\0".getBytes(StandardCharsets.UTF_8), "kelurahan", "53.71.04.1001".getBytes(StandardCharsets.UTF_8));
		var r = kirim(ke("/pengaduan").header("Accept", "text/html").header("Content-Type", "multipart/form-data; boundary=" + batas)
			.POST(HttpRequest.BodyPublishers.ofByteArray(isi)).build());
		assertThat(r.statusCode()).isEqualTo(400);
		var lanjut = kirim(ke("/pengaduan/tindak-lanjut/abc/informasi").header("Accept", "text/html")
			.header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString("teks=halo%00")).build());
		assertThat(lanjut.statusCode()).isEqualTo(400);
		assertThat(laporan()).isEqualTo(sebelum);
	}

	@Test
	void aFiveMegabyteTextFieldInAMultipartFormIsRefusedNotA500() throws Exception {
		long sebelum = laporan();
		String batas = "batasBesar";
		byte[] isi = multipart(batas, "kategori", "sampah".getBytes(StandardCharsets.UTF_8), "deskripsi",
				"a".repeat(5 * 1024 * 1024).getBytes(StandardCharsets.UTF_8));
		var r = kirim(ke("/pengaduan").header("Accept", "text/html").header("Content-Type", "multipart/form-data; boundary=" + batas)
			.POST(HttpRequest.BodyPublishers.ofByteArray(isi)).build());
		assertThat(r.statusCode()).isEqualTo(413);
		assertThat(r.body()).contains("Permintaan ditolak", "terlalu besar");
		assertThat(laporan()).isEqualTo(sebelum);
	}

	@Test
	void signingInWithNulInTheNameIsRefused() throws Exception {
		var r = kirim(ke("/masuk").header("Accept", "text/html").header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString("username=admin%00&password=x")).build());
		assertThat(r.statusCode()).isEqualTo(400);
	}

	@Test
	void anUnknownValueOfAPageParameterIsAClear400() throws Exception {
		for (String url : new String[] { "/pengaduan?status=BUKAN_STATUS", "/pengaduan?dari=kemarin", "/pengaduan/statistik?dimensi=x" }) {
			var r = kirim(ke(url).header("Accept", "text/html").GET().build());
			assertThat(r.statusCode()).as(url).isEqualTo(400);
			assertThat(r.body()).as(url).contains("Permintaan ditolak", "role=\"alert\"");
		}
		var api = kirim(ke("/api/pengaduan?status=BUKAN_STATUS").GET().build());
		assertThat(api.statusCode()).isEqualTo(400);
		assertThat(api.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
	}

	@Test
	void theErrorPageIsNoAddress() throws Exception {
		assertThat(kirim(ke("/error").header("Accept", "text/html").GET().build()).statusCode()).isEqualTo(404);
		var api = kirim(ke("/error").header("Authorization", ADMIN).header("Accept", "application/json").GET().build());
		assertThat(api.statusCode()).isEqualTo(404);
		assertThat(api.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
	}

	@Test
	void nulAndBrokenUtf8InThePathAre400() throws Exception {
		for (String path : new String[] { "/pengaduan/KPG-2026-000001%00", "/api/pengaduan/%ED%A0%80", "/pengaduan/%C3%28" }) {
			try (Socket s = new Socket("localhost", port)) {
				s.getOutputStream().write(("GET " + path + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
				String jawab = new String(s.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
				assertThat(jawab.substring(9, 12)).as(path).isEqualTo("400");
			}
		}
	}

	private static byte[] multipart(String batas, Object... namaNilai) {
		ByteArrayOutputStream b = new ByteArrayOutputStream();
		for (int i = 0; i < namaNilai.length; i += 2) {
			b.writeBytes(("--" + batas + "\r\nContent-Disposition: form-data; name=\"" + namaNilai[i] + "\"\r\n\r\n").getBytes(StandardCharsets.UTF_8));
			b.writeBytes((byte[]) namaNilai[i + 1]);
			b.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
		}
		b.writeBytes(("--" + batas + "--\r\n").getBytes(StandardCharsets.UTF_8));
		return b.toByteArray();
	}
}
