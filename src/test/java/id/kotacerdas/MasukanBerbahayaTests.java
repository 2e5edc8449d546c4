package id.kotacerdas;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Text no one can store, sent everywhere: U+0000 and unpaired surrogates (as percent-escapes, raw
 * bytes and JSON escapes) in the path, in every parameter and in every JSON string of every
 * operation of the OpenAPI document, and in the fields of every form a signed-in administrator and
 * an anonymous visitor can reach. Every answer must be a 4xx; before, seventeen endpoints gave 500.
 */
@IntegrationTest
class MasukanBerbahayaTests {

	/** Hostile values as they go into a URL or a form body (percent-escaped bytes). */
	static final String[] RACUN_URL = { "%00", "a%00b", "%ED%A0%80", "x%ED%B0%80y", "%F0%9F%98%80%00" };

	/** The same as JSON string escapes. */
	static final String[] RACUN_JSON = { "\\u0000", "a\\u0000b", "\\ud800", "x\\udc00y", "\\ud83d\\ude00\\u0000" };

	/** The same as raw bytes in a multipart field. */
	static final byte[][] RACUN_BITA = { { 0 }, { 'a', 0, 'b' }, { (byte) 0xED, (byte) 0xA0, (byte) 0x80 } };

	static final String ADMIN = "admin";

	static final String SANDI = "rahasia-uji-123";

	@LocalServerPort
	int port;

	@Autowired
	ObjectMapper json;

	private final Random acak = new Random(20261122);

	private final List<String> bukan4xx = new ArrayList<>();

	private int terkirim;

	/** A visitor with its own cookies and, once it has seen a page, the page's CSRF token. */
	final class Sesi {

		final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).version(HttpClient.Version.HTTP_1_1)
			.connectTimeout(Duration.ofSeconds(5)).build();

		final String nama;

		String csrf;

		final String basic;

		Sesi(String nama, String basic) {
			this.nama = nama;
			this.basic = basic;
		}

