package id.kotacerdas.kepegawaian.internal.siasn;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import id.kotacerdas.kepegawaian.internal.KatalogReferensi;

/**
 * The column layout of a SIASN/BKN "data utama" export as this module reads and writes it: one
 * column per field of the employee record, found by its header's name (case, spaces, dots and
 * underscores ignored) or one of its aliases, in any order; columns the import does not know are
 * ignored. ASSUMED from the SAPK/SIASN download layout (docs/kepegawaian.md): to check against a
 * real export, where a different header only needs an alias here.
 */
final class TataLetakSiasn {

	/** How a cell is read. */
	enum Bentuk {
		TEKS, TANGGAL, KODE, OPD
	}

	/**
	 * @param isian the field of {@link id.kotacerdas.kepegawaian.internal.Pegawai} (record component)
	 * @param judul the header written on export, SIASN's own
	 * @param referensi for {@link Bentuk#KODE}, the reference list of the codes
	 * @param wajib whether a new record needs it (the register's required fields)
	 */
	record Kolom(String isian, String judul, Bentuk bentuk, String referensi, boolean wajib, List<String> alias) {

		boolean kode() {
			return bentuk == Bentuk.KODE;
		}
	}

	static final String NIP = "nip";

	static final List<Kolom> KOLOM = List.of(
			teks("nip", "NIP_BARU", true, "NIP", "NIP BARU", "NIP 18"),
			teks("nipLama", "NIP_LAMA", false),
			teks("nama", "NAMA", true, "NAMA PEGAWAI"),
			teks("gelarDepan", "GELAR_DEPAN", false),
			teks("gelarBelakang", "GELAR_BELAKANG", false),
			teks("tempatLahir", "TEMPAT_LAHIR_NAMA", true, "TEMPAT_LAHIR", "TEMPAT LAHIR"),
			tanggal("tanggalLahir", "TANGGAL_LAHIR", true, "TGL_LAHIR", "TGL LAHIR"),
			kode("jenisKelamin", "JENIS_KELAMIN", KatalogReferensi.KELAMIN, "KELAMIN", "JK"),
			kode("agama", "AGAMA_ID", KatalogReferensi.AGAMA, "AGAMA", "AGAMA_NAMA"),
			kode("statusKawin", "JENIS_KAWIN_ID", KatalogReferensi.STATUS_KAWIN, "STATUS_KAWIN", "JENIS_KAWIN_NAMA", "STATUS PERKAWINAN"),
			teks("nik", "NIK", true),
			teks("email", "EMAIL", false),
			teks("telepon", "NOMOR_HP", false, "NO_HP", "TELEPON", "NOMOR_TELPON"),
			teks("alamat", "ALAMAT", false),
			kode("jenisPegawai", "JENIS_PEGAWAI_NAMA", KatalogReferensi.JENIS_PEGAWAI, "JENIS_PEGAWAI", "STATUS_PEGAWAI"),
			kode("kedudukanHukum", "KEDUDUKAN_HUKUM_ID", KatalogReferensi.KEDUDUKAN_HUKUM, "KEDUDUKAN_HUKUM", "KEDUDUKAN_HUKUM_NAMA"),
			tanggal("tmtCpns", "TMT_CPNS", false),
			teks("nomorSkCpns", "NOMOR_SK_CPNS", false, "NO_SK_CPNS"),
			tanggal("tmtPns", "TMT_PNS", false),
			teks("nomorSkPns", "NOMOR_SK_PNS", false, "NO_SK_PNS"),
			kode("golongan", "GOL_AKHIR_ID", KatalogReferensi.GOLONGAN, "GOLONGAN", "GOL_AKHIR_NAMA", "GOL_RUANG", "PANGKAT_GOLONGAN"),
			tanggal("tmtGolongan", "TMT_GOLONGAN", true, "TMT_GOL_AKHIR", "TMT_GOL"),
			kode("pendidikan", "TINGKAT_PENDIDIKAN_ID", KatalogReferensi.PENDIDIKAN, "TINGKAT_PENDIDIKAN", "TINGKAT_PENDIDIKAN_NAMA",
					"PENDIDIKAN_TERAKHIR"),
			teks("jurusan", "PENDIDIKAN_NAMA", false, "JURUSAN"),
			kode("jenisJabatan", "JENIS_JABATAN_ID", KatalogReferensi.JENIS_JABATAN, "JENIS_JABATAN", "JENIS_JABATAN_NAMA"),
			teks("namaJabatan", "JABATAN_NAMA", true, "JABATAN", "NAMA_JABATAN"),
			tanggal("tmtJabatan", "TMT_JABATAN", true),
			kode("eselon", "ESELON_ID", KatalogReferensi.ESELON, "ESELON", "ESELON_NAMA"),
			new Kolom("opdId", "UNOR_INDUK_NAMA", Bentuk.OPD, null, true,
					List.of("UNOR_INDUK", "PERANGKAT_DAERAH", "OPD", "SATUAN_KERJA_NAMA", "SATUAN_KERJA")),
			teks("unor", "UNOR_NAMA", true, "UNOR", "UNIT_KERJA", "UNIT_ORGANISASI"));

	private static final Pattern BUKAN_HURUF_ANGKA = Pattern.compile("[^A-Z0-9]");

	private static final Map<String, Kolom> PER_NAMA = new HashMap<>();

	static {
		for (Kolom k : KOLOM) {
			PER_NAMA.put(normal(k.judul()), k);
			k.alias().forEach(a -> PER_NAMA.put(normal(a), k));
		}
	}

	private TataLetakSiasn() {
	}

	/** The column a header names, if any: "Nip Baru", "NIP_BARU" and "nip.baru" are one. */
	static Optional<Kolom> kolom(String judul) {
		return judul == null ? Optional.empty() : Optional.ofNullable(PER_NAMA.get(normal(judul)));
	}

	static Kolom kolomIsian(String isian) {
		return KOLOM.stream().filter(k -> k.isian().equals(isian)).findFirst().orElseThrow();
	}

	private static String normal(String judul) {
		return BUKAN_HURUF_ANGKA.matcher(judul.toUpperCase(Locale.ROOT)).replaceAll("");
	}

	private static Kolom teks(String isian, String judul, boolean wajib, String... alias) {
		return new Kolom(isian, judul, Bentuk.TEKS, null, wajib, Arrays.asList(alias));
	}

	private static Kolom tanggal(String isian, String judul, boolean wajib, String... alias) {
		return new Kolom(isian, judul, Bentuk.TANGGAL, null, wajib, Arrays.asList(alias));
	}

	private static Kolom kode(String isian, String judul, String referensi, String... alias) {
		return new Kolom(isian, judul, Bentuk.KODE, referensi, true, Arrays.asList(alias));
	}
}
