package id.kotacerdas.armada.bbm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import id.kotacerdas.IntegrationTest;
import id.kotacerdas.akun.internal.StafUji;
import id.kotacerdas.armada.pelacakan.PosisiOsmAndTests;
import id.kotacerdas.armada.pelacakan.ServerOsmAnd;
import id.kotacerdas.berkas.GambarUji;
import id.kotacerdas.platform.Waktu;
import tools.jackson.databind.ObjectMapper;

/** Fuel purchases end to end: positions in through the tracker port, the gate deciding on the GPS distance. */
@IntegrationTest
class BbmApiTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ServerOsmAnd server;

	@Autowired
	StafUji staf;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ObjectMapper json;

	private final HttpClient http = HttpClient.newHttpClient();

	private void posisi(String tracker, Instant t, double lat, double lon) throws Exception {
		var jawab = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/?id=" + tracker + "&timestamp="
				+ t.getEpochSecond() + "&lat=" + lat + "&lon=" + lon + "&accuracy=5")).GET().build(), HttpResponse.BodyHandlers.discarding());
		assertThat(jawab.statusCode()).isEqualTo(200);
	}

	private static String beli(Instant waktu, String liter, int odometer, String struk, double lat, double lon, String penimpaan) {
		return """
				{"waktu":"%s","pengemudi":"Markus Ndun","spbu":"SPBU 54.851.01","spbuLat":%s,"spbuLon":%s,"jenisBbm":"PERTALITE",
				 "liter":%s,"hargaPerLiter":10000,"odometerKm":%d,"nomorStruk":"%s","metodePembayaran":"KARTU_BBM"%s}"""
			.formatted(waktu, lat, lon, liter, odometer, struk, penimpaan == null ? "" : ",\"alasanPenimpaan\":\"" + penimpaan + "\"");
	}

	private MockHttpServletRequestBuilder kirim(String url, String pengguna, String isi) {
		return post(url).with(httpBasic(pengguna, StafUji.SANDI)).contentType(MediaType.APPLICATION_JSON).content(isi);
	}

	@Test
	void theGateAllowsWhatTheDrivenDistanceJustifies() throws Exception {
		String adminDishub = staf.adminOpd("Dishub");
		String petugas = staf.petugasTrc("Dishub");
		String tracker = "bbm-" + System.nanoTime();
		long id = PosisiOsmAndTests.daftarkan(mvc, json, staf.opdId("Dishub"), "DH " + (int) (System.nanoTime() % 9000 + 1000) + " BB",
				tracker);
		String url = "/api/armada/kendaraan/" + id + "/bbm";
		Instant t0 = Instant.now().minus(6, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);

		// first fill at station A, before the vehicle moved: what the tolerance allows, flagged as without a baseline
		posisi(tracker, t0.minusSeconds(60), -10.1700, 123.5600);
		mvc.perform(kirim(url, petugas, beli(t0, "5", 10_000, "STR-A-" + id, -10.1700, 123.5600, null)))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.totalRupiah").value(50_000))
			.andExpect(jsonPath("$.anomali", hasItem("TANPA_PEMBANDING")))
			.andExpect(jsonPath("$.anomali", not(hasItem("TIDAK_DI_SPBU"))))
			.andExpect(jsonPath("$.anomali", not(hasItem("POSISI_TIDAK_DIKETAHUI"))));

		// drive about 9.85 km east in ten one-minute steps, then wait at station B
		for (int i = 1; i <= 10; i++) {
			posisi(tracker, t0.plusSeconds(60L * i), -10.1700, 123.5600 + 0.009 * i);
		}
		Instant t1 = t0.plus(5, ChronoUnit.HOURS);
		posisi(tracker, t1.minusSeconds(60), -10.1700, 123.6500);

		// 9.85 km ÷ 10 km/L = 0.9 L (rounded down) + 5 L tolerance = 5.9 L
		mvc.perform(kirim(url + "/periksa", petugas, beli(t1, "10", 10_010, "STR-B-" + id, -10.1700, 123.6500, null)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.disetujui").value(false))
			.andExpect(jsonPath("$.literDiizinkan").value(5.9))
			.andExpect(jsonPath("$.jarakDiakuiKm").value(9.9))
			.andExpect(jsonPath("$.alasan[0]").value(containsString("paling banyak 5,9 liter")));
		long sebelum = jdbc.sql("SELECT count(*) FROM armada.pembelian_bbm WHERE kendaraan_id = ?").param(id).query(Long.class).single();
		mvc.perform(kirim(url, petugas, beli(t1, "10", 10_010, "STR-B-" + id, -10.1700, 123.6500, null)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.alasan[0]").value(containsString("melebihi yang dibenarkan jarak tempuh")));
		assertThat(jdbc.sql("SELECT count(*) FROM armada.pembelian_bbm WHERE kendaraan_id = ?").param(id).query(Long.class).single())
			.isEqualTo(sebelum);

		// an officer may not override; the agency administrator may, with a written reason, audited
		mvc.perform(kirim(url, petugas, beli(t1, "10", 10_010, "STR-B-" + id, -10.1700, 123.6500, "Perjalanan dinas ke Soe, darurat")))
			.andExpect(status().isForbidden());
		mvc.perform(kirim(url, adminDishub, beli(t1, "10", 10_010, "STR-B-" + id, -10.1700, 123.6500, "singkat")))
			.andExpect(status().isBadRequest());
		String jawab = mvc.perform(kirim(url, adminDishub, beli(t1, "10", 10_010, "STR-B-" + id, -10.1700, 123.6500,
				"Genset kantor darurat saat listrik padam")))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.anomali", hasItem("PENIMPAAN")))
			.andExpect(jsonPath("$.penimpaanOleh").value(adminDishub))
			.andExpect(jsonPath("$.jarakGpsKm").value(9.9))
			.andReturn().getResponse().getContentAsString();
		long pembelian = json.readTree(jawab).get("id").asLong();
		assertThat(jdbc.sql("SELECT aktor FROM audit.catatan WHERE aksi = 'bbm.penimpaan' AND id_objek = ?")
			.param(String.valueOf(pembelian)).query(String.class).single()).isEqualTo(adminDishub);

		// the same receipt again, without moving, with no position around: all flagged
		Instant t2 = t1.plus(50, ChronoUnit.MINUTES);
		mvc.perform(kirim(url, adminDishub, beli(t2, "5", 10_010, "STR-B-" + id, -10.1700, 123.6500, "Uji struk ganda tanpa gerak")))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.anomali", hasItem("STRUK_GANDA")))
			.andExpect(jsonPath("$.anomali", hasItem("TANPA_PERGERAKAN")))
			.andExpect(jsonPath("$.anomali", hasItem("POSISI_TIDAK_DIKETAHUI")));

		mvc.perform(get(url).with(httpBasic(petugas, StafUji.SANDI)).param("bulan", java.time.YearMonth.from(t2.atZone(Waktu.WITA)).toString()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.length()").value(org.hamcrest.Matchers.greaterThanOrEqualTo(1)));
	}

	@Test
	void theFirstFillIsJudgedByTheDistanceTrackedSinceRegistration() throws Exception {
		String adminDishub = staf.adminOpd("Dishub");
		String petugas = staf.petugasTrc("Dishub");
		String tracker = "pertama-" + System.nanoTime();
		long id = PosisiOsmAndTests.daftarkan(mvc, json, staf.opdId("Dishub"), "DH " + (int) (System.nanoTime() % 9000 + 1000) + " PT",
				tracker);
		String url = "/api/armada/kendaraan/" + id + "/bbm";
		Instant t0 = Instant.now().minus(3, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);
		// 35 one-minute steps of 0.009° east ≈ 34.5 km, then a stop at the station
		for (int i = 0; i <= 35; i++) {
			posisi(tracker, t0.plusSeconds(60L * i), -10.1700, 123.5600 + 0.009 * i);
		}
		Instant isi = t0.plus(40, ChronoUnit.MINUTES);
		// 34.5 km ÷ 10 km/L = 3.4 L + 5 L tolerance = 8.4 L; before, the whole tank passed unflagged
		mvc.perform(kirim(url + "/periksa", petugas, beli(isi, "40", 12_000, "STR-P-" + id, -10.1700, 123.8750, null)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.disetujui").value(false))
			.andExpect(jsonPath("$.literDiizinkan").value(8.4))
			.andExpect(jsonPath("$.jarakDiakuiKm").value(34.5))
			.andExpect(jsonPath("$.alasan[0]").value(containsString("34,5 km terlacak sejak kendaraan didaftarkan")));
		mvc.perform(kirim(url, petugas, beli(isi, "40", 12_000, "STR-P-" + id, -10.1700, 123.8750, null)))
			.andExpect(status().isUnprocessableContent());
		// the verifier may let a first full tank through, and the record says it had no baseline
		mvc.perform(kirim(url, adminDishub, beli(isi, "40", 12_000, "STR-P-" + id, -10.1700, 123.8750,
				"Kendaraan baru diterima dengan tangki kosong")))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.jarakGpsKm").value(34.5))
			.andExpect(jsonPath("$.anomali", hasItem("TANPA_PEMBANDING")))
			.andExpect(jsonPath("$.anomali", hasItem("PENIMPAAN")));
	}

	@Test
	void odometerAndReceiptPhotos() throws Exception {
		String tracker = "foto-" + System.nanoTime();
		long id = PosisiOsmAndTests.daftarkan(mvc, json, staf.opdId("Dishub"), "DH " + (int) (System.nanoTime() % 9000 + 1000) + " FT",
				tracker);
		String petugas = staf.petugasTrc("Dishub");
		String url = "/api/armada/kendaraan/" + id + "/bbm";
		String jawab = mvc.perform(kirim(url, petugas, beli(Instant.now().minusSeconds(120), "30", 1_000, "F-" + id, -10.17, 123.6, null)))
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
		long pembelian = json.readTree(jawab).get("id").asLong();
		byte[] png = GambarUji.png(40, 30);
		String foto = url + "/" + pembelian + "/foto/STRUK";
		mvc.perform(multipart(foto).file(new MockMultipartFile("berkas", "struk.png", "image/png", png)).with(httpBasic(petugas, StafUji.SANDI)))
			.andExpect(status().isNoContent());
		// kept re-encoded, as every stored photo is
		byte[] tersimpan = mvc.perform(get(foto).with(httpBasic(petugas, StafUji.SANDI)))
			.andExpect(status().isOk())
			.andExpect(content().contentType("image/jpeg"))
			.andReturn().getResponse().getContentAsByteArray();
		assertThat(javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(tersimpan)).getWidth()).isEqualTo(40);
		// a text file claiming to be a JPEG is refused
		mvc.perform(multipart(url + "/" + pembelian + "/foto/ODOMETER")
			.file(new MockMultipartFile("berkas", "odo.jpg", "image/jpeg", "bukan gambar".getBytes()))
			.with(httpBasic(petugas, StafUji.SANDI))).andExpect(status().isUnsupportedMediaType());
		mvc.perform(get(url + "/" + pembelian + "/foto/ODOMETER").with(httpBasic(petugas, StafUji.SANDI))).andExpect(status().isNotFound());
		mvc.perform(get(foto).with(httpBasic(staf.adminOpd("DLHK"), StafUji.SANDI))).andExpect(status().isNotFound());
	}

	@Test
	void wrongFuelAndAnotherAgencysVehicle() throws Exception {
		String tracker = "bbm2-" + System.nanoTime();
		long id = PosisiOsmAndTests.daftarkan(mvc, json, staf.opdId("Dishub"), "DH " + (int) (System.nanoTime() % 9000 + 1000) + " BC",
				tracker);
		String url = "/api/armada/kendaraan/" + id + "/bbm";
		mvc.perform(kirim(url + "/periksa", staf.adminKominfo(), beli(Instant.now().minusSeconds(60), "20", 5_000, "X1", -10.17, 123.6, null)
			.replace("PERTALITE", "SOLAR")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.disetujui").value(false))
			.andExpect(jsonPath("$.alasan[0]").value("Jenis BBM Solar tidak sesuai dengan kendaraan ini, yang memakai Pertalite."));
		mvc.perform(kirim(url, staf.petugasTrc("DLHK"), beli(Instant.now().minusSeconds(60), "20", 5_000, "X1", -10.17, 123.6, null)))
			.andExpect(status().isNotFound());
		mvc.perform(kirim(url, staf.adminKominfo(), beli(Instant.now().plusSeconds(3600), "20", 5_000, "X1", -10.17, 123.6, null)))
			.andExpect(status().isBadRequest());
	}
}
