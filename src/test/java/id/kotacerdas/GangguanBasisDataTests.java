package id.kotacerdas;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;

import id.kotacerdas.opd.DaftarOpd;
import id.kotacerdas.pengaduan.DataUjiPengaduan;
import id.kotacerdas.wilayah.Wilayah;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Issue 9, "outages answer like a service": PostgreSQL is stopped under the running application
 * and started again. While it is down every endpoint answers 503 with {@code Retry-After} (a page
 * for people, a problem document for programs, the Open311 error format for Open311) and health
 * says DOWN quickly; once it is back the application recovers without a restart, retries with
 * the same idempotency key or submission id file exactly once, nothing acknowledged is lost,
 * and a staff notification whose listener died with the database is sent after all.
 */
class GangguanBasisDataTests {

	private static final Duration NAPAS = Duration.ofSeconds(60);

	@TempDir
	Path dataDir;

	private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
		.followRedirects(HttpClient.Redirect.NEVER).build();

	private final ObjectMapper json = new ObjectMapper();

	private String dasar;

	private GreenMail smtp;

	@Test
	void whilePostgresIsDownEveryEndpointAnswers503AndAfterwardsNothingIsLost() throws Exception {
		smtp = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
		smtp.start();
		EmbeddedPostgres kembali = null;
		try (ConfigurableApplicationContext app = SpringApplication.run(KotaCerdasApplication.class, "--kc.database.ephemeral=false",
				"--kc.data-dir=" + dataDir, "--server.port=0", "--spring.jmx.enabled=false", "--spring.mail.host=127.0.0.1",
				"--spring.mail.port=" + smtp.getSmtp().getPort(), "--kc.pengaduan.interval-kirim=1s",
				"--kc.peristiwa.interval-kirim-ulang=1s", "--spring.modulith.events.staleness.published=2s",
				"--spring.modulith.events.staleness.processing=2s", "--spring.modulith.events.staleness.resubmission=2s",
				"--spring.modulith.events.staleness.check-intervall=1s")) {
			dasar = "http://localhost:" + app.getEnvironment().getProperty("local.server.port");
			JdbcClient jdbc = app.getBean(JdbcClient.class);
			EmbeddedPostgres pg = app.getBean("embeddedPostgres", EmbeddedPostgres.class);
			String kelurahan = DataUjiPengaduan.kelurahan(app.getBean(Wilayah.class), 2).kode();
			long dlhk = DataUjiPengaduan.opd(app.getBean(DaftarOpd.class), "DLHK");
			DataUjiPengaduan.pengguna(jdbc, "trc.gangguan", "PETUGAS_TRC", dlhk, DataUjiPengaduan.tim(jdbc, dlhk, null, null, true));
			String kunciOpen311 = kunciApi();
			String[] formulir = formulir();

			// before: a report with the reporter's e-mail, delivered through SMTP
			String kunciA = UUID.randomUUID().toString();
			String nomorA = ajukan(kunciA, kelurahan, "warga.a@contoh.id").path("nomor").asString();
			tunggu(() -> surel("warga.a@contoh.id", nomorA), "the reporter's receipt");

			// report B is stored; its staff notification is caught by the outage: the listener waits on a lock, then loses the database
			String nomorB;
			try (Connection kunci = DriverManager.getConnection(pg.getJdbcUrl("postgres", "postgres"))) {
				kunci.setAutoCommit(false);
				try (Statement s = kunci.createStatement()) {
					s.execute("lock table notifikasi.kotak_keluar in exclusive mode");
				}
				nomorB = ajukan(UUID.randomUUID().toString(), kelurahan, null).path("nomor").asString();
				tunggu(() -> jdbc.sql("""
						select count(*) from pg_stat_activity where wait_event_type = 'Lock' and query like 'insert into notifikasi.kotak_keluar%'""")
					.query(Long.class).single() > 0, "the staff listener waiting for the outbox");
				pg.close();
			}

			// during the outage: only 503s, each saying when to retry
			String kunciC = UUID.randomUUID().toString();
			HttpResponse<String> halaman = kirim(HttpRequest.newBuilder(uri("/pengaduan")).header("Accept", "text/html").GET());
			periksa503(halaman, "text/html");
			assertThat(halaman.body()).contains("Layanan sementara tidak tersedia");
			periksa503(kirim(HttpRequest.newBuilder(uri("/api/pengaduan")).GET()), "application/problem+json");
			periksa503(kirimJson(kunciC, kelurahan), "application/problem+json");
			HttpResponse<String> dikirim = kirimFormulir(formulir, kelurahan, "text/html");
			periksa503(dikirim, "text/html");
			assertThat(dikirim.body()).contains("Isian Anda belum hilang");
			periksa503(kirim(HttpRequest.newBuilder(uri("/open311/v2/requests.json")).GET()), "application/json");
			HttpResponse<String> open311 = kirim(HttpRequest.newBuilder(uri("/open311/v2/requests.json"))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString("api_key=" + kunciOpen311 + "&service_code=sampah&address_id=" + kelurahan)));
			periksa503(open311, "application/json");
			assertThat(json.readTree(open311.body()).get(0).path("code").asInt()).isEqualTo(503);
			// signing in cannot be checked now: that is an outage too, not a wrong password
			periksa503(kirim(HttpRequest.newBuilder(uri("/staf/pengaduan")).header("Accept", "text/html")
				.header("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString("admin:rahasia-uji-123".getBytes())).GET()),
					"text/html");
			periksa503(kirim(HttpRequest.newBuilder(uri("/masuk")).header("Accept", "text/html")
				.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString("username=admin&password=rahasia-uji-123&_csrf="
						+ URLEncoder.encode(formulir[0], StandardCharsets.UTF_8)))), "text/html");
			long mulai = System.nanoTime();
			HttpResponse<String> sehat = kirim(HttpRequest.newBuilder(uri("/actuator/health")).GET());
			assertThat(Duration.ofNanos(System.nanoTime() - mulai)).isLessThan(Duration.ofSeconds(2));
			assertThat(sehat.statusCode()).isEqualTo(503);
			assertThat(sehat.body()).contains("DOWN");

			// the same server comes back on the same port; the application needs no restart
			kembali = EmbeddedPostgres.builder().setDataDirectory(dataDir.resolve("postgres")).setCleanDataDirectory(false)
				.setPort(pg.getPort()).setRegisterShutdownHook(false).start();
			tunggu(() -> kirim(HttpRequest.newBuilder(uri("/api/pengaduan")).GET()).statusCode() == 200, "recovery");

			// retries file once: the JSON client with its key, the person with the same form
			String nomorC = ajukan(kunciC, kelurahan, null).path("nomor").asString();
			assertThat(ajukan(kunciC, kelurahan, null).path("nomor").asString()).isEqualTo(nomorC);
			assertThat(ajukan(kunciA, kelurahan, "warga.a@contoh.id").path("nomor").asString()).isEqualTo(nomorA);
			assertThat(kirimFormulir(formulir, kelurahan, "text/html").statusCode()).isEqualTo(302);
			assertThat(kirimFormulir(formulir, kelurahan, "text/html").statusCode()).isEqualTo(302);
			assertThat(jdbc.sql("select nomor from pengaduan.pengaduan").query(String.class).list()).hasSize(4).contains(nomorA, nomorB, nomorC);
			assertThat(kirim(HttpRequest.newBuilder(uri("/actuator/health")).GET()).statusCode()).isEqualTo(200);

			// the staff notification of B, lost with the listener's connection, goes out without a restart
			String nomorBAkhir = nomorB;
			tunggu(() -> surel("trc.gangguan@kupangkota.go.id", nomorBAkhir), "the staff notification about " + nomorB);
		}
		finally {
			if (kembali != null) {
				kembali.close();
			}
			smtp.stop();
		}
	}

