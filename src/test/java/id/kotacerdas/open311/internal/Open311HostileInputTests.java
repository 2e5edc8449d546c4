package id.kotacerdas.open311.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import id.kotacerdas.IntegrationTest;
import id.kotacerdas.wilayah.Kelurahan;
import id.kotacerdas.wilayah.Wilayah;
import tools.jackson.databind.ObjectMapper;

/**
 * Thousands of generated malformed requests over real HTTP (so the container's own parsing is in
 * play): each is a valid request with one seeded-random defect. Every answer must be a 4xx in the
 * Open311 error format of the requested suffix, and nothing may be stored.
 */
@IntegrationTest
class Open311HostileInputTests {

	static final int JUMLAH = 2000;

	static final String[] SISIPAN = { "' OR '1'='1", "1; DROP TABLE pengaduan.pengaduan;--", "<script>alert(1)</script>",
			"]]><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>", "${jndi:ldap://x/a}", "../../etc/passwd",
			"{{7*7}}", "%00", "\uD83D\uDE00\u202E", "NaN", "-Infinity", "1e309", "0x10", "null", "[]", "{}" };

	@LocalServerPort
	int port;

	@Autowired
	MockMvc mvc;

	@Autowired
	ObjectMapper json;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Wilayah wilayah;

	@Autowired
	Open311Config.Pembatas pembatas;

	/** One generated request: what is wrong with it, and the format its errors must come in. */
	record Kasus(String cacat, boolean formatJson, HttpRequest permintaan, String mentah) {

		Kasus(String cacat, boolean formatJson, HttpRequest permintaan) {
			this(cacat, formatJson, permintaan, null);
		}
	}

	record Jawaban(int status, String jenis, byte[] isi) {
	}

	@Test
	void malformedRequestsGetOnly4xxInOpen311FormatAndStoreNothing() throws Exception {
		UjiOpen311.Kunci kunci = UjiOpen311.kunciBaru(mvc, json, "open311");
		Kelurahan kel = UjiOpen311.kelurahan(wilayah, 2);
		long sebelum = jumlahTersimpan();
		Random acak = new Random(311);
		HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
		Map<String, Integer> perCacat = new TreeMap<>();
		for (int i = 0; i < JUMLAH; i++) {
			// the limiter would soon answer 429 to everything from 127.0.0.1; the point here is the parsing
			pembatas.kosongkan();
			Kasus k = kasus(acak, kunci.kunci(), kel);
			Jawaban r = kirim(http, k);
			String keterangan = k.cacat() + " " + (k.mentah() == null ? k.permintaan().uri() : k.mentah()) + " -> " + r.status()
					+ " " + new String(r.isi(), StandardCharsets.UTF_8);
			assertThat(r.status()).as(keterangan).isBetween(400, 499);
			if (k.formatJson()) {
				assertThat(r.jenis()).as(keterangan).startsWith("application/json");
				UjiOpen311.galatJson(json, r.isi(), r.status());
			}
			else {
				assertThat(r.jenis()).as(keterangan).startsWith("text/xml");
				UjiOpen311.galatXml(r.isi(), r.status());
			}
			perCacat.merge(k.cacat(), 1, Integer::sum);
		}
		assertThat(jumlahTersimpan()).isEqualTo(sebelum);
		assertThat(perCacat.keySet()).hasSizeGreaterThan(20);
	}

	@Test
	void oversizedBodiesAre400InOpen311Format() throws Exception {
		UjiOpen311.Kunci kunci = UjiOpen311.kunciBaru(mvc, json, "open311");
		long sebelum = jumlahTersimpan();
		pembatas.kosongkan();
		HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
		// beyond the container's form limit (2 MB)
		byte[] formulir = ("api_key=" + enc(kunci.kunci()) + "&service_code=sampah&address_id=53.71.04.1001&description="
				+ "a".repeat(3_000_000)).getBytes(StandardCharsets.US_ASCII);
		Jawaban besar = kirim(http, new Kasus("formulir-besar", true, post(uri("/open311/v2/requests.json"),
				"application/x-www-form-urlencoded", formulir)));
		assertThat(besar.status()).isEqualTo(400);
		UjiOpen311.galatJson(json, besar.isi(), 400);
		// beyond the multipart file limit (10 MB)
		String batas = "batasUjiOpen311";
		ByteArrayOutputStream b = new ByteArrayOutputStream();
		b.writeBytes(("--" + batas + "\r\nContent-Disposition: form-data; name=\"api_key\"\r\n\r\n" + kunci.kunci() + "\r\n--" + batas
				+ "\r\nContent-Disposition: form-data; name=\"media\"; filename=\"besar.jpg\"\r\nContent-Type: image/jpeg\r\n\r\n")
			.getBytes(StandardCharsets.US_ASCII));
		b.writeBytes(new byte[11 * 1024 * 1024]);
		b.writeBytes(("\r\n--" + batas + "--\r\n").getBytes(StandardCharsets.US_ASCII));
		Jawaban foto = kirim(http, new Kasus("multipart-besar", false, post(uri("/open311/v2/requests.xml"),
				"multipart/form-data; boundary=" + batas, b.toByteArray())));
		assertThat(foto.status()).isEqualTo(400);
		UjiOpen311.galatXml(foto.isi(), 400);
		assertThat(jumlahTersimpan()).isEqualTo(sebelum);
	}

