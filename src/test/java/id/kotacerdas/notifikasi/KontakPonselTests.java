package id.kotacerdas.notifikasi;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The one mobile-number check the registers (UMKM, training) share: any spelling in, the national 08… form out. */
class KontakPonselTests {

	@Test
	void spellingsPeopleTypeBecomeTheNationalForm() {
		assertThat(Kontak.ponsel("+62 812-3456-7890")).contains("081234567890");
		assertThat(Kontak.ponsel("62812 3456 7890")).contains("081234567890");
		assertThat(Kontak.ponsel("(0812) 3788.1209")).contains("081237881209");
		assertThat(Kontak.ponsel("0812 3788 1209")).contains("081237881209");
	}

	@Test
	void whatIsNoMobileNumberIsRefused() {
		assertThat(Kontak.ponsel(null)).isEmpty();
		assertThat(Kontak.ponsel("")).isEmpty();
		// a Kupang landline, too short, too long, letters
		assertThat(Kontak.ponsel("0380 821234")).isEmpty();
		assertThat(Kontak.ponsel("0812345")).isEmpty();
		assertThat(Kontak.ponsel("08123456789012345")).isEmpty();
		assertThat(Kontak.ponsel("0812-34AB-7890")).isEmpty();
	}

	static Stream<Arguments> nomorAcak() {
		Random acak = new Random(37122);
		return IntStream.range(0, 40).mapToObj(i -> {
			StringBuilder angka = new StringBuilder("8");
			int panjang = 8 + acak.nextInt(6);
			while (angka.length() < panjang) {
				angka.append(acak.nextInt(10));
			}
			return Arguments.of(angka.toString(), acak.nextInt(3));
		});
	}

	/** Whichever prefix and separators, the same number comes out, and it matches itself as a filed contact. */
	@ParameterizedTest
	@MethodSource("nomorAcak")
	void everySpellingOfOneNumberGivesTheSameNationalForm(String angka, int awalan) {
		String diketik = (awalan == 0 ? "0" : awalan == 1 ? "+62 " : "62-") + angka.substring(0, 3) + " " + angka.substring(3);
		assertThat(Kontak.ponsel(diketik)).contains("0" + angka);
		assertThat(Kontak.teleponSama(Kontak.ponsel(diketik).orElseThrow(), diketik)).isTrue();
	}
}