		HttpRequest.Builder permintaan(String pathDanQuery) {
			HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + port + pathDanQuery)).timeout(Duration.ofSeconds(30));
			if (csrf != null) {
				b.header("X-CSRF-TOKEN", csrf);
			}
			if (basic != null && pathDanQuery.startsWith("/api/")) {
				b.header("Authorization", basic);
			}
			return b;
		}

		HttpResponse<String> kirim(String keterangan, HttpRequest r) throws Exception {
			return kirim(keterangan, r, true);
		}

		/** @param hanya4xx whether anything but a 4xx is a failure (else only a 5xx is) */
		HttpResponse<String> kirim(String keterangan, HttpRequest r, boolean hanya4xx) throws Exception {
			HttpResponse<String> jawaban = http.send(r, HttpResponse.BodyHandlers.ofString());
			terkirim++;
			if (keterangan != null && (jawaban.statusCode() > 499 || hanya4xx && jawaban.statusCode() < 400)) {
				bukan4xx.add(nama + " " + r.method() + " " + r.uri() + " " + keterangan + " -> " + jawaban.statusCode() + " "
						+ jawaban.body().substring(0, Math.min(200, jawaban.body().length())).replaceAll("\\s+", " "));
			}
			return jawaban;
		}

		Document halaman(String path) throws Exception {
			HttpResponse<String> r = kirim(null, permintaan(path).header("Accept", "text/html").GET().build());
			Document d = Jsoup.parse(r.body(), "http://localhost:" + port + path);
			Element meta = d.selectFirst("meta[name=_csrf]");
			if (meta != null) {
				csrf = meta.attr("content");
			}
			return d;
		}
	}

	private Sesi anonim() throws Exception {
		Sesi s = new Sesi("anonim", null);
		s.halaman("/");
		return s;
	}

	private Sesi admin() throws Exception {
		Sesi s = new Sesi("admin", "Basic " + Base64.getEncoder().encodeToString((ADMIN + ":" + SANDI).getBytes(StandardCharsets.UTF_8)));
		String token = s.halaman("/masuk").selectFirst("input[name=_csrf]").attr("value");
		s.kirim(null, s.permintaan("/masuk").header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString("username=" + ADMIN + "&password=" + SANDI + "&_csrf=" + token)).build());
		assertThat(s.halaman("/staf").selectFirst("form[action=/logout]")).as("signed in").isNotNull();
		return s;
	}

	private String racunUrl() {
		return RACUN_URL[acak.nextInt(RACUN_URL.length)];
	}

	@Test
	void everyOperationOfTheOpenApiDocumentRefusesHostileText() throws Exception {
		Sesi admin = admin();
		JsonNode dokumen = json.readTree(admin.kirim(null, admin.permintaan("/v3/api-docs").GET().build()).body());
		int operasi = 0;
		for (var path : dokumen.get("paths").properties()) {
			for (var op : path.getValue().properties()) {
				String metode = op.getKey().toUpperCase();
				if (!Set.of("GET", "POST", "PUT", "PATCH", "DELETE").contains(metode)) {
					continue;
				}
				operasi++;
				for (Sesi s : List.of(admin, anonim())) {
					for (int varian = 0; varian < 3; varian++) {
						kirimOperasi(s, dokumen, path.getKey(), metode, op.getValue(), varian);
					}
				}
			}
		}
		assertThat(operasi).as("operations in the OpenAPI document").isGreaterThan(20);
		assertThat(bukan4xx).as(bukan4xx.size() + " of " + terkirim + " hostile requests not answered 4xx").isEmpty();
	}

	/** Numbers beyond every range, as text and as JSON numbers. */
	static final String[] ANGKA_LIAR = { "1e1000000", "-1e15", "99999999999999999999", "1e-400", "-0", "NaN", "Infinity" };

	@Test
	void numbersBeyondEveryRangeNeverGiveA5xx() throws Exception {
		Sesi admin = admin();
		JsonNode dokumen = json.readTree(admin.kirim(null, admin.permintaan("/v3/api-docs").GET().build()).body());
		for (var path : dokumen.get("paths").properties()) {
			for (var op : path.getValue().properties()) {
				String metode = op.getKey().toUpperCase();
				if (!Set.of("GET", "POST", "PUT", "PATCH", "DELETE").contains(metode)) {
					continue;
				}
				for (int i = 0; i < 3; i++) {
					kirimOperasi(admin, dokumen, path.getKey(), metode, op.getValue(), 3);
				}
			}
		}
		assertThat(bukan4xx).as(bukan4xx.size() + " of " + terkirim + " requests with wild numbers answered 5xx").isEmpty();
	}

	private String angkaLiar() {
		return ANGKA_LIAR[acak.nextInt(ANGKA_LIAR.length)];
	}

	/**
	 * One operation with hostile text: variant 0 in the path parameters (or an extra query
	 * parameter), 1 in every declared query parameter, 2 in every string of the body; variant 3
	 * puts wild numbers everywhere instead, where a 2xx may be right but a 5xx never is.
	 */
	private void kirimOperasi(Sesi s, JsonNode dokumen, String pola, String metode, JsonNode op, int varian) throws Exception {
		StringBuilder query = new StringBuilder();
		String path = pola;
		for (JsonNode p : op.path("parameters")) {
			String nama = p.path("name").asString();
			String lokasi = p.path("in").asString();
			if (lokasi.equals("path")) {
				path = path.replace("{" + nama + "}", varian == 0 ? "1" + racunUrl() : varian == 3 ? angkaLiar() : "1");
			}
			else if (lokasi.equals("query")) {
				query.append(query.isEmpty() ? "?" : "&").append(nama).append('=')
					.append(varian == 1 ? racunUrl() : varian == 3 ? angkaLiar() : "1");
			}
		}
		if (varian == 0 && !pola.contains("{")) {
			query.append(query.isEmpty() ? "?" : "&").append("lain=").append(racunUrl());
		}
		HttpRequest.Builder b = s.permintaan(path + query).header("Accept", "application/json");
		JsonNode isi = op.path("requestBody").path("content");
		if (isi.has("application/json")) {
			String tubuh = varian == 2 ? jsonBeracun(dokumen, isi.get("application/json").path("schema"))
					: varian == 3 ? jsonAngkaLiar(dokumen, isi.get("application/json").path("schema")) : "{}";
			b.header("Content-Type", "application/json").method(metode, HttpRequest.BodyPublishers.ofString(tubuh));
		}
		else if (isi.has("multipart/form-data")) {
			Map<String, byte[]> bidang = new LinkedHashMap<>();
			skema(dokumen, isi.get("multipart/form-data").path("schema")).path("properties").propertyNames()
				.forEach(n -> bidang.put(n, varian == 2 ? RACUN_BITA[acak.nextInt(RACUN_BITA.length)] : "1".getBytes(StandardCharsets.UTF_8)));
			String batas = "batas" + acak.nextInt(1_000_000);
			b.header("Content-Type", "multipart/form-data; boundary=" + batas).method(metode, HttpRequest.BodyPublishers.ofByteArray(multipart(batas, bidang)));
		}
		else {
			b.method(metode, HttpRequest.BodyPublishers.noBody());
		}
		boolean beracun = varian == 0 || varian == 3 || (varian == 1 && !query.isEmpty()) || (varian == 2 && !isi.isEmpty());
		if (beracun) {
			s.kirim("varian " + varian, b.build(), varian != 3);
		}
	}

	private JsonNode skema(JsonNode dokumen, JsonNode skema) {
		if (skema.has("$ref")) {
			String[] bagian = skema.get("$ref").asString().split("/");
			return dokumen.path("components").path("schemas").path(bagian[bagian.length - 1]);
		}
		return skema;
	}

	/** Every declared property (and one undeclared) as a hostile string. */
	private String jsonBeracun(JsonNode dokumen, JsonNode skema) {
		StringBuilder b = new StringBuilder("{");
		for (String nama : skema(dokumen, skema).path("properties").propertyNames()) {
			b.append('"').append(nama).append("\":\"").append(RACUN_JSON[acak.nextInt(RACUN_JSON.length)]).append("\",");
		}
		return b.append("\"lain").append(RACUN_JSON[acak.nextInt(RACUN_JSON.length)]).append("\":1}").toString();
	}

	/** Every declared property a wild number, as a JSON number where it is one, else as text. */
	private String jsonAngkaLiar(JsonNode dokumen, JsonNode skema) {
		StringBuilder b = new StringBuilder("{");
		for (String nama : skema(dokumen, skema).path("properties").propertyNames()) {
			String angka = angkaLiar();
			b.append('"').append(nama).append("\":").append(angka.matches("[-0-9.e]+") && acak.nextBoolean() ? angka : '"' + angka + '"').append(',');
		}
		return b.append("\"lain\":1}").toString();
	}

	private static byte[] multipart(String batas, Map<String, byte[]> bidang) {
		ByteArrayOutputStream b = new ByteArrayOutputStream();
		bidang.forEach((nama, nilai) -> {
			b.writeBytes(("--" + batas + "\r\nContent-Disposition: form-data; name=\"" + nama + "\"\r\n\r\n").getBytes(StandardCharsets.UTF_8));
			b.writeBytes(nilai);
			b.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
		});
		b.writeBytes(("--" + batas + "--\r\n").getBytes(StandardCharsets.UTF_8));
		return b.toByteArray();
	}

	@Test
	void everyFormAndPageReachableByAnAdministratorOrAVisitorRefusesHostileText() throws Exception {
		for (Sesi s : List.of(admin(), anonim())) {
			List<Document> halaman = jelajahi(s, s.nama.equals("admin") ? List.of("/staf", "/", "/admin/opd", "/admin/audit") : List.of("/"));
			Set<String> formulirTerkirim = new HashSet<>();
			int formulir = 0;
			for (Document d : halaman) {
				String path = URI.create(d.location()).getPath();
				// the page itself with a hostile parameter
				s.kirim("halaman", s.permintaan(path + "?q=" + racunUrl() + "&halaman=" + racunUrl()).header("Accept", "text/html").GET().build());
				for (Element f : d.select("form")) {
					String aksi = f.absUrl("action").isEmpty() ? d.location() : f.absUrl("action");
					String tujuan = URI.create(aksi).getPath();
					if (tujuan.equals("/logout") || !formulirTerkirim.add(f.attr("method") + " " + pola(tujuan))) {
						continue;
					}
					formulir++;
					for (int varian = 0; varian < 3; varian++) {
						kirimFormulir(s, f, tujuan);
					}
					s.halaman(path);
				}
			}
			assertThat(formulir).as(s.nama + " forms").isGreaterThan(s.nama.equals("admin") ? 15 : 2);
		}
		assertThat(bukan4xx).as(bukan4xx.size() + " of " + terkirim + " hostile requests not answered 4xx").isEmpty();
	}

	/** Same-origin pages breadth-first, one per address pattern (numbers and tracking numbers folded). */
	private List<Document> jelajahi(Sesi s, List<String> awal) throws Exception {
		Deque<String> antre = new ArrayDeque<>(awal);
		Set<String> dilihat = new LinkedHashSet<>();
		List<Document> hasil = new ArrayList<>();
		while (!antre.isEmpty() && hasil.size() < 80) {
			String path = antre.poll();
			if (!dilihat.add(pola(path))) {
				continue;
			}
			Document d = s.halaman(path);
			hasil.add(d);
			for (Element a : d.select("a[href]")) {
				URI u = URI.create(a.absUrl("href").replace(" ", "%20"));
				if ("localhost".equals(u.getHost()) && u.getPort() == port && u.getRawQuery() == null
						&& !u.getPath().matches(".*\\.(xlsx|csv|atom|jpg|png|json|xml)$") && !u.getPath().startsWith("/swagger")
						&& !u.getPath().startsWith("/v3/") && !u.getPath().startsWith("/actuator")) {
					antre.add(u.getRawPath());
				}
			}
		}
		return hasil;
	}

	private static String pola(String path) {
		return path.replaceAll("[A-Z]+-\\d{4}-\\d+", "{nomor}").replaceAll("/\\d+", "/{id}").replaceAll("/[0-9a-f]{32,}", "/{token}");
	}

	/** The form as a browser would send it, with some of its text fields hostile. */
	private void kirimFormulir(Sesi s, Element f, String tujuan) throws Exception {
		boolean multipart = f.attr("enctype").contains("multipart");
		Map<String, String> bidang = new LinkedHashMap<>();
		for (Element e : f.select("input[name], textarea[name], select[name]")) {
			String jenis = e.attr("type");
			if (jenis.equals("file") || jenis.equals("submit") || ((jenis.equals("checkbox") || jenis.equals("radio")) && !e.hasAttr("checked"))) {
				continue;
			}
			String nilai = e.tagName().equals("select") ? e.select("option").stream().map(o -> o.attr("value")).findFirst().orElse("")
					: e.tagName().equals("textarea") ? e.text() : e.attr("value");
			bidang.put(e.attr("name"), URLEncoder.encode(nilai.isEmpty() ? "1" : nilai, StandardCharsets.UTF_8));
		}
		List<String> teks = bidang.keySet().stream().filter(n -> !n.equals("_csrf")).toList();
		if (teks.isEmpty()) {
			bidang.put("lain", "");
			teks = List.of("lain");
		}
		String pasti = teks.get(acak.nextInt(teks.size()));
		for (String n : teks) {
			if (n.equals(pasti) || acak.nextInt(3) == 0) {
				bidang.put(n, bidang.get(n) + racunUrl());
			}
		}
		String metode = f.attr("method").isEmpty() ? "GET" : f.attr("method").toUpperCase();
		String keterangan = "formulir " + bidang.keySet();
		if (metode.equals("GET")) {
			StringBuilder q = new StringBuilder();
			bidang.forEach((n, v) -> q.append(q.isEmpty() ? "?" : "&").append(URLEncoder.encode(n, StandardCharsets.UTF_8)).append('=').append(v));
			s.kirim(keterangan, s.permintaan(tujuan + q).header("Accept", "text/html").GET().build());
		}
		else if (multipart) {
			Map<String, byte[]> bita = new LinkedHashMap<>();
			bidang.forEach((n, v) -> bita.put(n, persenKeBita(v)));
			String batas = "batas" + acak.nextInt(1_000_000);
			s.kirim(keterangan, s.permintaan(tujuan).header("Accept", "text/html").header("Content-Type", "multipart/form-data; boundary=" + batas)
				.POST(HttpRequest.BodyPublishers.ofByteArray(multipart(batas, bita))).build());
		}
		else {
			StringBuilder tubuh = new StringBuilder();
			bidang.forEach((n, v) -> tubuh.append(tubuh.isEmpty() ? "" : "&").append(URLEncoder.encode(n, StandardCharsets.UTF_8)).append('=').append(v));
			s.kirim(keterangan, s.permintaan(tujuan).header("Accept", "text/html").header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString(tubuh.toString())).build());
		}
	}

	/** Percent-escapes back to the bytes they stand for (a multipart field carries raw bytes). */
	private static byte[] persenKeBita(String v) {
		ByteArrayOutputStream b = new ByteArrayOutputStream();
		for (int i = 0; i < v.length(); i++) {
			char c = v.charAt(i);
			if (c == '%' && i + 2 < v.length()) {
				b.write(Integer.parseInt(v, i + 1, i + 3, 16));
				i += 2;
			}
			else {
				b.write(c == '+' ? ' ' : c);
			}
		}
		return b.toByteArray();
	}
}
