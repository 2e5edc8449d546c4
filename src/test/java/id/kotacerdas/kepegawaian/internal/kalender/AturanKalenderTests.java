package id.kotacerdas.kepegawaian.internal.kalender;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The calendars' dates on concrete records, as BKPPD computes them by hand. */
class AturanKalenderTests {

	/** The rules of application.yml. */
	static final PengaturanKalender PENGATURAN = new PengaturanKalender(4, 2, 6, 3, 12, 58,
			List.of(new PengaturanKalender.AturanBup("1", List.of("11", "12", "21", "22"), null, 60),
					new PengaturanKalender.AturanBup("2", null, List.of("Ahli Utama"), 65),
					new PengaturanKalender.AturanBup("2", null, List.of("Ahli Madya", "Guru"), 60)));

	static final List<String> GOLONGAN = List.of("11", "12", "13", "14", "21", "22", "23", "24", "31", "32", "33", "34", "41", "42", "43",
			"44", "45");

	/** As migration 40: SLTA III/b, D-III III/c, S-1 III/d, S-2 IV/a. */
	static final AturanKalender ATURAN = new AturanKalender(PENGATURAN, Map.of("15", "32", "30", "33", "40", "34", "45", "41"), GOLONGAN);

	static PegawaiRingkas pegawai(LocalDate lahir, String jenisJabatan, String eselon, String jabatan) {
		return new PegawaiRingkas(1, "196805172000031001", "Uji", null, null, lahir, "1", "PNS", LocalDate.of(2000, 3, 1), "33",
				LocalDate.of(2022, 4, 1), "40", jenisJabatan, jabatan, LocalDate.of(2022, 4, 1), eselon, 1, "Sekretariat");
	}

	static PegawaiRingkas pangkat(String golongan, LocalDate tmtGolongan, String pendidikan, String jenisPegawai) {
		return new PegawaiRingkas(1, "199001012015031001", "Uji", null, null, LocalDate.of(1990, 1, 1), "1", jenisPegawai,
				LocalDate.of(2015, 3, 1), golongan, tmtGolongan, pendidikan, "4", "Pengadministrasi Umum", tmtGolongan, "99", 1, "Sekretariat");
	}

	@ParameterizedTest(name = "born {0}, BUP {1} → TMT {2}")
	@CsvSource({ "1968-05-17, 58, 2026-06-01", // the example: an executor
			"1968-06-01, 58, 2026-07-01", // born on the first: still the month after
			"1968-05-31, 58, 2026-06-01", // the last day of a 31-day month
			"1966-12-31, 60, 2027-01-01", // into the next year
			"1968-01-31, 58, 2026-02-01", "1968-02-29, 58, 2026-03-01", // leap day, common year at BUP: 28 February, still February
			"1964-02-29, 60, 2024-03-01", // leap day, leap year at BUP
			"1961-11-30, 65, 2026-12-01" })
	void theRetirementTmtIsTheFirstOfTheMonthAfterTheBirthdayAtTheRetirementAge(LocalDate lahir, int bup, LocalDate tmt) {
		assertThat(AturanKalender.tmtPensiun(lahir, bup)).isEqualTo(tmt);
	}

	@Test
	void theRetirementAgeFollowsThePosition() {
		LocalDate lahir = LocalDate.of(1968, 5, 17);
		assertThat(ATURAN.bup(pegawai(lahir, "4", "99", "Pengadministrasi Umum"))).isEqualTo(58);
		assertThat(ATURAN.tmtPensiun(pegawai(lahir, "4", "99", "Pengadministrasi Umum"))).isEqualTo(LocalDate.of(2026, 6, 1));
		assertThat(ATURAN.bup(pegawai(lahir, "1", "22", "Kepala Dinas"))).isEqualTo(60);
		assertThat(ATURAN.tmtPensiun(pegawai(lahir, "1", "22", "Kepala Dinas"))).isEqualTo(LocalDate.of(2028, 6, 1));
		assertThat(ATURAN.bup(pegawai(lahir, "1", "41", "Kepala Seksi Drainase"))).isEqualTo(58);
		assertThat(ATURAN.bup(pegawai(lahir, "2", "99", "Analis Kebijakan Ahli Madya"))).isEqualTo(60);
		assertThat(ATURAN.bup(pegawai(lahir, "2", "99", "Dokter Ahli Utama"))).isEqualTo(65);
		assertThat(ATURAN.bup(pegawai(lahir, "2", "99", "Guru Ahli Pertama"))).isEqualTo(60);
		assertThat(ATURAN.bup(pegawai(lahir, "2", "99", "Perawat Ahli Pertama"))).isEqualTo(58);
		// the words count only for the position type they are given for
		assertThat(ATURAN.bup(pegawai(lahir, "4", "99", "Pengelola Guru dan Tenaga Kependidikan"))).isEqualTo(58);
	}

