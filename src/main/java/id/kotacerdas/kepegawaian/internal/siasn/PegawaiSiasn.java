package id.kotacerdas.kepegawaian.internal.siasn;

import java.time.LocalDate;

/**
 * What SIASN holds for one NIP in a reference snapshot: the fields the quality check compares.
 * Codes are those of the reference lists where SIASN's could be read, else SIASN's text as exported;
 * null where the export had no such column or an empty cell.
 */
record PegawaiSiasn(String nip, String nama, String gelarDepan, String gelarBelakang, String tempatLahir, LocalDate tanggalLahir,
		String jenisKelamin, String agama, String nik, String jenisPegawai, String kedudukanHukum, LocalDate tmtCpns, LocalDate tmtPns,
		String golongan, LocalDate tmtGolongan, String pendidikan, String jenisJabatan, String namaJabatan, LocalDate tmtJabatan) {
}
