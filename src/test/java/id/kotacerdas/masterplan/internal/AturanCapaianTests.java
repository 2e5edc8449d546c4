package id.kotacerdas.masterplan.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Random;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import id.kotacerdas.masterplan.RegisterMasterplan.Capaian;
import id.kotacerdas.platform.Indikator.Arah;

/** The colour rule stated on the dashboard, at and around its edges, in both directions, and without data. */
class AturanCapaianTests {

	private static final AturanCapaian SEPULUH_PERSEN = new AturanCapaian(BigDecimal.TEN);

	static Stream<Arguments> kasus() {
		return Stream.of(
				// higher is better, target 80: met at or above, amber down to 72 (10 % of 80), red below
				Arguments.of(Arah.NAIK_LEBIH_BAIK, "80", "85", Capaian.HIJAU),
				Arguments.of(Arah.NAIK_LEBIH_BAIK, "80", "80.0", Capaian.HIJAU),
				Arguments.of(Arah.NAIK_LEBIH_BAIK, "80", "79.9", Capaian.KUNING),
				Arguments.of(Arah.NAIK_LEBIH_BAIK, "80", "72", Capaian.KUNING),
				Arguments.of(Arah.NAIK_LEBIH_BAIK, "80", "71.9", Capaian.MERAH),
				Arguments.of(Arah.NAIK_LEBIH_BAIK, "6000", "5400", Capaian.KUNING),
				Arguments.of(Arah.NAIK_LEBIH_BAIK, "6000", "5399", Capaian.MERAH),
				// lower is better, target 10: met at or below, amber up to 11, red above
				Arguments.of(Arah.TURUN_LEBIH_BAIK, "10", "8", Capaian.HIJAU),
				Arguments.of(Arah.TURUN_LEBIH_BAIK, "10", "10", Capaian.HIJAU),
				Arguments.of(Arah.TURUN_LEBIH_BAIK, "10", "11", Capaian.KUNING),
				Arguments.of(Arah.TURUN_LEBIH_BAIK, "10", "11.1", Capaian.MERAH),
				Arguments.of(Arah.TURUN_LEBIH_BAIK, "10", "85", Capaian.MERAH),
				// a target of none above HET: any is red, none is green
				Arguments.of(Arah.TURUN_LEBIH_BAIK, "0", "0", Capaian.HIJAU),
				Arguments.of(Arah.TURUN_LEBIH_BAIK, "0", "1", Capaian.MERAH),
				// no target or no value: no data, never red
				Arguments.of(Arah.NAIK_LEBIH_BAIK, null, "50", Capaian.TANPA_DATA),
				Arguments.of(Arah.NAIK_LEBIH_BAIK, "80", null, Capaian.TANPA_DATA),
				Arguments.of(Arah.TURUN_LEBIH_BAIK, null, null, Capaian.TANPA_DATA));
	}

	@ParameterizedTest
	@MethodSource("kasus")
	void theRule(Arah arah, String target, String aktual, Capaian diharapkan) {
		assertThat(SEPULUH_PERSEN.nilai(arah, angka(target), angka(aktual))).isEqualTo(diharapkan);
	}

	@Test
	void theThresholdIsASettingAndZeroLeavesNoAmber() {
		AturanCapaian ketat = new AturanCapaian(BigDecimal.ZERO);
		assertThat(ketat.nilai(Arah.NAIK_LEBIH_BAIK, new BigDecimal("80"), new BigDecimal("79.9"))).isEqualTo(Capaian.MERAH);
		AturanCapaian longgar = new AturanCapaian(BigDecimal.valueOf(25));
		assertThat(longgar.nilai(Arah.NAIK_LEBIH_BAIK, new BigDecimal("80"), new BigDecimal("60"))).isEqualTo(Capaian.KUNING);
		assertThat(longgar.ambangTeks()).isEqualTo("25");
	}

	/** Mirrored values: for every pair, swapping the direction and reflecting around the target gives the same colour. */
	@Test
	void bothDirectionsAreMirrorImages() {
		Random acak = new Random(37120);
		for (int n = 0; n < 500; n++) {
			BigDecimal target = BigDecimal.valueOf(1 + acak.nextInt(10_000), 1);
			BigDecimal selisih = BigDecimal.valueOf(acak.nextInt(4_000) - 2_000, 2);
			Capaian naik = SEPULUH_PERSEN.nilai(Arah.NAIK_LEBIH_BAIK, target, target.add(selisih));
			Capaian turun = SEPULUH_PERSEN.nilai(Arah.TURUN_LEBIH_BAIK, target, target.subtract(selisih));
			assertThat(turun).as("target %s, difference %s", target, selisih).isEqualTo(naik);
		}
	}

	private static BigDecimal angka(String s) {
		return s == null ? null : new BigDecimal(s);
	}
}
