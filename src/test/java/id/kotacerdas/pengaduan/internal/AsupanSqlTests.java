package id.kotacerdas.pengaduan.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DelegatingDataSource;
import org.springframework.transaction.support.TransactionTemplate;

import id.kotacerdas.akun.AkunStaf;
import id.kotacerdas.notifikasi.Notifikasi;
import id.kotacerdas.pengaduan.DataUjiPengaduan;
import id.kotacerdas.pengaduan.LaporanBaru;
import id.kotacerdas.pengaduan.LayananPengaduan;
import id.kotacerdas.platform.UrlDasar;
import id.kotacerdas.wilayah.Kelurahan;
import id.kotacerdas.wilayah.Wilayah;
import tools.jackson.databind.ObjectMapper;

/**
 * Issue 18 part 1, what a filing costs the database, counted at the JDBC boundary (every statement prepared,
 * by thread): an Open311 filing reads nothing on its request thread (API key, category, place, team and holidays
 * come from in-memory read models), creates no session, and its group commit writes it in four statements
 * however many filings share the commit; the staff notifications of a group look recipients up once.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(AsupanSqlTests.Hitung.class)
class AsupanSqlTests {

	/** Statements prepared through the application's DataSource, with the thread that prepared them. */
	record Pernyataan(String utas, String sql) {
	}

	static final List<Pernyataan> PERNYATAAN = new CopyOnWriteArrayList<>();

	/** Commits, by thread name. */
	static final List<String> COMMIT = new CopyOnWriteArrayList<>();

	@TestConfiguration(proxyBeanMethods = false)
	static class Hitung {

		@Bean
		static BeanPostProcessor hitungSql() {
			return new BeanPostProcessor() {

				@Override
				public Object postProcessAfterInitialization(Object bean, String nama) {
					return bean instanceof DataSource ds && !(bean instanceof DelegatingDataSource) ? new DelegatingDataSource(ds) {

						@Override
						public Connection getConnection() throws SQLException {
							return hitung(super.getConnection());
						}

						@Override
						public Connection getConnection(String pengguna, String sandi) throws SQLException {
							return hitung(super.getConnection(pengguna, sandi));
						}
					} : bean;
				}
			};
		}

		static Connection hitung(Connection koneksi) {
			return (Connection) Proxy.newProxyInstance(AsupanSqlTests.class.getClassLoader(), new Class<?>[] { Connection.class },
					(proxy, metode, argumen) -> {
						String utas = Thread.currentThread().getName();
						switch (metode.getName()) {
							case "prepareStatement", "prepareCall" -> PERNYATAAN.add(new Pernyataan(utas, (String) argumen[0]));
							case "createStatement" -> PERNYATAAN.add(new Pernyataan(utas, "(statement)"));
							case "commit" -> COMMIT.add(utas);
							default -> {
							}
						}
						try {
							return metode.invoke(koneksi, argumen);
						}
						catch (InvocationTargetException ex) {
							throw ex.getCause();
						}
					});
		}
	}

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ObjectMapper json;

	@Autowired
	Wilayah wilayah;

	@Autowired
	LayananPengaduan layanan;

	@Autowired
	PengaduanRepository repo;

	@Autowired
	Notifikasi notifikasi;

	@Autowired
	AkunStaf akun;

	@Autowired
	UrlDasar urlDasar;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate tx;

	final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

	static String kunci;

	@BeforeEach
	void kunciApi() throws Exception {
		if (kunci == null) {
			HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/admin/api-keys"))
				.header("Authorization", "Basic " + Base64.getEncoder().encodeToString("admin:rahasia-uji-123".getBytes(StandardCharsets.UTF_8)))
				.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString("{\"nama\":\"Uji biaya asupan\",\"scopes\":[\"open311\"]}")).build(),
					HttpResponse.BodyHandlers.ofString());
			assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
			kunci = json.readTree(r.body()).path("kunci").asString();
			// the new key's message (every instance, this one included, forgets its keys) arrives after the commit
			Thread.sleep(500);
		}
	}

	private HttpResponse<String> ajukan(String deskripsi) throws Exception {
		Kelurahan kel = DataUjiPengaduan.kelurahan(wilayah, 3);
		String tubuh = "api_key=" + enc(kunci) + "&service_code=jalan-rusak&lat=" + kel.lat() + "&long=" + kel.lon() + "&description="
				+ enc(deskripsi) + "&attribute%5Bukuran%5D=3";
		return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/open311/v2/requests.json"))
			.header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(tubuh)).build(),
				HttpResponse.BodyHandlers.ofString());
	}

	private static String enc(String s) {
		return URLEncoder.encode(s, StandardCharsets.UTF_8);
	}

	private static List<Pernyataan> dari(String awalanUtas) {
		return PERNYATAAN.stream().filter(p -> p.utas().startsWith(awalanUtas)).toList();
	}

	@Test
	void anOpen311FilingReadsNothingOnItsRequestThreadCreatesNoSessionAndIsWrittenInFourStatements() throws Exception {
		// the first filings load the read models (key, categories, teams, holidays)
		assertThat(ajukan("Jalan berlubang, pemanasan 1").statusCode()).isEqualTo(200);
		assertThat(ajukan("Jalan berlubang, pemanasan 2").statusCode()).isEqualTo(200);
		long sesi = jdbc.sql("select count(*) from akun.sesi").query(Long.class).single();
		PERNYATAAN.clear();

		HttpResponse<String> r = ajukan("Jalan berlubang di depan SD Inpres Oebobo");

		assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
		assertThat(r.headers().allValues("Set-Cookie")).as("an API call gets no session cookie").isEmpty();
		assertThat(jdbc.sql("select count(*) from akun.sesi").query(Long.class).single()).as("session rows").isEqualTo(sesi);
		assertThat(dari("http-")).as("statements on the request thread").isEmpty();
		// numbers, report and its history, the Open311 row, the staff-notification event publication
		assertThat(dari("pengaduan-penulis")).as("statements of the group commit").hasSizeLessThanOrEqualTo(4);
	}

	@Test
	void concurrentFilingsShareCommitsAndEachCommitWritesFourStatements() throws Exception {
		assertThat(ajukan("Jalan berlubang, pemanasan").statusCode()).isEqualTo(200);
		int klien = 32;
		ExecutorService pool = Executors.newFixedThreadPool(klien);
		CountDownLatch mulai = new CountDownLatch(1);
		PERNYATAAN.clear();
		COMMIT.clear();
		List<Future<Integer>> status = new ArrayList<>();
		for (int i = 0; i < klien; i++) {
			int ke = i;
			status.add(pool.submit(() -> {
				mulai.await();
				return ajukan("Jalan berlubang serentak " + ke).statusCode();
			}));
		}
		mulai.countDown();
		for (Future<Integer> s : status) {
			assertThat(s.get()).isEqualTo(200);
		}
		pool.shutdown();
		long commit = COMMIT.stream().filter(u -> u.startsWith("pengaduan-penulis")).count();
		assertThat(commit).as("group commits for %d filings", klien).isBetween(1L, (long) klien - 1);
		assertThat(dari("pengaduan-penulis")).as("statements of %d group commits", commit).hasSizeLessThanOrEqualTo((int) (4 * commit));
		assertThat(dari("http-")).as("statements on the request threads").isEmpty();
	}

	@Autowired
	@org.springframework.beans.factory.annotation.Qualifier("requestMappingHandlerMapping")
	org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping pemetaan;

	/** Spring MVC finds a literal path with a map lookup; a pattern only by trying every mapping of the application. */
	@Test
	void theOpen311FilingAddressIsFoundByMapLookup() {
		assertThat(pemetaan.getHandlerMethods().entrySet().stream()
			.filter(e -> e.getValue().getMethod().getDeclaringClass().getSimpleName().equals("Open311Controller")
					&& e.getValue().getMethod().getName().equals("ajukan"))
			.flatMap(e -> e.getKey().getDirectPaths().stream()))
			.contains("/open311/v2/requests.json", "/open311/v2/requests.xml");
	}

	@Test
	void aGroupsStaffNotificationsLookRecipientsUpOnce() {
		List<Pemberitahu.UntukStaf> isi = new ArrayList<>();
		for (int i = 0; i < 10; i++) {
			isi.add(new Pemberitahu.UntukStaf(layanan.ajukan(new LaporanBaru("sampah", "Sampah menumpuk, kelompok " + i, null, null,
					DataUjiPengaduan.kelurahan(wilayah, 2).kode(), null, null, null, null, true, false, java.util.Map.of(), List.of(), "web"))
				.nomor(), "notif.ditugaskan", "petugas", 0));
		}
		// the listener itself, on this thread (the bean's proxy would run it on the event executor)
		Pemberitahu pemberitahu = new Pemberitahu(notifikasi, akun, urlDasar, repo, events);
		PERNYATAAN.clear();
		tx.executeWithoutResult(s -> pemberitahu.antreUntukStafKelompok(new Pemberitahu.UntukStafKelompok(isi)));
		List<Pernyataan> baca = dari(Thread.currentThread().getName()).stream()
			.filter(p -> p.sql().strip().toLowerCase(java.util.Locale.ROOT).startsWith("select"))
			.toList();
		// the ten reports at once; the team's members, the agency's admins, the dispatchers, each with the agencies
		assertThat(baca).as("reads for 10 notifications to one team").hasSizeLessThanOrEqualTo(7);
	}
}
