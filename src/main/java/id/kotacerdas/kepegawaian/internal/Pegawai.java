package id.kotacerdas.kepegawaian.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.Period;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import id.kotacerdas.platform.Nik;

/**
 * An employee's record, SIASN's "data utama". Codes are those of {@link KatalogReferensi}.
 *
 * @param id null until stored
 * @param tmtCpns the first appointment: as a candidate civil servant (PNS) or the contract start (PPPK)
 * @param diubah the last change, null until stored
 */
public record Pegawai(Long id, String nip, String nipLama, String nama, String gelarDepan, String gelarBelakang, String tempatLahir,
		LocalDate tanggalLahir, String jenisKelamin, String agama, String statusKawin, String nik, String email, String telepon,
		String alamat, String jenisPegawai, String kedudukanHukum, LocalDate tmtCpns, String nomorSkCpns, LocalDate tmtPns,
		String nomorSkPns, String golongan, LocalDate tmtGolongan, String pendidikan, String jurusan, String jenisJabatan,
		String namaJabatan, LocalDate tmtJabatan, String eselon, Long opdId, String unor, OffsetDateTime diubah) {

	/** The name as written on a decree: "dr. Maria Bere, M.Kes." */
	public String namaLengkap() {
		String depan = Stream.of(gelarDepan, nama).filter(s -> s != null && !s.isBlank()).collect(Collectors.joining(" "));
		return gelarBelakang == null || gelarBelakang.isBlank() ? depan : depan + ", " + gelarBelakang;
	}

	/** Years and months since the first appointment, as of {@code hariIni}. */
	public Period masaKerja(LocalDate hariIni) {
		return tmtCpns == null || tmtCpns.isAfter(hariIni) ? Period.ZERO : Period.between(tmtCpns, hariIni).withDays(0);
	}

	public String nikTersamar() {
		return new Nik(nik).tersamar();
	}
}
