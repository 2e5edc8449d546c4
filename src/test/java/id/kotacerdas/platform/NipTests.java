package id.kotacerdas.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class NipTests {

	@Test
	void theExampleOfTheRegulationReadsAsItsParts() {
		Nip nip = Nip.dari("19660801 198803 1 001");
		assertThat(nip.nilai()).isEqualTo("196608011988031001");
		assertThat(nip.tanggalLahir()).isEqualTo(LocalDate.of(1966, 8, 1));
		assertThat(nip.pengangkatan()).isEqualTo(YearMonth.of(1988, 3));
		assertThat(nip.jenisKelamin()).isEqualTo(Nip.JenisKelamin.LAKI_LAKI);
		assertThat(nip.nomorUrut()).isEqualTo(1);
		assertThat(nip).hasToString("196608011988031001");
	}

	@ParameterizedTest
	@ValueSource(strings = { "198501012010011001", "19850101 201001 1 001", "19850101.201001.1.001", " 198501012010011001 ",
			"200002292024012999" })
	void typedAndPrintedFormsAreTheSameNip(String teks) {
		assertThat(Nip.sah(teks)).isTrue();
		assertThat(Nip.dari(teks).nilai()).hasSize(18).containsOnlyDigits();
	}

	@Test
	void aWomanAndALeapDay() {
		Nip nip = Nip.dari("200002292024012999");
		assertThat(nip.tanggalLahir()).isEqualTo(LocalDate.of(2000, 2, 29));
		assertThat(nip.jenisKelamin()).isEqualTo(Nip.JenisKelamin.PEREMPUAN);
		assertThat(nip.nomorUrut()).isEqualTo(999);
	}

	@ParameterizedTest
	@NullAndEmptySource
	@ValueSource(strings = { " ", "19850101201001100", "1985010120100110011", "19850101-201001-1-001", "1985010120100I1001",
			"１９８５０１０１２０１００１１００１", // full-width digits are not ASCII digits
			"198513012010011001", // month 13
			"198502302010011001", // 30 February
			"199902292020011001", // 29 February of a common year
			"198501002010011001", // day 0
			"198501012010001001", // appointed in month 0
			"198501012010131001", // appointed in month 13
			"198501012010013001", // sex 3
			"198501012010010001", // sex 0
			"198506151985061001", // appointed in the month of birth
			"198506151980011001", // appointed before birth
			"189912312010011001" }) // born before 1900
	void whatIsNotANip(String teks) {
		assertThat(Nip.sah(teks)).isFalse();
		assertThatIllegalArgumentException().isThrownBy(() -> Nip.dari(teks));
	}

	@Test
	void theCanonicalFormIsCheckedToo() {
		assertThatIllegalArgumentException().isThrownBy(() -> new Nip("19850101 201001 1 001"));
		assertThatIllegalArgumentException().isThrownBy(() -> new Nip(null));
	}

	@Test
	void theBeanValidationConstraintLeavesAnEmptyOptionalFieldAlone() {
		var pemeriksa = new Nip.Sah.Pemeriksa();
		assertThat(pemeriksa.isValid(null, null)).isTrue();
		assertThat(pemeriksa.isValid("", null)).isTrue();
		assertThat(pemeriksa.isValid("19660801 198803 1 001", null)).isTrue();
		assertThat(pemeriksa.isValid("196608011988033001", null)).isFalse();
	}

	/**
	 * Random employees: a NIP built from valid parts reads back as those parts however it is printed,
	 * and breaking one part (sex digit, a month, the day) makes it invalid.
	 */
	@ParameterizedTest
	@ValueSource(longs = { 1, 7, 42, 2007, 5371 })
	void randomNipsRoundTripAndBrokenOnesAreRefused(long benih) {
		var acak = new Random(benih);
		for (int i = 0; i < 500; i++) {
			LocalDate lahir = LocalDate.of(1940 + acak.nextInt(70), 1, 1).plusDays(acak.nextInt(366));
			YearMonth diangkat = YearMonth.from(lahir).plusMonths(1 + acak.nextInt(45 * 12));
			int kelamin = 1 + acak.nextInt(2);
			int urut = acak.nextInt(1000);
			String nilai = "%04d%02d%02d%04d%02d%d%03d".formatted(lahir.getYear(), lahir.getMonthValue(), lahir.getDayOfMonth(),
					diangkat.getYear(), diangkat.getMonthValue(), kelamin, urut);
			String tercetak = String.join(acak.nextBoolean() ? " " : ".", nilai.substring(0, 8), nilai.substring(8, 14),
					nilai.substring(14, 15), nilai.substring(15));

			Nip nip = Nip.dari(acak.nextBoolean() ? nilai : tercetak);
			assertThat(nip.nilai()).isEqualTo(nilai);
			assertThat(nip.tanggalLahir()).isEqualTo(lahir);
			assertThat(nip.pengangkatan()).isEqualTo(diangkat);
			assertThat(nip.jenisKelamin()).isEqualTo(kelamin == 1 ? Nip.JenisKelamin.LAKI_LAKI : Nip.JenisKelamin.PEREMPUAN);
			assertThat(nip.nomorUrut()).isEqualTo(urut);

			char salahKelamin = "03456789".charAt(acak.nextInt(8));
			assertThat(Nip.sah(nilai.substring(0, 14) + salahKelamin + nilai.substring(15))).isFalse();
			String salahBulan = "%02d".formatted(13 + acak.nextInt(87));
			assertThat(Nip.sah(nilai.substring(0, 4) + salahBulan + nilai.substring(6))).isFalse();
			assertThat(Nip.sah(nilai.substring(0, 12) + salahBulan + nilai.substring(14))).isFalse();
			String salahHari = "%02d".formatted(lahir.lengthOfMonth() + 1 + acak.nextInt(99 - lahir.lengthOfMonth()));
			assertThat(Nip.sah(nilai.substring(0, 6) + salahHari + nilai.substring(8))).isFalse();
		}
	}
}
