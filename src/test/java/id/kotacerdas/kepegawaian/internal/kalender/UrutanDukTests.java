package id.kotacerdas.kepegawaian.internal.kalender;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The DUK's order, criterion by criterion: each pair differs only in the criterion it tests and those after it. */
class UrutanDukTests {

	static final List<String> ESELON = List.of("11", "12", "21", "22", "31", "32", "41", "42", "51", "52", "99");

	static final List<String> PENDIDIKAN = List.of("05", "10", "15", "20", "25", "30", "35", "40", "45", "50");

	static PegawaiRingkas pns(String nip, String golongan, LocalDate tmtGolongan, String eselon, String jenisJabatan, LocalDate tmtJabatan,
			LocalDate tmtCpns, String pendidikan, LocalDate lahir) {
		return new PegawaiRingkas(1, nip, "Uji " + nip, null, null, lahir, "1", "PNS", tmtCpns, golongan, tmtGolongan, pendidikan,
				jenisJabatan, "Jabatan", tmtJabatan, eselon, 1, "Unit");
	}

	/** In the official order, most senior first. */
	static final List<PegawaiRingkas> URUTAN = List.of(
			// IV/b beats every III
			pns("01", "42", LocalDate.of(2024, 4, 1), "99", "4", LocalDate.of(2024, 4, 1), LocalDate.of(2010, 1, 1), "40", LocalDate.of(1985, 1, 1)),
			// same rank III/d: earlier TMT of rank first
			pns("02", "34", LocalDate.of(2018, 4, 1), "99", "4", LocalDate.of(2020, 1, 1), LocalDate.of(2012, 1, 1), "40", LocalDate.of(1988, 1, 1)),
			// same rank and TMT: echelon III.a before IV.a before none
			pns("03", "34", LocalDate.of(2020, 10, 1), "31", "1", LocalDate.of(2022, 1, 1), LocalDate.of(2012, 1, 1), "40", LocalDate.of(1988, 1, 1)),
			pns("04", "34", LocalDate.of(2020, 10, 1), "41", "1", LocalDate.of(2021, 1, 1), LocalDate.of(2012, 1, 1), "40", LocalDate.of(1988, 1, 1)),
			// no echelon: functional before executor
			pns("05", "34", LocalDate.of(2020, 10, 1), "99", "2", LocalDate.of(2023, 1, 1), LocalDate.of(2012, 1, 1), "40", LocalDate.of(1988, 1, 1)),
			// executors: earlier TMT of position first
			pns("06", "34", LocalDate.of(2020, 10, 1), "99", "4", LocalDate.of(2020, 10, 1), LocalDate.of(2012, 1, 1), "40", LocalDate.of(1988, 1, 1)),
			// same position date: longer service first
			pns("07", "34", LocalDate.of(2020, 10, 1), "99", "4", LocalDate.of(2021, 1, 1), LocalDate.of(2009, 3, 1), "40", LocalDate.of(1988, 1, 1)),
			// same service: higher education first
			pns("08", "34", LocalDate.of(2020, 10, 1), "99", "4", LocalDate.of(2021, 1, 1), LocalDate.of(2012, 1, 1), "45", LocalDate.of(1988, 1, 1)),
			// same education: older first
			pns("09", "34", LocalDate.of(2020, 10, 1), "99", "4", LocalDate.of(2021, 1, 1), LocalDate.of(2012, 1, 1), "40", LocalDate.of(1980, 2, 29)),
			pns("10", "34", LocalDate.of(2020, 10, 1), "99", "4", LocalDate.of(2021, 1, 1), LocalDate.of(2012, 1, 1), "40", LocalDate.of(1988, 1, 1)),
			// a lower rank comes after all of them, however long the service
			pns("11", "33", LocalDate.of(2010, 4, 1), "21", "1", LocalDate.of(2010, 4, 1), LocalDate.of(1990, 1, 1), "50", LocalDate.of(1966, 1, 1)));

	@ParameterizedTest
	@ValueSource(longs = { 1, 42, 5371 })
	void anyShuffleSortsIntoTheOfficialOrder(long benih) {
		List<PegawaiRingkas> acak = new ArrayList<>(URUTAN);
		Collections.shuffle(acak, new Random(benih));
		acak.sort(DaftarUrutKepangkatan.urutan(AturanKalenderTests.GOLONGAN, ESELON, PENDIDIKAN));
		assertThat(acak).extracting(PegawaiRingkas::nip).containsExactlyElementsOf(URUTAN.stream().map(PegawaiRingkas::nip).toList());
	}
}
