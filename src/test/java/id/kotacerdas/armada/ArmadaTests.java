package id.kotacerdas.armada;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import id.kotacerdas.IntegrationTest;
import id.kotacerdas.akun.internal.StafUji;
import id.kotacerdas.armada.pelacakan.PosisiOsmAndTests;
import id.kotacerdas.armada.pelacakan.ServerOsmAnd;
import tools.jackson.databind.ObjectMapper;

/** The module's API as another module sees it: positions sent through the tracker port, answers from {@link Armada}. */
@IntegrationTest
class ArmadaTests {

	@Autowired
	Armada armada;

	@Autowired
	MockMvc mvc;

	@Autowired
	ObjectMapper json;

	@Autowired
	ServerOsmAnd server;

	@Autowired
	StafUji staf;

	@Autowired
	JdbcClient jdbc;

	private final HttpClient http = HttpClient.newHttpClient();

	private void lapor(String tracker, Instant t, double lat) throws Exception {
		var jawab = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/?id=" + tracker + "&timestamp="
				+ t.getEpochSecond() + "&lat=" + lat + "&lon=123.6070&speed=12&accuracy=5")).GET().build(), HttpResponse.BodyHandlers.discarding());
		assertThat(jawab.statusCode()).isEqualTo(200);
	}

	private long daftarkan(String opd, String akhiran, String tracker) throws Exception {
		int n = (int) (System.nanoTime() % 9000 + 1000);
		return PosisiOsmAndTests.daftarkan(mvc, json, staf.opdId(opd), "DH " + n + " " + akhiran, tracker);
	}

	private long daftarkan(String opd, String akhiran) throws Exception {
		return daftarkan(opd, akhiran, "api-" + akhiran + "-" + System.nanoTime());
	}

	@Test
	void positionsAndDistanceDrivenComeFromWhatTheTrackerSent() throws Exception {
		String tracker = "api-" + System.nanoTime();
		long id = daftarkan("Dishub", "AP", tracker);
		Instant t0 = Instant.now().minus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);
		assertThat(armada.posisiTerakhir(id)).isEmpty();

		// three fixes ten minutes apart, each 0.01° (1.11 km) further north
		lapor(tracker, t0, -10.1772);
		lapor(tracker, t0.plus(Duration.ofMinutes(10)), -10.1672);
		lapor(tracker, t0.plus(Duration.ofMinutes(20)), -10.1572);

		PosisiKendaraan terakhir = armada.posisiTerakhir(id).orElseThrow();
		assertThat(terakhir.waktu()).isEqualTo(t0.plus(Duration.ofMinutes(20)));
		assertThat(terakhir.lat()).isEqualTo(-10.1572);
		assertThat(terakhir.kecepatanKmh()).isEqualTo(22.2);

		assertThat(armada.posisiPada(id, t0.plus(Duration.ofMinutes(12)), Duration.ofMinutes(5))).get()
			.extracting(PosisiKendaraan::lat).isEqualTo(-10.1672);
		assertThat(armada.posisiPada(id, t0.plus(Duration.ofMinutes(5)), Duration.ofMinutes(1))).isEmpty();

		assertThat(armada.jarakTempuhKm(id, t0, t0.plus(Duration.ofMinutes(20)))).get()
			.isEqualTo(new BigDecimal("2.2"));
		assertThat(armada.jarakTempuhKm(id, t0.plus(Duration.ofMinutes(10)), t0.plus(Duration.ofMinutes(25)))).get()
			.isEqualTo(new BigDecimal("1.1"));
		assertThat(armada.jarakTempuhKm(id, t0.minus(Duration.ofHours(2)), t0.minus(Duration.ofHours(1)))).isEmpty();
		// since the first fix: what a first fuel fill is weighed against
		assertThat(armada.jarakTempuhKm(id, t0.plus(Duration.ofMinutes(15)))).get().isEqualTo(new BigDecimal("1.1"));
		assertThat(armada.jarakTempuhKm(id, t0.minus(Duration.ofMinutes(1)))).isEmpty();
	}

	@Test
	void anAgencysVehiclesAndWhetherTheyAreInService() throws Exception {
		long dishub = daftarkan("Dishub", "KD");
		long pensiun = daftarkan("Dishub", "KP");
		long dlhk = daftarkan("DLHK", "KL");
		jdbc.sql("UPDATE armada.kendaraan SET status = 'NONAKTIF' WHERE id = ?").param(pensiun).update();

		var kendaraan = armada.kendaraanOpd(staf.opdId("Dishub"));

		assertThat(kendaraan).extracting(KendaraanDinas::id).contains(dishub, pensiun).doesNotContain(dlhk);
		assertThat(kendaraan).allSatisfy(k -> assertThat(k.opdId()).isEqualTo(staf.opdId("Dishub")));
		assertThat(kendaraan).filteredOn(k -> k.id() == dishub).singleElement()
			.satisfies(k -> assertThat(k.aktif()).isTrue())
			.satisfies(k -> assertThat(k.merek() + " " + k.tipe()).isEqualTo("Toyota Avanza"));
		assertThat(kendaraan).filteredOn(k -> k.id() == pensiun).singleElement().satisfies(k -> assertThat(k.aktif()).isFalse());
	}
}