	private boolean surel(String tujuan, String nomor) {
		return Arrays.stream(smtp.getReceivedMessages()).anyMatch(m -> {
			try {
				return Arrays.stream(m.getAllRecipients()).anyMatch(a -> a.toString().equals(tujuan))
						&& GreenMailUtil.getBody(m).contains(nomor);
			}
			catch (Exception ex) {
				return false;
			}
		});
	}

	private JsonNode ajukan(String kunci, String kelurahan, String email) throws Exception {
		HttpResponse<String> r = kirimJson(kunci, kelurahan, email);
		assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
		return json.readTree(r.body());
	}

	private HttpResponse<String> kirimJson(String kunci, String kelurahan) throws Exception {
		return kirimJson(kunci, kelurahan, null);
	}

	private HttpResponse<String> kirimJson(String kunci, String kelurahan, String email) throws Exception {
		String isi = json.writeValueAsString(email == null
				? Map.of("kategori", "sampah", "deskripsi", "Sampah menumpuk di depan pasar", "kelurahan", kelurahan)
				: Map.of("kategori", "sampah", "deskripsi", "Sampah menumpuk di depan pasar", "kelurahan", kelurahan, "email", email));
		return kirim(HttpRequest.newBuilder(uri("/api/pengaduan")).header("Content-Type", "application/json")
			.header("Idempotency-Key", kunci).POST(HttpRequest.BodyPublishers.ofString(isi)));
	}

