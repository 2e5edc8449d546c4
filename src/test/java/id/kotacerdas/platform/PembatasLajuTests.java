package id.kotacerdas.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

class PembatasLajuTests {

	/** A clock the test moves by hand. */
	static final class JamUji extends Clock {

		Instant sekarang = Instant.parse("2026-11-22T00:00:00Z");

		@Override
		public ZoneOffset getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(java.time.ZoneId zone) {
			return this;
		}

		@Override
		public Instant instant() {
			return sekarang;
		}
	}

	@Test
	void allowsABurstOfOneMinuteThenRefillsEvenly() {
		JamUji jam = new JamUji();
		PembatasLaju laju = new PembatasLaju(6, jam);
		for (int i = 0; i < 6; i++) {
			laju.ambil("a");
		}
		assertThatThrownBy(() -> laju.ambil("a")).isInstanceOfSatisfying(CobaLagiNantiException.class,
				ex -> assertThat(ex.detik()).isEqualTo(10));
		// other clients have their own bucket
		laju.ambil("b");
		jam.sekarang = jam.sekarang.plus(Duration.ofSeconds(9));
		assertThatThrownBy(() -> laju.ambil("a")).isInstanceOf(CobaLagiNantiException.class);
		jam.sekarang = jam.sekarang.plus(Duration.ofSeconds(1));
		laju.ambil("a");
		assertThatThrownBy(() -> laju.ambil("a")).isInstanceOf(CobaLagiNantiException.class);
		// a long pause refills only up to the burst size
		jam.sekarang = jam.sekarang.plus(Duration.ofHours(1));
		for (int i = 0; i < 6; i++) {
			laju.ambil("a");
		}
		assertThatThrownBy(() -> laju.ambil("a")).isInstanceOf(CobaLagiNantiException.class);
	}
}