	/** Whatever the birthday, the TMT is the first day of the month right after the birthday's month. */
	@ParameterizedTest
	@ValueSource(longs = { 5371, 20261130, 1968 })
	void everyRetirementTmtIsTheFirstOfTheFollowingMonth(long benih) {
		Random acak = new Random(benih);
		for (int i = 0; i < 2_000; i++) {
			LocalDate lahir = LocalDate.of(1955, 1, 1).plusDays(acak.nextInt(365 * 45));
			int bup = List.of(58, 60, 65).get(acak.nextInt(3));
			LocalDate tmt = AturanKalender.tmtPensiun(lahir, bup);
			LocalDate ulangTahun = lahir.plusYears(bup);
			assertThat(tmt.getDayOfMonth()).isEqualTo(1);
			assertThat(tmt).isAfter(ulangTahun);
			assertThat(YearMonth.from(tmt)).isEqualTo(YearMonth.from(ulangTahun).plusMonths(1));
			assertThat(tmt.getYear() - lahir.getYear()).isBetween(bup, bup + 1);
		}
	}

	@ParameterizedTest(name = "{0} → {1}")
	@CsvSource({ "2026-11-30, 2026-12-01", "2026-12-01, 2026-12-01", "2026-12-02, 2027-02-01", "2027-01-15, 2027-02-01",
			"2026-02-01, 2026-02-01", "2026-03-01, 2026-04-01", "2028-02-29, 2028-04-01" })
	void thePromotionPeriodIsTheFirstOfFebruaryAprilJuneAugustOctoberOrDecember(LocalDate tanggal, LocalDate periode) {
		assertThat(AturanKalender.periodePangkatSejak(tanggal)).isEqualTo(periode);
	}

	@Test
	void sixPeriodsAYear() {
		assertThat(AturanKalender.periodePangkat(LocalDate.of(2026, 11, 30), 6)).containsExactly(LocalDate.of(2026, 12, 1),
				LocalDate.of(2027, 2, 1), LocalDate.of(2027, 4, 1), LocalDate.of(2027, 6, 1), LocalDate.of(2027, 8, 1),
				LocalDate.of(2027, 10, 1));
	}

	@Test
	void aRegularPromotionComesAfterFourYearsInRankUpToTheEducationsCeiling() {
		// four years in III/b on 1 April 2026 exactly: that period
		assertThat(ATURAN.layakPangkat(pangkat("32", LocalDate.of(2022, 4, 1), "40", "PNS"))).contains(LocalDate.of(2026, 4, 1));
		assertThat(ATURAN.golonganBerikut(pangkat("32", LocalDate.of(2022, 4, 1), "40", "PNS"))).contains("33");
		// one day short at April: June
		assertThat(ATURAN.layakPangkat(pangkat("32", LocalDate.of(2022, 4, 2), "40", "PNS"))).contains(LocalDate.of(2026, 6, 1));
		// the last day of a month reaches the next period
		assertThat(ATURAN.layakPangkat(pangkat("24", LocalDate.of(2022, 5, 31), "15", "PNS"))).contains(LocalDate.of(2026, 6, 1));
		// II/d to III/a crosses the group: allowed for SLTA, whose ceiling is III/b
		assertThat(ATURAN.golonganBerikut(pangkat("24", LocalDate.of(2022, 5, 31), "15", "PNS"))).contains("31");
		// at the ceiling: S-1 III/d, SLTA III/b, D-III III/c; and the top rank
		assertThat(ATURAN.layakPangkat(pangkat("34", LocalDate.of(2015, 4, 1), "40", "PNS"))).isEmpty();
		assertThat(ATURAN.layakPangkat(pangkat("32", LocalDate.of(2015, 4, 1), "15", "PNS"))).isEmpty();
		assertThat(ATURAN.layakPangkat(pangkat("33", LocalDate.of(2015, 4, 1), "30", "PNS"))).isEmpty();
		assertThat(ATURAN.layakPangkat(pangkat("45", LocalDate.of(2015, 4, 1), "50", "PNS"))).isEmpty();
		// an education without a ceiling row (S-3 here) is not held back
		assertThat(ATURAN.layakPangkat(pangkat("42", LocalDate.of(2020, 10, 1), "50", "PNS"))).contains(LocalDate.of(2024, 10, 1));
		// PPPK have grades, not ranks
		assertThat(ATURAN.layakPangkat(pangkat("IX", LocalDate.of(2020, 10, 1), "40", "PPPK"))).isEmpty();
	}

	@Test
	void theSalaryIncreaseComesEveryTwoYearsFromTheFirstAppointment() {
		PegawaiRingkas p = pangkat("33", LocalDate.of(2022, 4, 1), "40", "PNS"); // TMT CPNS 1 March 2015
		assertThat(ATURAN.kgbBerikut(p, LocalDate.of(2026, 11, 1))).contains(LocalDate.of(2027, 3, 1));
		assertThat(ATURAN.kgbBerikut(p, LocalDate.of(2027, 3, 1))).contains(LocalDate.of(2027, 3, 1));
		assertThat(ATURAN.kgbBerikut(p, LocalDate.of(2027, 3, 2))).contains(LocalDate.of(2029, 3, 1));
		// not before the first two years
		assertThat(ATURAN.kgbBerikut(p, LocalDate.of(2014, 1, 1))).contains(LocalDate.of(2017, 3, 1));
	}
}
