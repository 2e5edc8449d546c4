package id.kotacerdas.kepegawaian.internal.kalender;

import java.time.LocalDate;
import java.time.Period;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * What the calendars and the DUK read of an employee's record (the current columns of
 * {@code kepegawaian.pegawai}, kept by the register and the career history): no NIK, contacts or
 * address. Codes are those of {@link id.kotacerdas.kepegawaian.internal.KatalogReferensi}.
 *
 * @param tmtCpns the first appointment (PPPK: the contract start)
 */
public record PegawaiRingkas(long id, String nip, String nama, String gelarDepan, String gelarBelakang, LocalDate tanggalLahir,
		String jenisKelamin, String jenisPegawai, LocalDate tmtCpns, String golongan, LocalDate tmtGolongan, String pendidikan,
		String jenisJabatan, String namaJabatan, LocalDate tmtJabatan, String eselon, long opdId, String unor) {

	/** The name as written on a decree: "dr. Maria Bere, M.Kes." */
	public String namaLengkap() {
		String depan = Stream.of(gelarDepan, nama).filter(s -> s != null && !s.isBlank()).collect(Collectors.joining(" "));
		return gelarBelakang == null || gelarBelakang.isBlank() ? depan : depan + ", " + gelarBelakang;
	}

	public boolean pns() {
		return "PNS".equals(jenisPegawai);
	}

	/** Whole years and months since the first appointment, as of {@code hari}. */
	public Period masaKerja(LocalDate hari) {
		return tmtCpns == null || tmtCpns.isAfter(hari) ? Period.ZERO : Period.between(tmtCpns, hari).withDays(0);
	}

	public int usia(LocalDate hari) {
		return Period.between(tanggalLahir, hari).getYears();
	}
}
