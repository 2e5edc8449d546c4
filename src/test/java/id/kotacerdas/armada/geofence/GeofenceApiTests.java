package id.kotacerdas.armada.geofence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import id.kotacerdas.IntegrationTest;
import id.kotacerdas.akun.internal.StafUji;
import id.kotacerdas.armada.pelacakan.DetektorGeofence;
import id.kotacerdas.armada.pelacakan.Posisi;
import id.kotacerdas.armada.pelacakan.PosisiOsmAndTests;
import id.kotacerdas.armada.pelacakan.ServerOsmAnd;
import id.kotacerdas.platform.Waktu;
import tools.jackson.databind.ObjectMapper;

/** The geofence register, enter/exit events and the "not at the station" check against a registered station. */
@IntegrationTest
class GeofenceApiTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	StafUji staf;

	@Autowired
	ObjectMapper json;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DetektorGeofence detektor;

	@Autowired
	ServerOsmAnd server;

	private long buat(String pengguna, String isi) throws Exception {
		String jawab = mvc.perform(post("/api/armada/geofence").with(httpBasic(pengguna, StafUji.SANDI))
			.contentType(MediaType.APPLICATION_JSON).content(isi))
			.andExpect(status().isCreated())
			.andReturn().getResponse().getContentAsString();
		return json.readTree(jawab).get("id").asLong();
	}

	private static String lingkaran(String nama, double lat, double lon, int radius, Long opdId) {
		return """
				{"nama":"%s","jenis":"SPBU","opdId":%s,"lat":%s,"lon":%s,"radiusM":%d}""".formatted(nama, opdId, lat, lon, radius);
	}

	private long kendaraan(String tracker) throws Exception {
		return PosisiOsmAndTests.daftarkan(mvc, json, staf.opdId("Dishub"), "DH " + (int) (System.nanoTime() % 9000 + 1000) + " GF",
				tracker);
	}

	@Test
	void onlyAdministratorsKeepGeofencesAndBadShapesChangeNothing() throws Exception {
		String kominfo = staf.adminKominfo();
		String adminDishub = staf.adminOpd("Dishub");
		long dishub = staf.opdId("Dishub");
		int sebelum = jdbc.sql("SELECT count(*) FROM armada.geofence").query(Integer.class).single();
		String nama = "SPBU Uji " + System.nanoTime();

		// an agency administrator may not keep a city-wide place, nor another agency's
		mvc.perform(post("/api/armada/geofence").with(httpBasic(adminDishub, StafUji.SANDI)).contentType(MediaType.APPLICATION_JSON)
			.content(lingkaran(nama, -10.17, 123.605, 150, null))).andExpect(status().isForbidden());
		mvc.perform(post("/api/armada/geofence").with(httpBasic(staf.petugasTrc("Dishub"), StafUji.SANDI))
			.contentType(MediaType.APPLICATION_JSON).content(lingkaran(nama, -10.17, 123.605, 150, dishub))).andExpect(status().isForbidden());
		mvc.perform(post("/api/armada/geofence").with(httpBasic(kominfo, StafUji.SANDI)).contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"nama":"Rusak","jenis":"KANTOR","geojson":"{\\"type\\":\\"LineString\\",\\"coordinates\\":[[123.6,-10.17],[123.61,-10.16]]}"}"""))
			.andExpect(status().isBadRequest());
		mvc.perform(post("/api/armada/geofence").with(httpBasic(kominfo, StafUji.SANDI)).contentType(MediaType.APPLICATION_JSON)
			.content(lingkaran(nama, -10.17, 123.605, 5, null))).andExpect(status().isBadRequest());
		assertThat(jdbc.sql("SELECT count(*) FROM armada.geofence").query(Integer.class).single()).isEqualTo(sebelum);

		long id = buat(adminDishub, lingkaran(nama, -10.17, 123.605, 150, dishub));
		mvc.perform(put("/api/armada/geofence/" + id).with(httpBasic(adminDishub, StafUji.SANDI)).contentType(MediaType.APPLICATION_JSON)
			.content(lingkaran(nama, -10.17, 123.605, 200, dishub)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.radiusM").value(200.0));
		mvc.perform(get("/api/armada/geofence").with(httpBasic(staf.adminOpd("DLHK"), StafUji.SANDI)))
			.andExpect(jsonPath("$[?(@.id == " + id + ")].nama").value(nama));
		mvc.perform(delete("/api/armada/geofence/" + id).with(httpBasic(staf.adminOpd("DLHK"), StafUji.SANDI)))
			.andExpect(status().isForbidden());
		assertThat(jdbc.sql("SELECT count(*) FROM audit.catatan WHERE jenis_objek = 'geofence' AND id_objek = ?").param(String.valueOf(id))
			.query(Integer.class).single()).isEqualTo(2);
		mvc.perform(delete("/api/armada/geofence/" + id).with(httpBasic(kominfo, StafUji.SANDI))).andExpect(status().isNoContent());
		mvc.perform(delete("/api/armada/geofence/" + id).with(httpBasic(kominfo, StafUji.SANDI))).andExpect(status().isNotFound());
	}

	@Test
	void aVehicleDrivingThroughAnOfficeGeofenceEntersAndLeavesIt() throws Exception {
		String kominfo = staf.adminKominfo();
		// a polygon in the sea west of Kupang harbour, so no other test's vehicle drives through it
		String poligon = "{\\\"type\\\":\\\"Polygon\\\",\\\"coordinates\\\":[[[123.5000,-10.1500],[123.5050,-10.1500],[123.5050,-10.1450],[123.5000,-10.1450],[123.5000,-10.1500]]]}";
		long kantor = buat(kominfo, """
				{"nama":"Dermaga Uji","jenis":"KANTOR","geojson":"%s"}""".formatted(poligon));
		long id = kendaraan("gf-" + System.nanoTime());
		ZonedDateTime pagi = LocalDate.of(2026, 11, 2).atTime(8, 0).atZone(Waktu.WITA);
		detektor.tersimpan(List.of(di(id, pagi.toInstant(), -10.1475, 123.4950)));
		detektor.tersimpan(List.of(di(id, pagi.plusMinutes(1).toInstant(), -10.1475, 123.5025)));
		// an older fix arriving late does not flip the state
		detektor.tersimpan(List.of(di(id, pagi.plusSeconds(30).toInstant(), -10.1475, 123.4950)));
		detektor.tersimpan(List.of(di(id, pagi.plusMinutes(2).toInstant(), -10.1476, 123.5026)));
		detektor.tersimpan(List.of(di(id, pagi.plusMinutes(3).toInstant(), -10.1475, 123.5100)));
		detektor.olah();

		mvc.perform(get("/api/armada/kendaraan/" + id + "/geofence?tanggal=2026-11-02").with(httpBasic(kominfo, StafUji.SANDI)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.length()").value(2))
			.andExpect(jsonPath("$[0].jenis").value("MASUK"))
			.andExpect(jsonPath("$[0].geofenceId").value(kantor))
			.andExpect(jsonPath("$[0].waktu").value("2026-11-02T08:01:00+08:00"))
			.andExpect(jsonPath("$[1].jenis").value("KELUAR"))
			.andExpect(jsonPath("$[1].geofenceNama").value("Dermaga Uji"));
		mvc.perform(get("/api/armada/kendaraan/" + id + "/geofence?tanggal=2026-11-03").with(httpBasic(kominfo, StafUji.SANDI)))
			.andExpect(jsonPath("$.length()").value(0));
		// another agency does not see the vehicle
		mvc.perform(get("/api/armada/kendaraan/" + id + "/geofence?tanggal=2026-11-02").with(httpBasic(staf.adminOpd("DLHK"), StafUji.SANDI)))
			.andExpect(status().isNotFound());
		mvc.perform(delete("/api/armada/geofence/" + kantor).with(httpBasic(kominfo, StafUji.SANDI))).andExpect(status().isNoContent());
	}

	@Test
	void aPurchaseAtARegisteredStationIsCheckedAgainstItsShape() throws Exception {
		String kominfo = staf.adminKominfo();
		String petugas = staf.petugasTrc("Dishub");
		// a long forecourt: 400 m east-west, narrow north-south
		String poligon = "{\\\"type\\\":\\\"Polygon\\\",\\\"coordinates\\\":[[[123.5400,-10.1810],[123.5440,-10.1810],[123.5440,-10.1800],[123.5400,-10.1800],[123.5400,-10.1810]]]}";
		long spbu = buat(kominfo, """
				{"nama":"SPBU Uji Panjang","jenis":"SPBU","geojson":"%s"}""".formatted(poligon));
		long kantor = buat(kominfo, """
				{"nama":"Kantor Bukan SPBU","jenis":"KANTOR","lat":-10.19,"lon":123.55,"radiusM":50}""");
		String tracker = "gfb-" + System.nanoTime();
		long id = kendaraan(tracker);
		String url = "/api/armada/kendaraan/" + id + "/bbm";
		Instant t0 = Instant.now().minusSeconds(6 * 3600).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);

		// at the east end of the forecourt, 390 m from its west end named as the station's point: still at the station
		posisi(tracker, t0.minusSeconds(60), -10.1805, 123.5437);
		mvc.perform(post(url).with(httpBasic(petugas, StafUji.SANDI)).contentType(MediaType.APPLICATION_JSON).content(beli(t0, spbu, "STG-A-" + id)))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.spbu").value("SPBU Uji Panjang"))
			.andExpect(jsonPath("$.anomali", not(hasItem("TIDAK_DI_SPBU"))));

		// four and a half hours later, 150 m south of the forecourt: not at the station though the named point is close
		Instant t1 = t0.plusSeconds(4 * 3600 + 1800);
		posisi(tracker, t1.minusSeconds(60), -10.1820, 123.5402);
		mvc.perform(post(url).with(httpBasic(petugas, StafUji.SANDI)).contentType(MediaType.APPLICATION_JSON)
			.content(beli(t1, spbu, "STG-B-" + id).replace("\"liter\":5", "\"liter\":1")))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.anomali", hasItem("TIDAK_DI_SPBU")));

		// an office is not a station
		mvc.perform(post(url).with(httpBasic(petugas, StafUji.SANDI)).contentType(MediaType.APPLICATION_JSON).content(beli(t1, kantor, "STG-C-" + id)))
			.andExpect(status().isBadRequest());
		mvc.perform(delete("/api/armada/geofence/" + spbu).with(httpBasic(kominfo, StafUji.SANDI))).andExpect(status().isNoContent());
		mvc.perform(delete("/api/armada/geofence/" + kantor).with(httpBasic(kominfo, StafUji.SANDI))).andExpect(status().isNoContent());
	}

	private static String beli(Instant waktu, long spbuId, String struk) {
		return """
				{"waktu":"%s","spbuLat":-10.1805,"spbuLon":123.5402,"spbuGeofenceId":%d,"jenisBbm":"PERTALITE",
				 "liter":5,"hargaPerLiter":10000,"nomorStruk":"%s"}""".formatted(waktu, spbuId, struk);
	}

	private void posisi(String tracker, Instant t, double lat, double lon) throws Exception {
		var jawab = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/?id=" + tracker
				+ "&timestamp=" + t.getEpochSecond() + "&lat=" + lat + "&lon=" + lon + "&accuracy=5")).GET().build(),
				HttpResponse.BodyHandlers.discarding());
		assertThat(jawab.statusCode()).isEqualTo(200);
	}

	private static Posisi di(long kendaraanId, Instant waktu, double lat, double lon) {
		return new Posisi(kendaraanId, waktu, waktu, lat, lon, 0.0, null, null, 5.0, true, 0.0, Map.of());
	}
}
