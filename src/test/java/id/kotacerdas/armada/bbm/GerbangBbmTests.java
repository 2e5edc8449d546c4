package id.kotacerdas.armada.bbm;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import id.kotacerdas.armada.kendaraan.DataKendaraan;
import id.kotacerdas.armada.kendaraan.GolonganKendaraan;
import id.kotacerdas.armada.kendaraan.JenisBbm;
import id.kotacerdas.armada.kendaraan.KondisiKendaraan;
import id.kotacerdas.armada.kendaraan.StatusKendaraan;

/**
 * The gate with concrete numbers. The vehicle: Pertalite, 45 L tank, 10 km/L, quota 200 L and
 * Rp 2,000,000 a month; tolerance 5 L, minimum interval 4 h, odometer/GPS difference 20%.
 */
class GerbangBbmTests {

	private static final Instant SEKARANG = Instant.parse("2026-11-23T02:00:00Z"); // Monday 10.00 WITA

	private static final Instant TIGA_HARI_LALU = SEKARANG.minus(Duration.ofDays(3));

	private final GerbangBbm gerbang = new GerbangBbm(new BigDecimal("5"), Duration.ofHours(4), new BigDecimal("0.2"));

	private static DataKendaraan avanza(StatusKendaraan status) {
		return new DataKendaraan("DH 1234 KP", "kupang-001", 1L, null, null, null, "Toyota", "Avanza", 1329, 2020, null, null,
				GolonganKendaraan.OPERASIONAL, JenisBbm.PERTALITE, new BigDecimal("45"), new BigDecimal("10"), new BigDecimal("200"),
				2_000_000L, null, null, KondisiKendaraan.BAIK, status, null, null);
	}

	private static GerbangBbm.Kondisi kondisi(Instant terakhir, Integer odometerTerakhir, String gpsKm, String literBulanIni,
			long rupiahBulanIni) {
		return new GerbangBbm.Kondisi(avanza(StatusKendaraan.AKTIF), terakhir, odometerTerakhir, gpsKm == null ? null : new BigDecimal(gpsKm),
				new BigDecimal(literBulanIni), rupiahBulanIni);
	}

	private static GerbangBbm.Permintaan minta(JenisBbm jenis, String liter, Integer odometer) {
		return new GerbangBbm.Permintaan(SEKARANG, jenis, new BigDecimal(liter), 10_000, odometer);
	}

	private static List<String> kode(GerbangBbm.Keputusan k) {
		return k.alasan().stream().map(Alasan::kode).toList();
	}

	@Test
	void fuelForTheDistanceDrivenPlusToleranceIsApproved() {
		// odometer 200 km, GPS 198 km: 198 / 10 + 5 = 24.8 L
		var k = gerbang.periksa(kondisi(TIGA_HARI_LALU, 10_000, "198", "0", 0), minta(JenisBbm.PERTALITE, "24", 10_200));
		assertThat(k.disetujui()).isTrue();
		assertThat(k.literDiizinkan()).isEqualByComparingTo("24.8");
		assertThat(k.jarakDiakuiKm()).isEqualByComparingTo("198");
		assertThat(k.jarakOdometerKm()).isEqualByComparingTo("200");
	}

	@Test
	void moreThanTheDistanceJustifiesIsRefusedWithTheNumbers() {
		var k = gerbang.periksa(kondisi(TIGA_HARI_LALU, 10_000, "198", "0", 0), minta(JenisBbm.PERTALITE, "30", 10_200));
		assertThat(k.disetujui()).isFalse();
		assertThat(k.alasan()).containsExactly(Alasan.dari("armada.gerbang.melebihi-jarak", new BigDecimal("30"),
				new BigDecimal("24.8"), new BigDecimal("198"), new BigDecimal("10"), new BigDecimal("5")));
		assertThat(k.literDiizinkan()).isEqualByComparingTo("24.8");
	}

