package id.kotacerdas;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.config.ScheduledTaskHolder;

import id.kotacerdas.akun.KunciApi;
import id.kotacerdas.akun.internal.StafUji;
import id.kotacerdas.armada.pelacakan.ServerOsmAnd;
import id.kotacerdas.kalender.KalenderKerja;
import id.kotacerdas.wilayah.Wilayah;
import id.kotacerdas.pengaduan.LaporanBaru;
import id.kotacerdas.pengaduan.LayananPengaduan;
import id.kotacerdas.pengaduan.TandaTerima;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Two instances of the application in one JVM, started at the same moment against one PostgreSQL,
 * each with its own HTTP and tracker port, as behind a load balancer: what a person or a tracker
 * does on A holds on B.
 */
class DuaInstansTests {

	static final String ADMIN = "admin";

	static final String SANDI = "rahasia-uji-123";

	static EmbeddedPostgres postgres;

	static ConfigurableApplicationContext a;

	static ConfigurableApplicationContext b;

	final HttpClient http = HttpClient.newHttpClient();

	@BeforeAll
	static void mulai() throws Exception {
		postgres = EmbeddedPostgres.builder().start();
		String url = postgres.getJdbcUrl("postgres", "postgres");
		ExecutorService dua = Executors.newFixedThreadPool(2);
		try {
			// both at once: migrations and start-up seeding must not trip over each other
			Future<ConfigurableApplicationContext> mulaiA = dua.submit(() -> instans(url));
			Future<ConfigurableApplicationContext> mulaiB = dua.submit(() -> instans(url));
			a = mulaiA.get(8, TimeUnit.MINUTES);
			b = mulaiB.get(8, TimeUnit.MINUTES);
		}
		finally {
			dua.shutdown();
		}
	}

	private static ConfigurableApplicationContext instans(String url) {
		return SpringApplication.run(KotaCerdasApplication.class, "--spring.datasource.url=" + url, "--spring.datasource.username=postgres",
				"--spring.datasource.password=", "--server.port=0", "--kc.armada.osmand-port=0", "--spring.jmx.enabled=false");
	}

	@AfterAll
	static void selesai() throws IOException {
		if (a != null) {
			a.close();
		}
		if (b != null) {
			b.close();
		}
		postgres.close();
	}

	@Test
	void startingTogetherSeedsTheDatabaseOnceAndMigratesItOnce() {
		JdbcClient jdbc = a.getBean(JdbcClient.class);
		assertThat(jdbc.sql("select count(*) from akun.pengguna where username = 'admin'").query(Integer.class).single()).isEqualTo(1);
		// Kupang's 40 agencies once: the second instance found them and loaded nothing
		assertThat(jdbc.sql("select count(*) from opd.opd").query(Integer.class).single()).isEqualTo(40);
		assertThat(jdbc.sql("select count(*) from flyway_schema_history where not success").query(Integer.class).single()).isZero();
	}

	@Test
	void aSignInOnOneInstanceHoldsOnTheOther() {
		Pengunjung pengunjung = new Pengunjung(asal(a));
		pengunjung.masuk(ADMIN, SANDI);
		// the same host, another instance: the browser sends the same session cookie
		Pengunjung.Respons diB = pengunjung.ambil(asal(b) + "/staf");
		assertThat(diB.status()).isEqualTo(200);
		assertThat(diB.lokasi()).isNull();
	}

