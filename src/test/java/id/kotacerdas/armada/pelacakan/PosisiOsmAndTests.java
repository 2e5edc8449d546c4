package id.kotacerdas.armada.pelacakan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import id.kotacerdas.IntegrationTest;
import id.kotacerdas.akun.internal.StafUji;
import id.kotacerdas.opd.DaftarOpd;
import tools.jackson.databind.ObjectMapper;

/** The tracker port end to end: real HTTP in, rows in PostgreSQL, the REST API out. */
@IntegrationTest
public class PosisiOsmAndTests {

	public static final String ADMIN = "admin";

	public static final String SANDI = "rahasia-uji-123";

	private static final AtomicInteger NOMOR = new AtomicInteger(100);

	@Autowired
	MockMvc mvc;

	@Autowired
	ServerOsmAnd server;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DaftarOpd opd;

	@Autowired
	ObjectMapper json;

	@Autowired
	StafUji staf;

	private final HttpClient http = HttpClient.newHttpClient();

	/** Registers a vehicle through the API and returns its id. */
	public static long daftarkan(MockMvc mvc, ObjectMapper json, long opdId, String nomorPolisi, String tracker) throws Exception {
		String isi = """
				{"nomorPolisi":"%s","trackerId":"%s","opdId":%d,"jenisBbm":"PERTALITE","kapasitasTangki":45,
				 "normaKmPerLiter":10,"kuotaLiterBulanan":200,"kuotaRupiahBulanan":2000000,"merek":"Toyota","tipe":"Avanza"}"""
			.formatted(nomorPolisi, tracker, opdId);
		String jawab = mvc.perform(post("/api/armada/kendaraan").with(httpBasic(ADMIN, SANDI)).with(csrf())
			.contentType(MediaType.APPLICATION_JSON).content(isi))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.id").isNumber())
			.andReturn().getResponse().getContentAsString();
		return json.readTree(jawab).get("id").asLong();
	}

	private String trackerBaru() throws Exception {
		int n = NOMOR.incrementAndGet();
		String tracker = "uji-" + n;
		daftarkan(mvc, json, opd.semua().get(0).id(), "DH " + n + " UJ", tracker);
		return tracker;
	}

	private long kendaraan(String tracker) {
		return jdbc.sql("SELECT id FROM armada.kendaraan WHERE tracker_id = ?").param(tracker).query(Long.class).single();
	}