	@Test
	void theTankCapsEvenALongDistance() {
		// 600 km would justify 65 L, the tank holds 45
		var k = gerbang.periksa(kondisi(TIGA_HARI_LALU, 10_000, "600", "0", 0), minta(JenisBbm.PERTALITE, "46", 10_600));
		assertThat(kode(k)).containsExactly("armada.gerbang.melebihi-tangki");
		assertThat(k.literDiizinkan()).isEqualByComparingTo("45");
	}

	@Test
	void theFirstFillIsBoundedByTheDistanceTrackedSinceRegistration() {
		// the case found: 50 L after 34.5 km of tracked driving, for a vehicle with a 60 L tank
		DataKendaraan pikap = new DataKendaraan("DH 8001 KP", "kupang-801", 1L, null, null, null, "Mitsubishi", "L300", 2268, 2021, null,
				null, GolonganKendaraan.OPERASIONAL, JenisBbm.PERTALITE, new BigDecimal("60"), new BigDecimal("10"), null, null, null,
				null, KondisiKendaraan.BAIK, StatusKendaraan.AKTIF, null, null);
		var pertama = new GerbangBbm.Kondisi(pikap, null, null, new BigDecimal("34.5"), BigDecimal.ZERO, 0);
		// 34.5 km ÷ 10 km/L = 3.4 L (rounded down) + 5 L tolerance = 8.4 L
		var k = gerbang.periksa(pertama, minta(JenisBbm.PERTALITE, "50", 12_000));
		assertThat(k.disetujui()).isFalse();
		assertThat(k.alasan()).containsExactly(Alasan.dari("armada.gerbang.melebihi-jarak-pertama", new BigDecimal("50"),
				new BigDecimal("8.4"), new BigDecimal("34.5"), new BigDecimal("10"), new BigDecimal("5")));
		assertThat(k.literDiizinkan()).isEqualByComparingTo("8.4");
		assertThat(gerbang.periksa(pertama, minta(JenisBbm.PERTALITE, "8.4", 12_000)).disetujui()).isTrue();
	}

	@Test
	void aFirstFillOfAVehicleNeverTrackedIsBoundedByItsTank() {
		assertThat(gerbang.periksa(kondisi(null, null, null, "0", 0), minta(JenisBbm.PERTALITE, "45", 5_000)).disetujui()).isTrue();
		assertThat(kode(gerbang.periksa(kondisi(null, null, null, "0", 0), minta(JenisBbm.PERTALITE, "45.5", 5_000))))
			.containsExactly("armada.gerbang.melebihi-tangki");
	}

	@Test
	void theFuelMustBeTheVehicles() {
		var k = gerbang.periksa(kondisi(TIGA_HARI_LALU, 10_000, "198", "0", 0), minta(JenisBbm.PERTAMAX, "20", 10_200));
		assertThat(k.alasan()).containsExactly(Alasan.dari("armada.gerbang.jenis-bbm", new Kata("armada.jenis-bbm.PERTAMAX"),
				new Kata("armada.jenis-bbm.PERTALITE")));
	}

	@Test
	void fillsNeedTheMinimumInterval() {
		Instant duaSetengahJamLalu = SEKARANG.minus(Duration.ofMinutes(150));
		var k = gerbang.periksa(kondisi(duaSetengahJamLalu, 10_000, "198", "0", 0), minta(JenisBbm.PERTALITE, "20", 10_200));
		assertThat(k.alasan()).containsExactly(Alasan.dari("armada.gerbang.selang", new BigDecimal("2.5"), new BigDecimal("4")));
		Instant empatJamLalu = SEKARANG.minus(Duration.ofHours(4));
		assertThat(gerbang.periksa(kondisi(empatJamLalu, 10_000, "198", "0", 0), minta(JenisBbm.PERTALITE, "20", 10_200)).disetujui())
			.isTrue();
	}

