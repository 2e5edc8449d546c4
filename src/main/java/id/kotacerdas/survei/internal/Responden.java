package id.kotacerdas.survei.internal;

import java.util.Locale;

/**
 * The respondent data the regulation's questionnaire asks for, each optional: age band, sex,
 * education and occupation. Stored by constant name, shown by message key.
 */
final class Responden {

	private Responden() {
	}

	/** A choice whose words are {@code survei.<jenis>.<constant in lower case>}. */
	interface Pilihan {

		String name();

		String jenis();

		default String kodePesan() {
			return "survei." + jenis() + "." + name().toLowerCase(Locale.ROOT).replace('_', '-');
		}
	}

	enum Umur implements Pilihan {
		BAWAH_20, USIA_20_29, USIA_30_39, USIA_40_49, USIA_50_59, USIA_60_KE_ATAS;

		@Override
		public String jenis() {
			return "umur";
		}
	}

	enum JenisKelamin implements Pilihan {
		LAKI_LAKI, PEREMPUAN;

		@Override
		public String jenis() {
			return "jenis-kelamin";
		}
	}

	/** The regulation's bands: SD or less, SMP, SMA, D1–D3, D4/S1, S2 or more. */
	enum Pendidikan implements Pilihan {
		SEKOLAH_DASAR, SEKOLAH_MENENGAH_PERTAMA, SEKOLAH_MENENGAH_ATAS, DIPLOMA, SARJANA, PASCASARJANA;

		@Override
		public String jenis() {
			return "pendidikan";
		}
	}

	enum Pekerjaan implements Pilihan {
		PEGAWAI_NEGERI, ANGGOTA_TNI, ANGGOTA_POLRI, KARYAWAN_SWASTA, WIRAUSAHA, PELAJAR_MAHASISWA, LAINNYA;

		@Override
		public String jenis() {
			return "pekerjaan";
		}
	}

	/** The constant named by a form value, null for an empty one; an unknown one is refused by the caller. */
	static <E extends Enum<E>> E baca(Class<E> jenis, String nilai) {
		if (nilai == null || nilai.isBlank()) {
			return null;
		}
		return Enum.valueOf(jenis, nilai.strip());
	}
}
