package id.kotacerdas.armada.bbm;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import id.kotacerdas.armada.PosisiKendaraan;

/** Each anomaly rule with concrete numbers; the norm is 10 km/L. */
class PemeriksaAnomaliTests {

	/** Monday 23 November 2026, 10.00 WITA. */
	private static final Instant SENIN_PAGI = Instant.parse("2026-11-23T02:00:00Z");

	private static final double SPBU_LAT = -10.1600;

	private static final double SPBU_LON = 123.6000;

	private final PemeriksaAnomali pemeriksa = new PemeriksaAnomali((lat, lon) -> lat > -10.25 && lat < -10.10 && lon > 123.50 && lon < 123.70);

	private static PosisiKendaraan di(double lat, double lon) {
		return new PosisiKendaraan(1, SENIN_PAGI, lat, lon, 0.0, true);
	}

	private static PemeriksaAnomali.Fakta fakta(Instant waktu, String liter, String gpsKm, String odometerKm, PosisiKendaraan posisi, boolean ganda) {
		return new PemeriksaAnomali.Fakta(waktu, new BigDecimal(liter), BigDecimal.TEN, true, gpsKm == null ? null : new BigDecimal(gpsKm),
				odometerKm == null ? null : new BigDecimal(odometerKm), posisi, SPBU_LAT, SPBU_LON, null, ganda);
	}

	@Test
	void anOrdinaryFillHasNoFlags() {
		// 100 km on 11 L = 9.1 km/L, at the station, Monday morning, in the city
		assertThat(pemeriksa.periksa(fakta(SENIN_PAGI, "11", "100", "102", di(SPBU_LAT, SPBU_LON), false))).isEmpty();
	}

	@ParameterizedTest(name = "{0} km on {1} L")
	@CsvSource({ "100, 13, true", "100, 12.5, false", "100, 20, true", "80, 10, false" })
	void consumptionWorseThanTheNorm(String km, String liter, boolean boros) {
		// the limit is 80% of 10 km/L = 8 km/L
		assertThat(pemeriksa.periksa(fakta(SENIN_PAGI, liter, km, km, di(SPBU_LAT, SPBU_LON), false)).contains(Anomali.KONSUMSI_BOROS))
			.isEqualTo(boros);
	}

	@Test
	void odometerBackwardsAndJumps() {
		assertThat(pemeriksa.periksa(fakta(SENIN_PAGI, "10", "100", "-50", di(SPBU_LAT, SPBU_LON), false))).contains(Anomali.ODOMETER_MUNDUR);
		// 200 km GPS: more than 1.5 × 200 + 10 = 310 km on the odometer is a jump
		assertThat(pemeriksa.periksa(fakta(SENIN_PAGI, "10", "200", "311", di(SPBU_LAT, SPBU_LON), false))).contains(Anomali.ODOMETER_MELONJAK);
		assertThat(pemeriksa.periksa(fakta(SENIN_PAGI, "20", "200", "310", di(SPBU_LAT, SPBU_LON), false)))
			.doesNotContain(Anomali.ODOMETER_MELONJAK);
	}

	@Test
	void aFillWithoutMovement() {
		assertThat(pemeriksa.periksa(fakta(SENIN_PAGI, "5", "0.4", null, di(SPBU_LAT, SPBU_LON), false))).contains(Anomali.TANPA_PERGERAKAN);
		assertThat(pemeriksa.periksa(fakta(SENIN_PAGI, "0.1", "1", null, di(SPBU_LAT, SPBU_LON), false))).doesNotContain(Anomali.TANPA_PERGERAKAN);
	}

	@Test
	void theVehicleWasNotAtTheStation() {
		// 0.0045° of latitude ≈ 500 m; 0.0009° ≈ 100 m
		assertThat(pemeriksa.periksa(fakta(SENIN_PAGI, "11", "100", "100", di(SPBU_LAT - 0.0045, SPBU_LON), false)))
			.contains(Anomali.TIDAK_DI_SPBU);
		assertThat(pemeriksa.periksa(fakta(SENIN_PAGI, "11", "100", "100", di(SPBU_LAT - 0.0009, SPBU_LON), false)))
			.doesNotContain(Anomali.TIDAK_DI_SPBU);
		assertThat(pemeriksa.periksa(fakta(SENIN_PAGI, "11", "100", "100", null, false))).contains(Anomali.POSISI_TIDAK_DIKETAHUI)
			.doesNotContain(Anomali.TIDAK_DI_SPBU);
	}

	@Test
	void aFirstFillIsFlaggedAsHavingNoBaseline() {
		var pertama = new PemeriksaAnomali.Fakta(SENIN_PAGI, new BigDecimal("50"), BigDecimal.TEN, false, new BigDecimal("34.5"), null,
				di(SPBU_LAT, SPBU_LON), SPBU_LAT, SPBU_LON, null, false);
		assertThat(pemeriksa.periksa(pertama)).containsExactly(Anomali.TANPA_PEMBANDING);
	}

	@Test
	void duplicateReceipt() {
		assertThat(pemeriksa.periksa(fakta(SENIN_PAGI, "11", "100", "100", di(SPBU_LAT, SPBU_LON), true))).containsExactly(Anomali.STRUK_GANDA);
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource({ "2026-11-23T14:30:00Z, MALAM", "2026-11-22T21:59:00Z, MALAM", "2026-11-22T22:00:00Z, ''",
			"2026-11-23T12:59:00Z, ''", "2026-11-23T13:00:00Z, MALAM", "2026-11-21T02:00:00Z, AKHIR_PEKAN",
			"2026-11-22T02:00:00Z, AKHIR_PEKAN" })
	void nightAndWeekendInWita(String waktu, String diharapkan) {
		var hasil = pemeriksa.periksa(fakta(Instant.parse(waktu), "11", "100", "100", di(SPBU_LAT, SPBU_LON), false));
		if (diharapkan.isEmpty()) {
			assertThat(hasil).isEmpty();
		}
		else {
			assertThat(hasil).containsExactly(Anomali.valueOf(diharapkan));
		}
	}

	@Test
	void outsideTheCity() {
		// Soe, 110 km east of Kupang; the station given there too
		var f = new PemeriksaAnomali.Fakta(SENIN_PAGI, new BigDecimal("11"), BigDecimal.TEN, true, new BigDecimal("100"),
				new BigDecimal("100"), di(-9.86, 124.28), -9.86, 124.28, null, false);
		assertThat(pemeriksa.periksa(f)).containsExactly(Anomali.LUAR_KOTA);
	}
}
