package id.kotacerdas.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class JarakBumiTests {

	@Test
	void oneDegreeAlongAMeridianIsPiTimesTheRadiusOver180() {
		assertThat(JarakBumi.meter(-10, 123.6, -11, 123.6)).isCloseTo(Math.PI * JarakBumi.JARI_JARI_M / 180, within(1e-6));
		// on the equator a degree of longitude is as long; at Kupang's latitude cos(10°) of it
		assertThat(JarakBumi.meter(0, 123, 0, 124)).isCloseTo(111_195.08, within(0.01));
		assertThat(JarakBumi.meter(-10, 123, -10, 124)).isCloseTo(111_195.08 * Math.cos(Math.toRadians(10)), within(5.0));
	}

	@Test
	void kupangAirportToTheGovernorsOffice() {
		assertThat(JarakBumi.meter(-10.1716, 123.6711, -10.1590, 123.5972) / 1000).isCloseTo(8.2, within(0.3));
	}

	@Test
	void antipodesAreHalfTheCircumferenceApart() {
		assertThat(JarakBumi.meter(-10.1772, 123.6070, 10.1772, -56.3930)).isCloseTo(Math.PI * JarakBumi.JARI_JARI_M, within(1e-3));
	}

	/** Random point triples: a distance is never negative, zero to itself, symmetric, and no detour is shorter. */
	@ParameterizedTest
	@ValueSource(longs = { 1, 7, 42, 2026, 5371 })
	void behavesLikeADistance(long benih) {
		var acak = new Random(benih);
		for (int i = 0; i < 1000; i++) {
			double[] a = titik(acak);
			double[] b = titik(acak);
			double[] c = titik(acak);
			double ab = JarakBumi.meter(a[0], a[1], b[0], b[1]);
			assertThat(ab).isGreaterThanOrEqualTo(0).isLessThanOrEqualTo(Math.PI * JarakBumi.JARI_JARI_M + 1e-6);
			assertThat(JarakBumi.meter(a[0], a[1], a[0], a[1])).isZero();
			assertThat(JarakBumi.meter(b[0], b[1], a[0], a[1])).isCloseTo(ab, within(1e-6));
			assertThat(ab).isLessThanOrEqualTo(JarakBumi.meter(a[0], a[1], c[0], c[1]) + JarakBumi.meter(c[0], c[1], b[0], b[1]) + 1e-6);
		}
	}

	private static double[] titik(Random acak) {
		return new double[] { acak.nextDouble() * 180 - 90, acak.nextDouble() * 360 - 180 };
	}
}
