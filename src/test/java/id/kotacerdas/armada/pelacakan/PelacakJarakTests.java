package id.kotacerdas.armada.pelacakan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Instant;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PelacakJarakTests {

	private static final Instant T0 = Instant.parse("2026-11-22T00:00:00Z");

	/** 0.001° of latitude ≈ 111.2 m. */
	private static final double DERAJAT_111M = 0.001;

	private static PelacakJarak awal() {
		return new PelacakJarak(Instant.MIN, null, null, null, 0, 0);
	}

	@Test
	void countsRealMovement() {
		PelacakJarak j = awal().terima(T0, -10.170, 123.600, true, 5.0).sesudah();
		j = j.terima(T0.plusSeconds(30), -10.170 - DERAJAT_111M, 123.600, true, 5.0).sesudah();
		j = j.terima(T0.plusSeconds(60), -10.170 - 2 * DERAJAT_111M, 123.600, true, 5.0).sesudah();
		assertThat(j.jarakM()).isCloseTo(222.4, within(0.5));
	}

	@Test
	void parkedJitterAddsNothing() {
		var acak = new Random(42);
		PelacakJarak j = awal().terima(T0, -10.170, 123.600, true, 8.0).sesudah();
		for (int i = 1; i <= 500; i++) {
			// ±5 m of noise around a parked vehicle
			double dLat = (acak.nextDouble() - 0.5) * 0.00009;
			double dLon = (acak.nextDouble() - 0.5) * 0.00009;
			j = j.terima(T0.plusSeconds(10L * i), -10.170 + dLat, 123.600 + dLon, true, 8.0).sesudah();
		}
		assertThat(j.jarakM()).isZero();
	}

	@Test
	void slowCreepIsCountedOnceItLeavesTheNoiseRadius() {
		PelacakJarak j = awal().terima(T0, -10.170, 123.600, true, null).sesudah();
		// 10 m steps, each below the noise radius, 20 of them = 200 m
		for (int i = 1; i <= 20; i++) {
			j = j.terima(T0.plusSeconds(10L * i), -10.170 - i * DERAJAT_111M / 11.12, 123.600, true, null).sesudah();
		}
		assertThat(j.jarakM()).isBetween(180.0, 200.5);
	}

	@Test
	void aSingleJumpIsIgnoredAndTheTrackGoesOn() {
		PelacakJarak j = awal().terima(T0, -10.170, 123.600, true, 5.0).sesudah();
		// 11 km away after 10 s is 4,000 km/h
		j = j.terima(T0.plusSeconds(10), -10.270, 123.600, true, 5.0).sesudah();
		assertThat(j.jarakM()).isZero();
		j = j.terima(T0.plusSeconds(20), -10.170 - DERAJAT_111M, 123.600, true, 5.0).sesudah();
		assertThat(j.jarakM()).isCloseTo(111.2, within(0.5));
	}

	@Test
	void afterThreeJumpsTheVehicleIsTakenToBeThereWithoutCountingTheJump() {
		PelacakJarak j = awal().terima(T0, -10.170, 123.600, true, 5.0).sesudah();
		for (int i = 1; i <= 3; i++) {
			j = j.terima(T0.plusSeconds(i), -10.270, 123.600, true, 5.0).sesudah();
		}
		assertThat(j.latJangkar()).isEqualTo(-10.270);
		j = j.terima(T0.plusSeconds(30), -10.270 - DERAJAT_111M, 123.600, true, 5.0).sesudah();
		assertThat(j.jarakM()).isCloseTo(111.2, within(0.5));
	}

	@ParameterizedTest
	@ValueSource(strings = { "invalid", "inaccurate", "null island" })
	void unusableFixesAddNothingButMoveTime(String jenis) {
		PelacakJarak j = awal().terima(T0, -10.170, 123.600, true, 5.0).sesudah();
		PelacakJarak.Langkah l = switch (jenis) {
			case "invalid" -> j.terima(T0.plusSeconds(60), -10.180, 123.600, false, 5.0);
			case "inaccurate" -> j.terima(T0.plusSeconds(60), -10.180, 123.600, true, 500.0);
			default -> j.terima(T0.plusSeconds(60), 0, 0, true, 5.0);
		};
		assertThat(l.urut()).isTrue();
		assertThat(l.sesudah().jarakM()).isZero();
		assertThat(l.sesudah().waktu()).isEqualTo(T0.plusSeconds(60));
		assertThat(l.sesudah().latJangkar()).isEqualTo(-10.170);
	}

	@Test
	void outOfOrderAndDuplicateFixesAreNotInOrder() {
		PelacakJarak j = awal().terima(T0.plusSeconds(60), -10.170, 123.600, true, 5.0).sesudah();
		assertThat(j.terima(T0.plusSeconds(60), -10.180, 123.600, true, 5.0).urut()).isFalse();
		PelacakJarak.Langkah terlambat = j.terima(T0, -10.180, 123.600, true, 5.0);
		assertThat(terlambat.urut()).isFalse();
		assertThat(terlambat.sesudah()).isEqualTo(j);
	}
}
