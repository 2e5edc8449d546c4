package id.kotacerdas.pasar.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Local units: a tray of eggs read per piece and per kilogram, as the seed data configures it. */
class KonversiTests {

	private final Konversi telur = new Konversi(List.of(new Konversi.Langkah("rak", "butir", new BigDecimal("30")),
			new Konversi.Langkah("butir", "kg", new BigDecimal("0.0625"))));

	@Test
	void aTrayIsThirtyEggsAndAboutTwoKilograms() {
		assertThat(telur.faktor("rak", "butir")).hasValueSatisfying(f -> assertThat(f).isEqualByComparingTo("30"));
		assertThat(telur.faktor("rak", "kg")).hasValueSatisfying(f -> assertThat(f).isEqualByComparingTo("1.875"));
		assertThat(telur.faktor("kg", "rak")).hasValueSatisfying(f -> assertThat(f).isEqualByComparingTo("0.5333333333333333"));
	}

	@Test
	void aPricePerTrayReadsPerEggAndPerKilogram() {
		assertThat(telur.harga(60_000, "rak", "butir")).contains(2_000L);
		assertThat(telur.harga(60_000, "rak", "kg")).contains(32_000L);
		assertThat(telur.harga(32_000, "kg", "rak")).contains(60_000L);
	}

	@Test
	void noPathNoConversion() {
		assertThat(telur.harga(5_000, "ikat", "kg")).isEmpty();
		assertThat(new Konversi(List.of()).harga(5_000, "kg", "kg")).contains(5_000L);
	}
}