	@Test
	void theOdometerMustAgreeWithTheGps() {
		// 300 km on the odometer, 198 by GPS: 102 km apart, more than 20% of 198 (39.6)
		var k = gerbang.periksa(kondisi(TIGA_HARI_LALU, 10_000, "198", "0", 0), minta(JenisBbm.PERTALITE, "20", 10_300));
		assertThat(k.alasan()).containsExactly(Alasan.dari("armada.gerbang.odometer-gps", new BigDecimal("300"), new BigDecimal("198")));
		// 210 against 198 is within 39.6
		assertThat(gerbang.periksa(kondisi(TIGA_HARI_LALU, 10_000, "198", "0", 0), minta(JenisBbm.PERTALITE, "20", 10_210)).disetujui())
			.isTrue();
		// short trips: 6 km against 5 km is within the absolute 2 km
		assertThat(gerbang.periksa(kondisi(TIGA_HARI_LALU, 10_000, "5", "0", 0), minta(JenisBbm.PERTALITE, "5", 10_006)).disetujui())
			.isTrue();
	}

	@Test
	void anOdometerGoingBackwardsIsRefused() {
		var k = gerbang.periksa(kondisi(TIGA_HARI_LALU, 10_000, "198", "0", 0), minta(JenisBbm.PERTALITE, "20", 9_900));
		assertThat(k.alasan()).contains(Alasan.dari("armada.gerbang.odometer-mundur", 9_900, 10_000));
	}

	@Test
	void withoutTrackerDataTheOdometerDistanceCounts() {
		// 150 km / 10 + 5 = 20 L
		var k = gerbang.periksa(kondisi(TIGA_HARI_LALU, 10_000, null, "0", 0), minta(JenisBbm.PERTALITE, "20", 10_150));
		assertThat(k.disetujui()).isTrue();
		assertThat(k.literDiizinkan()).isEqualByComparingTo("20");
		assertThat(gerbang.periksa(kondisi(TIGA_HARI_LALU, 10_000, null, "0", 0), minta(JenisBbm.PERTALITE, "20.1", 10_150)).disetujui())
			.isFalse();
	}

	@Test
	void theMonthlyQuotaInLitres() {
		// 190 of 200 L used: 10 L left
		var k = gerbang.periksa(kondisi(TIGA_HARI_LALU, 10_000, "198", "190", 0), minta(JenisBbm.PERTALITE, "15", 10_200));
		assertThat(k.alasan()).containsExactly(Alasan.dari("armada.gerbang.kuota-liter", new BigDecimal("10"), new BigDecimal("200")));
		assertThat(k.literDiizinkan()).isEqualByComparingTo("10");
	}

	@Test
	void theMonthlyBudgetInRupiah() {
		// Rp 1,900,000 of 2,000,000 spent: Rp 100,000 left, 15 L × Rp 10,000 = Rp 150,000
		var k = gerbang.periksa(kondisi(TIGA_HARI_LALU, 10_000, "198", "0", 1_900_000), minta(JenisBbm.PERTALITE, "15", 10_200));
		assertThat(k.alasan()).containsExactly(Alasan.dari("armada.gerbang.kuota-rupiah", 100_000L, 2_000_000L, 150_000L));
		assertThat(k.literDiizinkan()).isEqualByComparingTo("10");
	}

	@Test
	void anInactiveVehicleGetsNoFuel() {
		var k = gerbang.periksa(new GerbangBbm.Kondisi(avanza(StatusKendaraan.NONAKTIF), TIGA_HARI_LALU, 10_000, new BigDecimal("198"),
				BigDecimal.ZERO, 0), minta(JenisBbm.PERTALITE, "20", 10_200));
		assertThat(kode(k)).containsExactly("armada.gerbang.tidak-aktif");
	}

	@Test
	void everyBrokenRuleIsListed() {
		var k = gerbang.periksa(kondisi(SEKARANG.minusSeconds(600), 10_000, "3", "195", 1_990_000), minta(JenisBbm.SOLAR, "30", 10_003));
		assertThat(kode(k)).containsExactly("armada.gerbang.jenis-bbm", "armada.gerbang.selang", "armada.gerbang.melebihi-jarak",
				"armada.gerbang.kuota-liter", "armada.gerbang.kuota-rupiah");
	}
}
