package id.kotacerdas.notifikasi.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** SMS parts: GSM characters only, at most 160 septets each, numbered, nothing lost but the spaces they were cut at. */
class PecahSmsTests {

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			Status pengaduan KPG-2026-000123: Diproses.  | Status pengaduan KPG-2026-000123: Diproses.
			Jalan “Timor Raya” – dekat café           | Jalan "Timor Raya" - dekat café
			Petugas: ‘sudah ditangani’…               | Petugas: 'sudah ditangani'...
			Terima kasih 🙏                            | Terima kasih ?
			warung Mamá, Ĳ                            | warung Mama, ?
			Ä é ñ ü à stay as GSM has them             | Ä é ñ ü à stay as GSM has them
			""")
	void textIsTransliteratedToGsm(String asli, String gsm) {
		assertThat(PecahSms.gsm(asli)).isEqualTo(gsm);
	}

	@Test
	void aTextOf160SeptetsIsOnePartAndOneMoreMakesTwo() {
		String pas = "a".repeat(150) + " bbbbbbbbb";
		assertThat(PecahSms.bagian(pas)).containsExactly(pas);
		List<String> dua = PecahSms.bagian(pas + "c");
		assertThat(dua).hasSize(2);
		assertThat(dua.get(0)).isEqualTo("(1/2) " + "a".repeat(150));
		assertThat(dua.get(1)).isEqualTo("(2/2) bbbbbbbbbc");
	}

	@Test
	void extensionCharactersCountTwice() {
		String teks = "{".repeat(80);
		assertThat(PecahSms.septet(teks)).isEqualTo(160);
		assertThat(PecahSms.bagian(teks)).hasSize(1);
		assertThat(PecahSms.bagian(teks + "[")).hasSize(2).allSatisfy(b -> assertThat(PecahSms.septet(b)).isLessThanOrEqualTo(160));
	}

	/** Random texts of words, long words, line breaks and extension characters: every part fits, numbering is right, words come back. */
	@ParameterizedTest
	@ValueSource(longs = { 7, 160, 5371, 20261130 })
	void randomTextsSplitIntoFittingNumberedParts(long benih) {
		Random acak = new Random(benih);
		String[] kata = { "Pengaduan", "KPG-2026-000123", "jalan", "berlubang", "di", "Oebobo", "sudah", "ditambal", "{catatan}",
				"https://lapor.kupangkota.go.id/pengaduan/KPG-2026-000123", "\n", "x".repeat(200), "€", "Naikoten II" };
		for (int i = 0; i < 300; i++) {
			StringBuilder teks = new StringBuilder();
			int n = acak.nextInt(120);
			for (int j = 0; j < n; j++) {
				teks.append(kata[acak.nextInt(kata.length)]).append(acak.nextInt(5) == 0 ? "  " : " ");
			}
			String asli = teks.toString().strip();
			List<String> bagian = PecahSms.bagian(asli);
			assertThat(bagian).allSatisfy(b -> assertThat(PecahSms.septet(b)).isLessThanOrEqualTo(PecahSms.PANJANG));
			List<String> isi = new ArrayList<>();
			if (bagian.size() == 1) {
				isi.add(bagian.get(0));
			}
			else {
				for (int k = 0; k < bagian.size(); k++) {
					String awalan = "(" + (k + 1) + "/" + bagian.size() + ") ";
					assertThat(bagian.get(k)).startsWith(awalan);
					isi.add(bagian.get(k).substring(awalan.length()));
				}
			}
			assertThat(String.join("", isi).replaceAll("\\s", "")).isEqualTo(asli.replaceAll("\\s", ""));
		}
	}
}
