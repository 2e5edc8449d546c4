package id.kotacerdas.platform;

import static org.assertj.core.api.Assertions.assertThat;

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
			assertThat(laju.ambil("a")).isZero();
		}
		assertThat(laju.ambil("a")).isEqualTo(10);
		// other clients have their own bucket
		assertThat(laju.ambil("b")).isZero();
		jam.sekarang = jam.sekarang.plus(Duration.ofSeconds(9));
		assertThat(laju.ambil("a")).isEqualTo(1);
		jam.sekarang = jam.sekarang.plus(Duration.ofSeconds(1));
		assertThat(laju.ambil("a")).isZero();
		assertThat(laju.ambil("a")).isPositive();
		// a long pause refills only up to the burst size
		jam.sekarang = jam.sekarang.plus(Duration.ofHours(1));
		for (int i = 0; i < 6; i++) {
			assertThat(laju.ambil("a")).isZero();
		}
		assertThat(laju.ambil("a")).isPositive();
	}
}