	/** The form as a browser got it before the outage: its CSRF token and submission id. */
	private String[] formulir() throws Exception {
		String html = kirim(HttpRequest.newBuilder(uri("/pengaduan/baru")).GET()).body();
		return new String[] { nilai(html, "_csrf"), nilai(html, "idPengiriman") };
	}

	private static String nilai(String html, String nama) {
		Matcher m = Pattern.compile("name=\"" + nama + "\" value=\"([^\"]+)\"").matcher(html);
		assertThat(m.find()).as(nama).isTrue();
		return m.group(1);
	}

	private HttpResponse<String> kirimFormulir(String[] formulir, String kelurahan, String accept) throws Exception {
		Map<String, String> isi = Map.of("_csrf", formulir[0], "idPengiriman", formulir[1], "kategori", "sampah", "deskripsi",
				"Sampah di selokan depan sekolah", "kelurahan", kelurahan);
		String badan = isi.entrySet().stream()
			.map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
		return kirim(HttpRequest.newBuilder(uri("/pengaduan")).header("Accept", accept)
			.header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(badan)));
	}

	private String kunciApi() throws Exception {
		HttpResponse<String> r = kirim(HttpRequest.newBuilder(uri("/api/admin/api-keys"))
			.header("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString("admin:rahasia-uji-123".getBytes()))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString("{\"nama\": \"Uji gangguan\", \"scopes\": [\"open311\"]}")));
		assertThat(r.statusCode()).as(r.body()).isBetween(200, 201);
		return json.readTree(r.body()).path("kunci").asString();
	}

	private static void periksa503(HttpResponse<String> r, String jenis) {
		assertThat(r.statusCode()).as(r.uri() + " " + r.body()).isEqualTo(503);
		assertThat(r.headers().firstValue("Retry-After")).as(r.uri().toString()).hasValueSatisfying(v -> assertThat(Long.parseLong(v)).isPositive());
		assertThat(r.headers().firstValue("Content-Type")).as(r.uri().toString()).hasValueSatisfying(v -> assertThat(v).startsWith(jenis));
	}

	private HttpResponse<String> kirim(HttpRequest.Builder permintaan) throws Exception {
		return http.send(permintaan.timeout(NAPAS).build(), HttpResponse.BodyHandlers.ofString());
	}

	private URI uri(String jalur) {
		return URI.create(dasar + jalur);
	}

	private interface Syarat {

		boolean benar() throws Exception;
	}

	/**
	 * Waits for what the application does on its own threads (outbox, listeners, recovery). Not a
	 * Modulith {@code Scenario}: that needs a test-managed context, and this test runs its own
	 * application so that it can take the database away underneath it.
	 */
	private static void tunggu(Syarat syarat, String apa) {
		Awaitility.await(apa).atMost(NAPAS).pollInterval(Duration.ofMillis(200)).ignoreExceptionsInstanceOf(IOException.class)
			.until(syarat::benar);
	}
}
