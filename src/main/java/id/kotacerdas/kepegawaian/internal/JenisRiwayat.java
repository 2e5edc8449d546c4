package id.kotacerdas.kepegawaian.internal;

import java.util.Arrays;

/**
 * The kinds of career history (SIASN's riwayat). Part of the code's structure (each has its own
 * fields and rules), so an enum; the codes inside a row (rank, level, rating) are reference data.
 * Screens show {@code kepegawaian.riwayat.<kode>}, never the constant.
 */
public enum JenisRiwayat {

	/** Rank and grade: drives {@code pegawai.golongan} and its TMT. */
	GOLONGAN("golongan"),
	/** Position: drives the position type, name, TMT, echelon, agency and unit of {@code pegawai}. */
	JABATAN("jabatan"),
	/** Education: the highest level drives {@code pegawai.pendidikan} and its field. */
	PENDIDIKAN("pendidikan"),
	DIKLAT("diklat"),
	HUKUMAN("hukuman"),
	PENGHARGAAN("penghargaan"),
	SKP("skp");

	private final String kode;

	JenisRiwayat(String kode) {
		this.kode = kode;
	}

	/** As stored and in URLs. */
	public String kode() {
		return kode;
	}

	/** Whether the employee's current values are derived from this kind, so its last row may not go. */
	public boolean menurunkan() {
		return this == GOLONGAN || this == JABATAN || this == PENDIDIKAN;
	}

	public static JenisRiwayat dari(String kode) {
		return Arrays.stream(values()).filter(j -> j.kode.equals(kode)).findFirst()
			.orElseThrow(() -> new IllegalArgumentException("unknown history kind: " + kode));
	}
}