	private HttpResponse<String> kirimGet(String query) throws Exception {
		return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/?" + query)).GET().build(),
				HttpResponse.BodyHandlers.ofString());
	}

	private HttpResponse<String> kirimPost(String contentType, String isi) throws Exception {
		return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/"))
			.header("Content-Type", contentType)
			.POST(HttpRequest.BodyPublishers.ofString(isi))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	private long jumlah(long kendaraanId) {
		return jdbc.sql("SELECT count(*) FROM armada.posisi WHERE kendaraan_id = ?").param(kendaraanId).query(Long.class).single();
	}

	@Test
	void aPositionIsInTheDatabaseWhenThe200Arrives() throws Exception {
		String tracker = trackerBaru();
		long id = kendaraan(tracker);
		long t = Instant.now().getEpochSecond() - 60;
		var jawab = kirimGet("id=" + tracker + "&timestamp=" + t + "&lat=-10.1772&lon=123.6070&speed=21.6&bearing=45&batt=89&fuel=39.5");
		assertThat(jawab.statusCode()).isEqualTo(200);
		// no waiting: the answer came after the commit
		var baris = jdbc.sql("SELECT lat, lon, kecepatan_knot, atribut->>'fuel' AS fuel FROM armada.posisi WHERE kendaraan_id = ?")
			.param(id)
			.query((rs, n) -> rs.getDouble("lat") + "," + rs.getDouble("lon") + "," + rs.getFloat("kecepatan_knot") + "," + rs.getString("fuel"))
			.single();
		assertThat(baris).isEqualTo("-10.1772,123.607,21.6,39.5");

		mvc.perform(get("/api/armada/posisi").with(httpBasic(ADMIN, SANDI)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[?(@.trackerId == '" + tracker + "')].lat").value(-10.1772))
			// 21.6 knots = 40.0 km/h
			.andExpect(jsonPath("$[?(@.trackerId == '" + tracker + "')].kecepatan").value(40.0))
			.andExpect(jsonPath("$[?(@.trackerId == '" + tracker + "')].kendaraanId").value((int) id));
	}

	@Test
	void formPostAndJsonAreStoredToo() throws Exception {
		String tracker = trackerBaru();
		long id = kendaraan(tracker);
		assertThat(kirimPost("application/x-www-form-urlencoded",
				"deviceid=" + tracker + "&timestamp=2026-01-01%2008%3A00%3A00&location=-10.158,123.59").statusCode()).isEqualTo(200);
		assertThat(kirimPost("application/json", """
				{"device_id":"%s","location":{"timestamp":"2026-01-01T00:05:00.000Z",
				 "coords":{"latitude":-10.159,"longitude":123.59,"speed":8.3},"odometer":15000}}""".formatted(tracker)).statusCode())
			.isEqualTo(200);
		assertThat(jumlah(id)).isEqualTo(2);

		mvc.perform(get("/api/armada/kendaraan/{id}/posisi", id).param("dari", "2026-01-01T00:00:00+08:00")
			.param("sampai", "2026-01-01T09:00:00+08:00")
			.with(httpBasic(ADMIN, SANDI)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.total").value(2))
			.andExpect(jsonPath("$.posisi[0].waktu").value("2026-01-01T08:00:00+08:00"))
			.andExpect(jsonPath("$.posisi[1].lat").value(-10.159))
			.andExpect(jsonPath("$.posisi[1].atribut.odometer").value(15000.0));
	}

	@Test
	void unknownAndMalformedStoreNothing() throws Exception {
		String tracker = trackerBaru();
		long id = kendaraan(tracker);
		assertThat(kirimGet("id=tidak-terdaftar&lat=-10.1&lon=123.6").statusCode()).isEqualTo(400);
		assertThat(kirimPost("application/x-www-form-urlencoded", "id=tidak-terdaftar&lat=-10.1&lon=123.6").statusCode()).isEqualTo(400);
		assertThat(kirimPost("application/json", "{\"device_id\":\"tidak-terdaftar\",\"location\":{\"coords\":{\"latitude\":-10.1,\"longitude\":123.6}}}")
			.statusCode()).isEqualTo(404);
		assertThat(kirimGet("id=" + tracker + "&lat=-100&lon=123.6").statusCode()).isEqualTo(400);
		assertThat(kirimGet("id=" + tracker + "&lat=-10.1&lon=123.6&timestamp=kemarin").statusCode()).isEqualTo(400);
		assertThat(kirimPost("application/json", "{\"device_id\":").statusCode()).isEqualTo(400);
		// no location and none known before
		assertThat(kirimGet("id=" + tracker + "&batt=50").statusCode()).isEqualTo(400);
		assertThat(jumlah(id)).isZero();
	}

	@Test
	void duplicatesOutOfOrderAndFutureFixes() throws Exception {
		String tracker = trackerBaru();
		long id = kendaraan(tracker);
		long t = Instant.now().getEpochSecond() - 600;
		assertThat(kirimGet("id=" + tracker + "&timestamp=" + t + "&lat=-10.1700&lon=123.6000").statusCode()).isEqualTo(200);
		assertThat(kirimGet("id=" + tracker + "&timestamp=" + (t + 60) + "&lat=-10.1710&lon=123.6000").statusCode()).isEqualTo(200);
		// the same fix again (a tracker re-sending after a lost answer): still 200, stored once
		assertThat(kirimGet("id=" + tracker + "&timestamp=" + (t + 60) + "&lat=-10.1710&lon=123.6000").statusCode()).isEqualTo(200);
		// a late fix from before: stored for the history, not part of the distance, not the latest
		assertThat(kirimGet("id=" + tracker + "&timestamp=" + (t + 30) + "&lat=-10.1705&lon=123.6000").statusCode()).isEqualTo(200);
		assertThat(jumlah(id)).isEqualTo(3);
		var jarakTerlambat = jdbc.sql("SELECT jarak_m FROM armada.posisi WHERE kendaraan_id = ? AND waktu = to_timestamp(?)")
			.params(id, t + 30).query((rs, n) -> rs.getObject(1, Double.class)).list();
		assertThat(jarakTerlambat).hasSize(1).containsNull();
		double jarak = jdbc.sql("SELECT max(jarak_m) FROM armada.posisi WHERE kendaraan_id = ?").param(id).query(Double.class).single();
		assertThat(jarak).isBetween(110.0, 112.5);

		// a clock a day ahead: kept at the receive time, the claim kept as an attribute
		long besok = Instant.now().getEpochSecond() + 86_400;
		Instant sebelum = Instant.now();
		assertThat(kirimGet("id=" + tracker + "&timestamp=" + besok + "&lat=-10.1720&lon=123.6000").statusCode()).isEqualTo(200);
		var waktu = jdbc.sql("SELECT waktu FROM armada.posisi WHERE kendaraan_id = ? AND atribut ->> 'waktuPerangkat' IS NOT NULL")
			.param(id).query(java.sql.Timestamp.class).single().toInstant();
		assertThat(waktu).isBetween(sebelum.minusSeconds(1), Instant.now());

		mvc.perform(get("/api/armada/posisi").with(httpBasic(ADMIN, SANDI)))
			.andExpect(jsonPath("$[?(@.trackerId == '" + tracker + "')].lat").value(-10.1720));
		// a position without location reuses the last one
		assertThat(kirimGet("id=" + tracker + "&batt=50").statusCode()).isEqualTo(200);
		assertThat(jumlah(id)).isEqualTo(5);
	}

	@Test
	void anAgencySeesOnlyItsOwnVehiclesPositions() throws Exception {
		int n = NOMOR.incrementAndGet();
		String tracker = "lingkup-" + n;
		long id = daftarkan(mvc, json, staf.opdId("Dishub"), "DH " + n + " LK", tracker);
		assertThat(kirimGet("id=" + tracker + "&lat=-10.17&lon=123.6").statusCode()).isEqualTo(200);
		String dishub = staf.adminOpd("Dishub");
		String dlhk = staf.adminOpd("DLHK");
		mvc.perform(get("/api/armada/posisi").with(httpBasic(dishub, StafUji.SANDI)))
			.andExpect(jsonPath("$[?(@.trackerId == '" + tracker + "')]").isNotEmpty());
		mvc.perform(get("/api/armada/posisi").with(httpBasic(dlhk, StafUji.SANDI)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[?(@.trackerId == '" + tracker + "')]").isEmpty());
		mvc.perform(get("/api/armada/kendaraan/{id}/posisi", id).param("dari", "2026-01-01").param("sampai", "2026-01-02")
			.with(httpBasic(dlhk, StafUji.SANDI))).andExpect(status().isNotFound());
	}

	@Test
	void tripsAndStopsOfADay() throws Exception {
		String tracker = trackerBaru();
		long id = kendaraan(tracker);
		// 5 January 2026 (WITA): parked 08.00–08.10, driving until 08.15, parked there until 08.25
		for (int m = 0; m <= 25; m++) {
			double lon = m <= 10 ? 123.6000 : m <= 15 ? 123.6000 + 0.009 * (m - 10) : 123.6450;
			String waktu = "2026-01-05%2008:" + String.format("%02d", m) + ":00";
			assertThat(kirimGet("id=" + tracker + "&timestamp=" + waktu + "&lat=-10.17&lon=" + lon).statusCode()).isEqualTo(200);
		}
		mvc.perform(get("/api/armada/kendaraan/{id}/perjalanan", id).param("tanggal", "2026-01-05").with(httpBasic(ADMIN, SANDI)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.length()").value(3))
			.andExpect(jsonPath("$[0].jenis").value("BERHENTI"))
			.andExpect(jsonPath("$[1].jenis").value("BERJALAN"))
			// five steps of 0.009° of longitude ≈ 4.9 km
			.andExpect(jsonPath("$[1].jarakKm").value(4.9))
			.andExpect(jsonPath("$[2].jenis").value("BERHENTI"));
		mvc.perform(get("/staf/armada/kendaraan/{id}/riwayat", id).param("tanggal", "2026-01-05")
			.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user(staf.adminKominfo()).roles("ADMIN_KOMINFO")))
			.andExpect(status().isOk())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content().string(org.hamcrest.Matchers.containsString("4,9 km")))
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content().string(org.hamcrest.Matchers.containsString("08.15–08.25")));
	}

	@Test
	void historyRejectsABadPeriod() throws Exception {
		String tracker = trackerBaru();
		long id = kendaraan(tracker);
		mvc.perform(get("/api/armada/kendaraan/{id}/posisi", id).param("dari", "2026-02-01").param("sampai", "2026-01-01")
			.with(httpBasic(ADMIN, SANDI))).andExpect(status().isBadRequest());
		mvc.perform(get("/api/armada/kendaraan/{id}/posisi", id).param("dari", "kemarin").param("sampai", "2026-01-01")
			.with(httpBasic(ADMIN, SANDI))).andExpect(status().isBadRequest());
		mvc.perform(get("/api/armada/kendaraan/{id}/posisi", 999_999).param("dari", "2026-01-01").param("sampai", "2026-01-02")
			.with(httpBasic(ADMIN, SANDI))).andExpect(status().isNotFound());
	}
}
