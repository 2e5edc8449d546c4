package id.kotacerdas.armada.pelacakan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class PemisahPerjalananTests {

	private static final Instant T0 = Instant.parse("2026-11-23T00:00:00Z"); // 08.00 WITA

	private final List<Posisi> posisi = new ArrayList<>();

	private void di(int menit, double lat, double lon) {
		posisi.add(new Posisi(1, T0.plusSeconds(60L * menit), T0, lat, lon, null, null, null, 5.0, true, null, Map.of()));
	}

	@Test
	void parkedDriveParked() {
		// 08.00–08.20 parked at the office (with 10 m of jitter)
		for (int m = 0; m <= 20; m++) {
			di(m, -10.1700 + (m % 2) * 0.00009, 123.6000);
		}
		// 08.21–08.30 driving 1 km east per minute
		for (int m = 21; m <= 30; m++) {
			di(m, -10.1700, 123.6000 + 0.009 * (m - 20));
		}
		// 08.31–08.45 parked at the station
		for (int m = 31; m <= 45; m++) {
			di(m, -10.1700, 123.6900);
		}
		var segmen = PemisahPerjalanan.pisahkan(posisi);
		assertThat(segmen).extracting(PemisahPerjalanan.Segmen::jenis).containsExactly(PemisahPerjalanan.Jenis.BERHENTI,
				PemisahPerjalanan.Jenis.BERJALAN, PemisahPerjalanan.Jenis.BERHENTI);
		assertThat(segmen.get(0).menit()).isEqualTo(20);
		// ten steps of 0.009° of longitude at 10° S ≈ 9.85 km
		assertThat(segmen.get(1).jarakKm()).isEqualTo(9.9);
		assertThat(segmen.get(2).lon()).isEqualTo(123.6900);
		assertThat(segmen.get(2).menit()).isEqualTo(15);
	}

	@Test
	void aShortHaltIsNotAStop() {
		for (int m = 0; m <= 10; m++) {
			di(m, -10.1700, 123.6000 + 0.005 * m);
		}
		// four minutes at a traffic light
		for (int m = 11; m <= 14; m++) {
			di(m, -10.1700, 123.6500);
		}
		for (int m = 15; m <= 20; m++) {
			di(m, -10.1700, 123.6500 + 0.005 * (m - 14));
		}
		var segmen = PemisahPerjalanan.pisahkan(posisi);
		assertThat(segmen).extracting(PemisahPerjalanan.Segmen::jenis).containsExactly(PemisahPerjalanan.Jenis.BERJALAN);
	}

	@Test
	void nothingInNothingOut() {
		assertThat(PemisahPerjalanan.pisahkan(List.of())).isEmpty();
	}
}
