package id.kotacerdas.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class NikTests {

	@ParameterizedTest(name = "{0} ({1})")
	@CsvSource({
			"5371041206850001, man born 12 June 1985 registered in Oebobo",
			"5371015212900123, woman born 12 December 1990 (day + 40)",
			"5371066902000007, woman born 29 February 2000",
			"3171010101700001, Jakarta Pusat, 1 January 1970",
			"5371 0412 0685 0001, printed in groups",
			"5371.0412.0685.0001, dotted" })
	void validNiksAreAccepted(String nik, String keterangan) {
		assertThat(Nik.sah(nik)).isTrue();
		assertThat(Nik.dari(nik).nilai()).hasSize(16).containsOnlyDigits();
	}

	@ParameterizedTest(name = "{0} ({1})")
	@CsvSource({
			"537104120685001, 15 digits",
			"53710412068500012, 17 digits",
			"53710412068500A1, a letter",
			"0971041206850001, no province 09",
			"5300041206850001, kab/kota 00",
			"5371001206850001, kecamatan 00",
			"5371043206850001, day 32",
			"5371040006850001, day 00",
			"5371044006850001, day 40 (neither a man's nor a woman's)",
			"5371047206850001, day 72 (woman's 32)",
			"5371041213850001, month 13",
			"5371043002850001, 30 February",
			"5371041206850000, sequence 0000",
			"'', empty" })
	void invalidNiksAreRefused(String nik, String keterangan) {
		assertThat(Nik.sah(nik)).isFalse();
		assertThatThrownBy(() -> Nik.dari(nik)).isInstanceOf(IllegalArgumentException.class);
	}

	/** Any real birth date of either sex in any Kupang kecamatan gives a NIK that is accepted. */
	@ParameterizedTest
	@MethodSource("benih")
	void everyRealBirthDateMakesAValidNik(long benih) {
		Random acak = new Random(benih);
		LocalDate lahir = LocalDate.of(1950, 1, 1).plusDays(acak.nextInt(365 * 55));
		boolean perempuan = acak.nextBoolean();
		String nik = String.format(Locale.ROOT, "5371%02d%02d%02d%02d%04d", 1 + acak.nextInt(6), lahir.getDayOfMonth() + (perempuan ? 40 : 0),
				lahir.getMonthValue(), lahir.getYear() % 100, 1 + acak.nextInt(9999));
		assertThat(Nik.sah(nik)).as(nik).isTrue();
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource({ "5371041206850001, •••• •••• •••• 0001", "5371015212903456, •••• •••• •••• 3456" })
	void maskedShowsOnlyTheLastFourDigits(String nik, String tersamar) {
		Nik n = Nik.dari(nik);
		assertThat(n.tersamar()).isEqualTo(tersamar).doesNotContain(nik.substring(0, 12));
		assertThat(n.toString()).isEqualTo(tersamar);
	}

	static Stream<Long> benih() {
		return IntStream.range(0, 50).mapToObj(i -> 5371L * 31 + i);
	}
}