	private Jawaban kirim(HttpClient http, Kasus k) throws Exception {
		if (k.mentah() == null) {
			HttpResponse<byte[]> r = http.send(k.permintaan(), HttpResponse.BodyHandlers.ofByteArray());
			return new Jawaban(r.statusCode(), r.headers().firstValue("Content-Type").orElse(""), r.body());
		}
		// java.net.URI refuses broken escapes, so these go over a plain socket
		try (Socket s = new Socket("localhost", port)) {
			s.getOutputStream().write(("GET " + k.mentah() + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n")
				.getBytes(StandardCharsets.ISO_8859_1));
			byte[] semua = s.getInputStream().readAllBytes();
			String teks = new String(semua, StandardCharsets.ISO_8859_1);
			int batas = teks.indexOf("\r\n\r\n");
			String kepala = teks.substring(0, batas);
			String jenis = kepala.lines().filter(l -> l.toLowerCase().startsWith("content-type:")).map(l -> l.substring(13).strip())
				.findFirst().orElse("");
			return new Jawaban(Integer.parseInt(kepala.substring(9, 12)), jenis,
					java.util.Arrays.copyOfRange(semua, batas + 4, semua.length));
		}
	}

	private long jumlahTersimpan() {
		return jdbc.sql("""
				select (select count(*) from pengaduan.pengaduan) + (select count(*) from open311.permintaan)
				  + (select count(*) from open311.pembaruan_warga) + (select count(*) from pengaduan.riwayat)""")
			.query(Long.class).single();
	}

	private Kasus kasus(Random acak, String kunci, Kelurahan kel) {
		boolean formatJson = acak.nextBoolean();
		String f = formatJson ? "json" : "xml";
		Map<String, String> sah = new LinkedHashMap<>();
		sah.put("api_key", kunci);
		sah.put("service_code", "jalan-rusak");
		sah.put("lat", String.valueOf(kel.lat()));
		sah.put("long", String.valueOf(kel.lon()));
		sah.put("description", "Jalan berlubang " + acak.nextInt(1000));
		sah.put("attribute[ukuran]", String.valueOf(acak.nextInt(100)));
		String sisipan = SISIPAN[acak.nextInt(SISIPAN.length)];
		int jenis = acak.nextInt(30);
		switch (jenis) {
			case 0 -> sah.remove("api_key");
			case 1 -> sah.put("api_key", acak.nextBoolean() ? sisipan : "kc_" + teksAcak(acak, 9) + "_" + teksAcak(acak, 43));
			case 2 -> sah.put("service_code", "x-" + sisipan + teksAcak(acak, 5));
			case 3 -> sah.put("lat", sisipan + teksAcak(acak, 3));
			case 4 -> sah.remove("long");
			case 5 -> {
				sah.put("lat", String.valueOf(-80 + acak.nextDouble() * 60));
				sah.put("long", String.valueOf(-170 + acak.nextDouble() * 200));
			}
			case 6 -> sah.put("description", "a".repeat(4001 + acak.nextInt(3000)));
			case 7 -> sah.put(acak.nextBoolean() ? "description" : "first_name", "x" + (char) acak.nextInt(9) + "y");
			case 8 -> sah.put("attribute[bahaya][]", sisipan);
			case 9 -> sah.put("attribute[ukuran]", "dua belas " + sisipan);
			case 10 -> sah.put("media_url", acak.nextBoolean() ? "javascript:alert(1)" : "ftp://" + teksAcak(acak, 6));
			case 11 -> {
				sah.remove("lat");
				sah.remove("long");
				if (acak.nextBoolean()) {
					sah.put("address_string", "Jalan " + teksAcak(acak, 12));
				}
			}
			case 12 -> {
				sah.remove("lat");
				sah.remove("long");
				sah.put("address_id", sisipan);
			}
			case 13 -> sah.put("jurisdiction_id", teksAcak(acak, 8) + ".example");
			case 14 -> sah.put("email", "bukan-email-" + teksAcak(acak, 5));
			case 15 -> sah.put("phone", sisipan + "abc");
			case 16 -> sah.put("first_name", "n".repeat(61 + acak.nextInt(50)));
			default -> {
				return kasusLain(jenis, acak, f, sah, sisipan);
			}
		}
		return new Kasus("post-" + jenis, formatJson, formulir("/requests." + f, sah));
	}

	/** Defects of the transport rather than of one parameter: encodings, bodies, methods, paths, queries. */
	private Kasus kasusLain(int jenis, Random acak, String f, Map<String, String> sah, String sisipan) {
		boolean formatJson = f.equals("json");
		URI uri = uri("/open311/v2/requests." + f);
		String tubuh = formulirTeks(sah);
		return switch (jenis) {
			case 17 -> new Kasus("percent-rusak", formatJson, post(uri, "application/x-www-form-urlencoded",
					(tubuh + "&description=" + List.of("%", "%G1", "%E2%82", "%C3%28", "%ZZ%").get(acak.nextInt(5)))
						.getBytes(StandardCharsets.US_ASCII)));
			case 18 -> {
				ByteArrayOutputStream b = new ByteArrayOutputStream();
				b.writeBytes((tubuh + "&description=").getBytes(StandardCharsets.US_ASCII));
				for (int i = 0; i < 1 + acak.nextInt(6); i++) {
					b.write(0x80 + acak.nextInt(0x40));
				}
				yield new Kasus("utf8-rusak", formatJson, post(uri, "application/x-www-form-urlencoded", b.toByteArray()));
			}
			case 19 -> {
				byte[] acakan = new byte[1 + acak.nextInt(2000)];
				acak.nextBytes(acakan);
				yield new Kasus("multipart-rusak", formatJson,
						post(uri, "multipart/form-data; boundary=" + teksAcak(acak, 10), acakan));
			}
			case 20 -> new Kasus("json-body", formatJson,
					post(uri, "application/json", ("{\"service_code\":\"" + sisipan.replace("\"", "") + "\"}").getBytes(StandardCharsets.UTF_8)));
			case 21 -> {
				StringBuilder b = new StringBuilder(tubuh);
				for (int i = 0; i < 1100; i++) {
					b.append("&p").append(i).append('=').append(i);
				}
				yield new Kasus("terlalu-banyak-parameter", formatJson,
						post(uri, "application/x-www-form-urlencoded", b.toString().getBytes(StandardCharsets.US_ASCII)));
			}
			case 22 -> new Kasus("metode", formatJson, HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(20))
				.method(List.of("PUT", "DELETE", "PATCH").get(acak.nextInt(3)), HttpRequest.BodyPublishers.ofString(tubuh)).build());
			case 23 -> new Kasus("tanggal", formatJson, get("/open311/v2/requests." + f + "?start_date="
					+ enc(List.of("kemarin", sisipan, "2026-13-45T00:00:00Z", "2026-01-01T25:00:00+08:00").get(acak.nextInt(4)))));
			case 24 -> new Kasus("rentang", formatJson, get("/open311/v2/requests." + f + "?start_date=2025-01-01T00:00:00Z&end_date="
					+ (acak.nextBoolean() ? "2024-01-01T00:00:00Z" : "2025-0" + (5 + acak.nextInt(5)) + "-01T00:00:00Z")));
			case 25 -> new Kasus("halaman", formatJson, get("/open311/v2/requests." + f + "?"
					+ (acak.nextBoolean() ? "page" : "page_size") + "=" + enc(List.of("0", "-3", "1.5", "abc", sisipan,
							"99999999999").get(acak.nextInt(6)))));
			case 26 -> new Kasus("status", formatJson, get("/open311/v2/requests." + f + "?status=" + enc(sisipan + "x")));
			case 27 -> new Kasus("tidak-ada", formatJson, get("/open311/v2/" + List.of("requests/", "tokens/", "services/", "x")
				.get(acak.nextInt(4)) + enc(teksAcak(acak, 8)) + "." + f));
			case 28 -> acak.nextBoolean()
					? new Kasus("query-rusak", formatJson, null, "/open311/v2/services." + f + "?jurisdiction_id="
							+ List.of("%", "%C3%28", "%FF", "%E2%82%2", "%%%", "a%0").get(acak.nextInt(6)))
					: new Kasus("path-rusak", formatJson, null, "/open311/v2/services/"
							+ List.of("a%2Fb", "a%00b", "..%2F..%2Fetc", "%2e%2e%2f", "a%5Cb").get(acak.nextInt(5)) + "." + f);
			default -> new Kasus("parameter-ganda", formatJson, post(uri, "application/x-www-form-urlencoded",
					(tubuh + "&service_code=sampah").getBytes(StandardCharsets.US_ASCII)));
		};
	}

	private static String teksAcak(Random acak, int panjang) {
		StringBuilder b = new StringBuilder();
		for (int i = 0; i < panjang; i++) {
			b.append((char) ('a' + acak.nextInt(26)));
		}
		return b.toString();
	}

	private HttpRequest formulir(String path, Map<String, String> isi) {
		return post(uri("/open311/v2" + path), "application/x-www-form-urlencoded; charset=utf-8",
				formulirTeks(isi).getBytes(StandardCharsets.US_ASCII));
	}

	private static String formulirTeks(Map<String, String> isi) {
		List<String> pasangan = new ArrayList<>();
		isi.forEach((k, v) -> pasangan.add(enc(k) + "=" + enc(v)));
		return String.join("&", pasangan);
	}

	private static String enc(String s) {
		return URLEncoder.encode(s, StandardCharsets.UTF_8);
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + port + path);
	}

	private HttpRequest get(String path) {
		return HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(20)).GET().build();
	}

	private static HttpRequest post(URI uri, String jenis, byte[] tubuh) {
		return HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(20)).header("Content-Type", jenis)
			.POST(HttpRequest.BodyPublishers.ofByteArray(tubuh)).build();
	}
}
