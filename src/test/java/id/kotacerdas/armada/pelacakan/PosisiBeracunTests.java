package id.kotacerdas.armada.pelacakan;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import id.kotacerdas.IntegrationTest;
import id.kotacerdas.opd.DaftarOpd;
import tools.jackson.databind.ObjectMapper;

/**
 * One tracker's bad fix must not cost the others theirs. The writer is held on a table lock while
 * honest and poisoned fixes queue up, so they are written as one batch, as under real load.
 */
@IntegrationTest
class PosisiBeracunTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ObjectMapper json;

	@Autowired
	DaftarOpd opd;

	@Autowired
	ServerOsmAnd server;

	@Autowired
	PenulisPosisi penulis;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DataSource dataSource;

	private final HttpClient http = HttpClient.newHttpClient();

	private String tracker(String awalan) throws Exception {
		String tracker = awalan + "-" + System.nanoTime();
		PosisiOsmAndTests.daftarkan(mvc, json, opd.semua().get(0).id(), "DH " + (int) (System.nanoTime() % 9000 + 1000) + " RC", tracker);
		return tracker;
	}

	private long kendaraan(String tracker) {
		return jdbc.sql("SELECT id FROM armada.kendaraan WHERE tracker_id = ?").param(tracker).query(Long.class).single();
	}

	private CompletableFuture<HttpResponse<String>> kirim(String query) {
		return http.sendAsync(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/?" + query)).GET().build(),
				HttpResponse.BodyHandlers.ofString());
	}

	private CompletableFuture<HttpResponse<String>> kirimJson(String isi) {
		return http.sendAsync(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/"))
			.header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(isi)).build(),
				HttpResponse.BodyHandlers.ofString());
	}

	/** Holds every write to the position table until closed; the writer's next batch waits on it. */
	private Connection kunciTabelPosisi() throws Exception {
		Connection c = dataSource.getConnection();
		c.setAutoCommit(false);
		try (var s = c.createStatement()) {
			s.execute("LOCK TABLE armada.posisi IN SHARE MODE");
		}
		return c;
	}

	private static void tunggu(BooleanSupplier syarat) throws InterruptedException {
		long batas = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
		while (!syarat.getAsBoolean()) {
			assertThat(System.nanoTime()).as("waited too long").isLessThan(batas);
			Thread.sleep(20);
		}
	}

	private boolean penulisMenungguKunci() {
		return jdbc.sql("SELECT count(*) FROM pg_locks WHERE NOT granted AND relation = 'armada.posisi'::regclass")
			.query(Long.class).single() > 0;
	}

	@Test
	void poisonedFixesAmongHonestOnesCostTheHonestNothing() throws Exception {
		Random acak = new Random(4);
		List<String> jujur = new ArrayList<>();
		for (int i = 0; i < 12; i++) {
			jujur.add(tracker("jujur"));
		}
		String peracun = tracker("racun");
		long t = Instant.now().getEpochSecond() - 3_600;
		Map<String, CompletableFuture<HttpResponse<String>>> jawaban = new LinkedHashMap<>();
		try (Connection kunci = kunciTabelPosisi()) {
			jawaban.put("pembuka", kirim("id=" + jujur.get(0) + "&timestamp=" + t + "&lat=-10.17&lon=123.6"));
			tunggu(this::penulisMenungguKunci);
			for (int i = 1; i <= 20; i++) {
				String tr = jujur.get(acak.nextInt(jujur.size()));
				jawaban.put("jujur-" + i, kirim("id=" + tr + "&timestamp=" + (t + i) + "&lat=" + (-10.17 + acak.nextDouble() / 100)
						+ "&lon=" + (123.6 + acak.nextDouble() / 100) + "&speed=" + acak.nextInt(40) + "&batt=" + acak.nextInt(100)));
				switch (i) {
					case 4 -> jawaban.put("nul-atribut", kirim("id=" + peracun + "&timestamp=" + (t + 1) + "&lat=-10.17&lon=123.6&driver=Mark%00us"));
					case 8 -> jawaban.put("kecepatan-1e39", kirim("id=" + peracun + "&timestamp=" + (t + 2) + "&lat=-10.17&lon=123.6&speed=1e39"));
					case 12 -> jawaban.put("json-nul", kirimJson("""
							{"device_id":"%s","location":{"timestamp":"%s","coords":{"latitude":-10.17,"longitude":123.6,"speed":1e39,
							 "heading":-1e-50,"altitude":1e300},"extras":{"a\\u0000b":"x\\u0000y\\ud800","n":1e400}}}"""
						.formatted(peracun, Instant.ofEpochSecond(t + 3))));
					case 16 -> jawaban.put("waktu-purba", kirim("id=" + peracun + "&timestamp=-99999-01-01T00:00:00Z&lat=-10.17&lon=123.6"));
					default -> {
					}
				}
			}
			jawaban.put("nul-id", kirim("id=" + peracun + "%00&lat=-10.17&lon=123.6"));
			// everything but the refused id waits in the queue for one batch
			tunggu(() -> penulis.antrean() == jawaban.size() - 2);
			kunci.rollback();
		}
		Map<String, Integer> status = new LinkedHashMap<>();
		for (var e : jawaban.entrySet()) {
			status.put(e.getKey(), e.getValue().get(30, TimeUnit.SECONDS).statusCode());
		}
		status.forEach((k, v) -> {
			if (!k.equals("nul-id")) {
				assertThat(v).as(k + " in " + status).isEqualTo(200);
			}
		});
		assertThat(status.get("nul-id")).as("a NUL in the id is the client's fault").isEqualTo(400);

		long tersimpan = jujur.stream().mapToLong(tr -> jdbc.sql("SELECT count(*) FROM armada.posisi WHERE kendaraan_id = ?")
			.param(kendaraan(tr)).query(Long.class).single()).sum();
		assertThat(tersimpan).isEqualTo(21);
		// the poisoned fixes were stored without what could not be stored
		var racun = jdbc.sql("SELECT kecepatan_knot, arah, ketinggian, atribut::text FROM armada.posisi WHERE kendaraan_id = ? ORDER BY waktu")
			.param(kendaraan(peracun))
			.query((rs, n) -> rs.getObject(1) + "|" + rs.getObject(2) + "|" + rs.getObject(3) + "|" + rs.getString(4))
			.list();
		assertThat(racun).hasSize(4);
		assertThat(racun.get(0)).endsWith("{\"driver\": \"Markus\"}");
		assertThat(racun.get(1)).startsWith("null|");
		assertThat(racun.get(2)).isEqualTo("null|0.0|null|{\"ab\": \"xy\"}");
		assertThat(racun.get(3)).contains("waktuPerangkat");
	}

	@Test
	void aValueTheDatabaseRefusesCostsOnlyItsOwnFix() throws Exception {
		List<Long> kendaraan = new ArrayList<>();
		for (int i = 0; i < 5; i++) {
			kendaraan.add(kendaraan(tracker("tulis")));
		}
		Instant t = Instant.now().minusSeconds(7_200);
		List<CompletableFuture<Posisi>> jujur = new ArrayList<>();
		List<CompletableFuture<Posisi>> beracun = new ArrayList<>();
		try (Connection kunci = kunciTabelPosisi()) {
			jujur.add(penulis.kirim(kendaraan.get(0), masuk(t, null, Map.of())));
			tunggu(this::penulisMenungguKunci);
			for (int i = 1; i <= 30; i++) {
				jujur.add(penulis.kirim(kendaraan.get(i % 5), masuk(t.plusSeconds(i), 12.5, Map.of("batt", 80L))));
				// what validation would have stopped, as if a new field slipped past it
				if (i == 10) {
					beracun.add(penulis.kirim(kendaraan.get(1), masuk(t.plusSeconds(i).plusMillis(1), 1e39, Map.of())));
				}
				if (i == 20) {
					beracun.add(penulis.kirim(kendaraan.get(2), masuk(t.plusSeconds(i).plusMillis(1), null, Map.of("catatan", "a\u0000b"))));
				}
			}
			tunggu(() -> penulis.antrean() == 32);
			kunci.rollback();
		}
		for (var f : jujur) {
			assertThat(f.get(30, TimeUnit.SECONDS)).isNotNull();
		}
		for (var f : beracun) {
			assertThat(f).failsWithin(30, TimeUnit.SECONDS).withThrowableOfType(ExecutionException.class)
				.havingCause().isInstanceOf(OsmAndDitolak.class)
				.satisfies(ex -> assertThat(((OsmAndDitolak) ex).status()).isEqualTo(400));
		}
		long tersimpan = jdbc.sql("SELECT count(*) FROM armada.posisi WHERE kendaraan_id IN (:id)").param("id", kendaraan)
			.query(Long.class).single();
		assertThat(tersimpan).isEqualTo(31);
	}

	private static PosisiMasuk masuk(Instant waktu, Double kecepatan, Map<String, Object> atribut) {
		return new PosisiMasuk("tidak-dipakai", waktu, -10.17, 123.6, kecepatan, null, null, 5.0, true, atribut, false);
	}
}