	@Test
	void aPositionReceivedByOnesTrackerPortAppearsInTheOthersLiveMapWithinASecond() throws Exception {
		String tracker = "dua-instans-1";
		String nomorPolisi = "DH 1927 DI";
		long opdId = a.getBean(JdbcClient.class).sql("select id from opd.opd order by id limit 1").query(Long.class).single();
		HttpResponse<String> daftar = http.send(HttpRequest.newBuilder(URI.create(asal(a) + "/api/armada/kendaraan"))
			.header("Authorization", basic())
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString("""
					{"nomorPolisi":"%s","trackerId":"%s","opdId":%d,"jenisBbm":"PERTALITE","kapasitasTangki":45,
					 "normaKmPerLiter":10,"kuotaLiterBulanan":200,"kuotaRupiahBulanan":2000000,"merek":"Toyota","tipe":"Hilux"}"""
				.formatted(nomorPolisi, tracker, opdId)))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(daftar.statusCode()).as(daftar.body()).isEqualTo(201);

		Pengunjung diB = new Pengunjung(asal(b));
		diB.masuk(ADMIN, SANDI);
		HttpResponse<Stream<String>> aliran = diB.kirim(HttpRequest.newBuilder(URI.create(asal(b) + "/staf/armada/peta/aliran"))
			.header("Accept", "text/event-stream").GET(), HttpResponse.BodyHandlers.ofLines());
		assertThat(aliran.statusCode()).isEqualTo(200);
		BlockingQueue<String> baris = new LinkedBlockingQueue<>();
		Thread pembaca = new Thread(() -> aliran.body().forEach(baris::add), "pembaca-aliran");
		pembaca.setDaemon(true);
		pembaca.start();
		assertThat(baris.poll(5, TimeUnit.SECONDS)).contains("tersambung");

		long mulai = System.nanoTime();
		HttpResponse<String> posisi = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + a.getBean(ServerOsmAnd.class).port()
				+ "/?id=" + tracker + "&timestamp=" + Instant.now().getEpochSecond() + "&lat=-10.1650&lon=123.6010&speed=12")).GET().build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(posisi.statusCode()).isEqualTo(200);
		String data = null;
		while (data == null) {
			String satu = baris.poll(10, TimeUnit.SECONDS);
			assertThat(satu).as("the position on B's live map").isNotNull();
			if (satu.startsWith("data:") && satu.contains(nomorPolisi)) {
				data = satu;
			}
		}
		long ms = (System.nanoTime() - mulai) / 1_000_000;
		aliran.body().close();
		assertThat(data).contains("-10.165").contains("123.601");
		assertThat(ms).as("ms from A's answer to the tracker until B's map has the position").isLessThan(1000);
	}

	@Test
	void anApiKeyRevokedOnOneInstanceIsRefusedByTheOtherWithinASecond() throws Exception {
		ObjectMapper json = a.getBean(ObjectMapper.class);
		HttpResponse<String> buat = http.send(HttpRequest.newBuilder(URI.create(asal(a) + "/api/admin/api-keys"))
			.header("Authorization", basic()).header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString("{\"nama\":\"Aplikasi Kupang Lapor (dua instans)\",\"scopes\":[\"open311\"]}")).build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(buat.statusCode()).as(buat.body()).isEqualTo(201);
		JsonNode kunci = json.readTree(buat.body());
		KunciApi diB = b.getBean(KunciApi.class);
		assertThat(diB.periksa(kunci.path("kunci").asString(), "open311")).isPresent();

		HttpResponse<String> cabut = http.send(HttpRequest.newBuilder(URI.create(asal(a) + "/api/admin/api-keys/" + kunci.path("id").asLong()))
			.header("Authorization", basic()).DELETE().build(), HttpResponse.BodyHandlers.ofString());
		assertThat(cabut.statusCode()).isEqualTo(204);
		long mulai = System.nanoTime();
		while (diB.periksa(kunci.path("kunci").asString(), "open311").isPresent()) {
			assertThat(System.nanoTime() - mulai).as("refused by B within 1 s").isLessThan(TimeUnit.SECONDS.toNanos(1));
			Thread.sleep(20);
		}
	}

	@Test
	void aHolidayAddedOnOneInstanceCountsOnTheOtherAtOnce() throws Exception {
		KalenderKerja kalenderB = b.getBean(KalenderKerja.class);
		java.time.LocalDate hari = java.time.LocalDate.of(2031, 3, 12); // a Wednesday
		assertThat(kalenderB.hariKerja(hari)).isTrue();
		Pengunjung admin = new Pengunjung(asal(a));
		admin.masuk(ADMIN, SANDI);
		org.jsoup.nodes.Document halaman = org.jsoup.Jsoup.parse(admin.ambil("/admin/kalender/libur").teks(), asal(a) + "/admin/kalender/libur");
		org.jsoup.nodes.Element form = halaman.selectFirst("form:has(input[name=tanggal])");
		assertThat(form).as("the holiday form").isNotNull();
		var isian = Pengunjung.isianForm(form);
		isian.put("tanggal", hari.toString());
		isian.put("nama", "Cuti bersama uji dua instans");
		HttpResponse<String> simpan = admin.kirim(HttpRequest.newBuilder(URI.create(form.absUrl("action")))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(Pengunjung.kueri(isian))), HttpResponse.BodyHandlers.ofString());
		assertThat(simpan.statusCode()).as(simpan.body()).isIn(200, 302, 303);
		long mulai = System.nanoTime();
		while (kalenderB.hariKerja(hari)) {
			// B's periodic reload is a minute away: only the message can make this in time
			assertThat(System.nanoTime() - mulai).as("the holiday known on B within 1 s").isLessThan(TimeUnit.SECONDS.toNanos(1));
			Thread.sleep(20);
		}
	}

	@Test
	void aDueEscalationRunsOnceWhenBothInstancesRunTheJobAtTheSameMoment() throws Exception {
		ObjectMapper json = a.getBean(ObjectMapper.class);
		String kelurahan = a.getBean(Wilayah.class).kelurahan().get(5).kode();
		List<String> nomor = new ArrayList<>();
		for (int i = 0; i < 3; i++) {
			HttpResponse<String> ajukan = http.send(HttpRequest.newBuilder(URI.create(asal(a) + "/api/pengaduan"))
				.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString("""
						{"kategori": "sampah", "deskripsi": "Sampah di saluran Jalan Timor Raya belum diangkut (%d)", "kelurahan": "%s"}"""
					.formatted(i, kelurahan))).build(), HttpResponse.BodyHandlers.ofString());
			assertThat(ajukan.statusCode()).as(ajukan.body()).isEqualTo(201);
			nomor.add(json.readTree(ajukan.body()).path("nomor").asString());
		}
		JdbcClient jdbc = a.getBean(JdbcClient.class);
		// both deadlines missed by two days: each report is due for levels 1 and 2 on both tracks
		jdbc.sql("""
				update pengaduan.pengaduan set tenggat_selesai = now() - interval '2 days', tenggat_respons = now() - interval '2 days'
				where nomor in (:nomor)""").param("nomor", nomor).update();

		Runnable slaA = tugasTerjadwal(a, "PenjadwalSla.jalankan");
		Runnable slaB = tugasTerjadwal(b, "PenjadwalSla.jalankan");
		CyclicBarrier serentak = new CyclicBarrier(2);
		ExecutorService dua = Executors.newFixedThreadPool(2);
		try {
			Future<?> diA = dua.submit(() -> {
				serentak.await();
				slaA.run();
				return null;
			});
			Future<?> diB = dua.submit(() -> {
				serentak.await();
				slaB.run();
				return null;
			});
			// a run that tripped over the other's update would throw (a version conflict) and roll back its batch
			diA.get(1, TimeUnit.MINUTES);
			diB.get(1, TimeUnit.MINUTES);
		}
		finally {
			dua.shutdown();
		}
		List<String> riwayat = jdbc.sql("""
				select p.nomor || ' ' || r.jenis || ' ' || r.teks from pengaduan.riwayat r join pengaduan.pengaduan p on p.id = r.pengaduan_id
				where p.nomor in (:nomor) and r.jenis in ('ESKALASI', 'ESKALASI_RESPONS') order by 1""").param("nomor", nomor)
			.query(String.class).list();
		List<String> sekali = nomor.stream().sorted()
			.flatMap(n -> Stream.of(n + " ESKALASI 1", n + " ESKALASI 2", n + " ESKALASI_RESPONS 1", n + " ESKALASI_RESPONS 2"))
			.toList();
		assertThat(riwayat).as("each level of each track once").isEqualTo(sekali);
		assertThat(jdbc.sql("select count(*) from pengaduan.pengaduan where nomor in (:nomor) and tingkat_eskalasi = 2 and eskalasi_respons = 2")
			.param("nomor", nomor).query(Integer.class).single()).isEqualTo(nomor.size());
	}

	@Test
	void aStaffAccountDeactivatedOnOneInstanceLosesItsSessionOnTheOther() throws Exception {
		String username = a.getBean(StafUji.class).adminKominfo();
		Pengunjung diB = new Pengunjung(asal(b));
		diB.masuk(username, StafUji.SANDI);
		assertThat(diB.ambil(asal(b) + "/staf").status()).isEqualTo(200);

		long id = a.getBean(JdbcClient.class).sql("select id from akun.pengguna where username = ?").param(username).query(Long.class).single();
		HttpResponse<String> nonaktif = http.send(HttpRequest.newBuilder(URI.create(asal(a) + "/admin/akun/pengguna/" + id))
			.header("Authorization", basic()).header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(Pengunjung.kueri(Map.of("nama", "Uji " + username, "peran", "ADMIN_KOMINFO",
					"aktif", "false")))).build(), HttpResponse.BodyHandlers.ofString());
		assertThat(nonaktif.statusCode()).as(nonaktif.body()).isEqualTo(302);

		// the very next request on B, with the session B itself created
		Pengunjung.Respons sesudah = diB.ambil(asal(b) + "/staf");
		assertThat(sesudah.status()).isEqualTo(302);
		assertThat(sesudah.lokasi()).endsWith("/masuk");
	}

	@Test
	void everyInstanceHasItsOwnTrackerPortAndStoresWhatItReceives() throws Exception {
		int portA = a.getBean(ServerOsmAnd.class).port();
		int portB = b.getBean(ServerOsmAnd.class).port();
		assertThat(portA).isPositive();
		assertThat(portB).isPositive().isNotEqualTo(portA);
		String tracker = "dua-instans-b";
		long opdId = a.getBean(JdbcClient.class).sql("select id from opd.opd order by id limit 1").query(Long.class).single();
		HttpResponse<String> daftar = http.send(HttpRequest.newBuilder(URI.create(asal(a) + "/api/armada/kendaraan"))
			.header("Authorization", basic()).header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString("""
					{"nomorPolisi":"DH 1931 DI","trackerId":"%s","opdId":%d,"jenisBbm":"SOLAR","kapasitasTangki":60,
					 "normaKmPerLiter":8,"kuotaLiterBulanan":250,"kuotaRupiahBulanan":2500000,"merek":"Isuzu","tipe":"Elf"}"""
				.formatted(tracker, opdId)))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(daftar.statusCode()).as(daftar.body()).isEqualTo(201);

		// registered through A, reporting to B's port: B knows the tracker and answers only after the commit
		HttpResponse<String> posisi = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + portB + "/?id=" + tracker
				+ "&timestamp=" + Instant.now().getEpochSecond() + "&lat=-10.1772&lon=123.6070&speed=20")).GET().build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(posisi.statusCode()).isEqualTo(200);
		assertThat(a.getBean(JdbcClient.class).sql("""
				select count(*) from armada.posisi p join armada.kendaraan k on k.id = p.kendaraan_id where k.tracker_id = ?""")
			.param(tracker).query(Integer.class).single()).isEqualTo(1);
	}

	/** The scheduled job as the instance's scheduler runs it, found by its method. */
	private static Runnable tugasTerjadwal(ConfigurableApplicationContext instans, String metode) {
		return instans.getBeansOfType(ScheduledTaskHolder.class).values().stream()
			.flatMap(pemegang -> pemegang.getScheduledTasks().stream())
			.map(tugas -> tugas.getTask().getRunnable())
			.filter(r -> r.toString().endsWith(metode))
			.findFirst().orElseThrow(() -> new AssertionError("no scheduled " + metode));
	}

	@Test
	void aCategoryChangeOnOneInstanceRoutesTheNextFilingOnTheOther() throws Exception {
		JdbcClient jdbc = a.getBean(JdbcClient.class);
		long dishub = jdbc.sql("select id from opd.opd where lower(singkatan) = 'dishub'").query(Long.class).single();
		long dlhk = jdbc.sql("select id from opd.opd where lower(singkatan) = 'dlhk'").query(Long.class).single();
		Pengunjung admin = new Pengunjung(asal(a));
		admin.masuk(ADMIN, SANDI);
		simpanKategori(admin, "uji-dua-instans", dishub);
		// B files one: the new category is now in B's memory, with Dishub
		LayananPengaduan diB = b.getBean(LayananPengaduan.class);
		assertThat(opdDanTim(jdbc, diB.ajukan(laporan("Rambu roboh di Jalan El Tari (sebelum)")))).containsExactly(dishub,
				timUtama(jdbc, dishub));

		// A hands the category to DLHK; the very next filing on B goes there, with DLHK's default team
		simpanKategori(admin, "uji-dua-instans", dlhk);
		assertThat(opdDanTim(jdbc, diB.ajukan(laporan("Rambu roboh di Jalan El Tari (sesudah)")))).containsExactly(dlhk,
				timUtama(jdbc, dlhk));
	}

	/** The admin form of a category on {@code instans}: saved with the agency {@code opdId}, active, 3 working days. */
	private static void simpanKategori(Pengunjung admin, String kode, long opdId) {
		String jalur = "/admin/pengaduan/kategori/baru";
		org.jsoup.nodes.Document halaman = org.jsoup.Jsoup.parse(admin.ambil(jalur).teks(), admin.asal() + jalur);
		org.jsoup.nodes.Element form = halaman.selectFirst("form:has(input[name=kode])");
		assertThat(form).as("the category form").isNotNull();
		var isian = Pengunjung.isianForm(form);
		isian.put("kode", kode);
		isian.put("nama", "Uji dua instans");
		isian.put("opdId", String.valueOf(opdId));
		isian.put("slaHariKerja", "3");
		isian.put("aktif", "true");
		HttpResponse<String> simpan = admin.kirim(HttpRequest.newBuilder(URI.create(form.absUrl("action")))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(Pengunjung.kueri(isian))), HttpResponse.BodyHandlers.ofString());
		assertThat(simpan.statusCode()).as(simpan.body()).isIn(302, 303);
	}

	private static LaporanBaru laporan(String deskripsi) {
		String kelurahan = b.getBean(id.kotacerdas.wilayah.Wilayah.class).kelurahan().get(0).kode();
		return new LaporanBaru("uji-dua-instans", deskripsi, null, null, kelurahan, null, null, null, null, true, false,
				java.util.Map.of(), java.util.List.of(), "web");
	}

	private static java.util.List<Long> opdDanTim(JdbcClient jdbc, TandaTerima t) {
		return jdbc.sql("select opd_id, tim_id from pengaduan.pengaduan where nomor = ?").param(t.nomor())
			.query((rs, i) -> java.util.List.of(rs.getLong(1), rs.getLong(2))).single();
	}

	private static long timUtama(JdbcClient jdbc, long opdId) {
		return jdbc.sql("select id from akun.tim where opd_id = ? and utama").param(opdId).query(Long.class).single();
	}

	private static String asal(ConfigurableApplicationContext instans) {
		return "http://localhost:" + instans.getEnvironment().getProperty("local.server.port");
	}

	private static String basic() {
		return "Basic " + Base64.getEncoder().encodeToString((ADMIN + ":" + SANDI).getBytes(StandardCharsets.UTF_8));
	}
}
