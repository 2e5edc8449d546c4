package id.kotacerdas.notifikasi;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The one e-mail check of every form (UMKM, applications, events, staff accounts): addresses people in Kupang give
 * pass, and each way of breaking one is refused — drawn with a seeded Random, so a failure repeats.
 */
class KontakEmailTests {

	private static final String[] NAMA = { "budi", "maria.goreti", "yohanes_ndun", "ina-lay", "adoe+umkm", "sinlae88", "ketut.o'neil" };

	private static final String[] DOMAIN = { "gmail.com", "kupangkota.go.id", "yahoo.co.id", "undana.ac.id", "tenun-ikat.id",
			"dinas.koperasi.kupangkota.go.id", "xn--mgbh0fb.xn--kgbechtv" };

	/** A valid address from seeded parts: one to three atoms, a domain of the list. */
	static Stream<Arguments> sah() {
		Random acak = new Random(5371_2026L);
		return IntStream.range(0, 200).mapToObj(i -> {
			List<String> atom = new ArrayList<>();
			for (int j = 0; j <= acak.nextInt(3); j++) {
				atom.add(NAMA[acak.nextInt(NAMA.length)]);
			}
			return Arguments.of(String.join(".", atom) + "@" + DOMAIN[acak.nextInt(DOMAIN.length)]);
		});
	}

	@ParameterizedTest
	@MethodSource("sah")
	void anAddressPeopleGiveIsAccepted(String alamat) {
		assertThat(Kontak.email(alamat)).as(alamat).isTrue();
	}

	/** Each valid address broken one way: the break, not the address, is what the check must see. */
	static Stream<Arguments> rusak() {
		Random acak = new Random(8510_1211L);
		List<java.util.function.UnaryOperator<String>> cara = List.of(
				a -> a.replace("@", ""), // no @
				a -> a.replace("@", "@@"), // two @
				a -> a.replace("@", " @"), // a space
				a -> a.replace("@", ".@"), // local part ends with a dot
				a -> "." + a, // local part starts with a dot
				a -> a.replaceFirst("@", "..x@"), // two dots in a row
				a -> a.replace("@", "@."), // domain starts with a dot
				a -> a + ".", // domain ends with a dot
				a -> a.substring(0, a.indexOf('@') + 1) + "localhost", // no top-level domain
				a -> a.replace("@", "@-"), // label starts with a hyphen
				a -> a.replaceFirst("\\.([^.]+)$", "-.$1"), // label ends with a hyphen
				a -> a.replaceFirst("\\.[^.]+$", ".123"), // numeric top-level domain
				a -> a.replace("@", "@x..") // empty label
		);
		return sah().limit(cara.size() * 5L).map(args -> (String) args.get()[0]).map(a -> {
			int i = acak.nextInt(cara.size());
			return Arguments.of(a, cara.get(i).apply(a), i);
		});
	}

	@ParameterizedTest
	@MethodSource("rusak")
	void aBrokenAddressIsRefused(String asal, String rusak, int cara) {
		assertThat(Kontak.email(asal)).isTrue();
		assertThat(Kontak.email(rusak)).as("%s (break %d)", rusak, cara).isFalse();
	}

	@ParameterizedTest
	@ValueSource(strings = { "", " ", "budi@gmail.com ", "Budi <budi@gmail.com>", "budi@[10.0.0.1]", "\"budi\"@gmail.com" })
	void whatIsNoBareAddressIsRefused(String diketik) {
		assertThat(Kontak.email(diketik)).isFalse();
		assertThat(Kontak.email(null)).isFalse();
	}

	/** 64 letters, @, then labels of at most 50 letters up to {@code panjang} characters in all, ending in ".id". */
	private static String panjang(int panjang) {
		StringBuilder alamat = new StringBuilder("a".repeat(64)).append('@');
		// each label leaves at least one letter for the last one before ".id"
		while (panjang - alamat.length() - ".id".length() > 50) {
			alamat.append("b".repeat(Math.min(50, panjang - alamat.length() - 5))).append('.');
		}
		alamat.append("b".repeat(panjang - alamat.length() - ".id".length())).append(".id");
		return alamat.toString();
	}

	@ParameterizedTest
	@ValueSource(ints = { 255, 300 })
	void anAddressLongerThanMailCarriesIsRefused(int panjang) {
		assertThat(panjang(Kontak.PANJANG_EMAIL_MAKS)).hasSize(Kontak.PANJANG_EMAIL_MAKS).satisfies(a -> assertThat(Kontak.email(a)).isTrue());
		String alamat = panjang(panjang);
		assertThat(alamat).hasSize(panjang);
		assertThat(Kontak.email(alamat)).isFalse();
	}
}
