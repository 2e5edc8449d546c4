package id.kotacerdas.satudata.internal.gerbang;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

import id.kotacerdas.notifikasi.BentukKontak;
import id.kotacerdas.platform.Nik;
import id.kotacerdas.platform.Nip;

/**
 * The door every dataset passes before it is published: personal data is refused (UU 27/2022 on personal data;
 * Perpres 39/2019 Satu Data publishes aggregates). A table is refused for any of these, each named with its column:
 * <ol>
 * <li><b>A column whose name means personal data</b> — NIK, NIP, a person's name, phone/WhatsApp, e-mail, address,
 * date or place of birth, family-card number — in Indonesian or English, whatever the case, underscores, spaces
 * or camel case ({@code No_HP}, {@code noHp}, {@code Tanggal Lahir}, {@code e-mail}). A count named after such data
 * ({@code jumlah_email} holding numbers) is an aggregate and passes. "Nama" alone or with a person ("nama
 * lengkap", "nama pemohon") is refused; the name of a place or an agency ("nama kecamatan") is not.</li>
 * <li><b>A value that looks like personal data</b> under any column name: a NIK ({@link Nik}), a NIP ({@link Nip}),
 * a phone number or an e-mail address ({@link BentukKontak}).</li>
 * <li><b>Row-level data of people</b> (microdata) in a table without an aggregating column (a numeric column named
 * jumlah, total, banyaknya, persentase, rata-rata, laki-laki/perempuan…): either a column of identifiers that differ
 * on every row (each value with at least {@value #ANGKA_PENGENAL_MIN} digits, over at least
 * {@value #BARIS_MIN_PENGENAL} rows; Kemendagri region codes excepted), or a column describing a person (sex,
 * age, religion, occupation, marital status, blood type, ethnicity). Aggregates count people; microdata lists
 * them.</li>
 * </ol>
 * Pure: the caller hands the header and the cells as text.
 */
public final class GerbangDataPribadi {

	/** A table as uploaded: column names and rows of cells as text. */
	public record Tabel(List<String> kolom, List<List<String>> baris) {

		public Tabel {
			kolom = List.copyOf(kolom);
			baris = baris.stream().map(b -> b.stream().map(s -> s == null ? "" : s).toList()).toList();
		}

		String sel(int b, int k) {
			List<String> r = baris.get(b);
			return k < r.size() ? r.get(k) : "";
		}
	}

	/**
	 * The personal data a name or value shows, with the words that say it. Not an enum: its names (NIK, NAMA…) are
	 * words people read on forms, and enum constants must never reach a page.
	 */
	public record JenisData(String kode) {

		public static final JenisData NIK = new JenisData("nik");

		public static final JenisData NIP = new JenisData("nip");

		public static final JenisData NAMA = new JenisData("nama");

		public static final JenisData TELEPON = new JenisData("telepon");

		public static final JenisData EMAIL = new JenisData("email");

		public static final JenisData ALAMAT = new JenisData("alamat");

		public static final JenisData TANGGAL_LAHIR = new JenisData("tanggal-lahir");

		public static final JenisData NOMOR_KK = new JenisData("nomor-kk");

		/** By its constant's name ({@code TANGGAL_LAHIR}), as tests write it. */
		public static JenisData valueOf(String nama) {
			return new JenisData(nama.toLowerCase(Locale.ROOT).replace('_', '-'));
		}

		public String kodePesan() {
			return "satudata-portal.gerbang.jenis." + kode;
		}
	}

	/** Fewer rows say nothing about identifiers differing on each. */
	static final int BARIS_MIN_PENGENAL = 5;

	/** Codes with fewer digits are categories (a school level, a class), not someone's number. */
	static final int ANGKA_PENGENAL_MIN = 6;

	private record Aturan(JenisData jenis, Pattern kata, Pattern padat) {

		boolean cocok(String kata, String padat) {
			return this.kata.matcher(kata).find() || (this.padat != null && this.padat.matcher(padat).find());
		}
	}

	/** {@code kata} runs on the name as words ("no hp"), {@code padat} on it without spaces ("nohp") for names written together. */
	private static final List<Aturan> ATURAN = List.of(
			aturan(JenisData.NIK, "\\b(nik|ktp|e ktp|nomor induk kependudukan|national id|identity number)\\b", "nomorindukkependudukan|^nonik$"),
			aturan(JenisData.NIP, "\\b(nip|nrp|nomor induk pegawai|employee (id|number))\\b", "nomorindukpegawai|^nonip$"),
			aturan(JenisData.NAMA, "^(nama|name|full name|first name|last name|given name|surname|nama (lengkap|penduduk|warga|pemohon|pelapor"
					+ "|pegawai|siswa|pasien|penerima|peserta|kepala keluarga|ibu|ayah|suami|istri|anak|pemilik|orang))$", "^(namalengkap|fullname)$"),
			aturan(JenisData.TELEPON, "\\b(telepon|telpon|telp|tlp|hp|handphone|ponsel|seluler|wa|whatsapp|phone|mobile)\\b",
					"telepon|telpon|whatsapp|handphone|phone|^(nohp|nomorhp|nowa|notelp|notlp)$"),
			aturan(JenisData.EMAIL, "\\b(email|e mail|surel|mail)\\b", "email"),
			aturan(JenisData.ALAMAT, "\\b(alamat|address)\\b", "alamat|address"),
			aturan(JenisData.TANGGAL_LAHIR, "\\b(tanggal lahir|tgl lahir|tempat lahir|ttl|date of birth|birth date|birthdate|dob)\\b",
					"tanggallahir|tgllahir|tempatlahir|dateofbirth|birthdate"),
			aturan(JenisData.NOMOR_KK, "\\b((no|nomor) (kk|kartu keluarga)|kartu keluarga|family card)\\b", "kartukeluarga|^(nokk|nomorkk)$"));

	/** The names of aggregating columns: what counts, sums or averages people or things. */
	private static final Pattern KOLOM_AGREGAT = Pattern.compile("^(jumlah|total|banyak|banyaknya|count|frekuensi|persen|persentase|"
			+ "proporsi|rasio|rata rata|rerata|median|indeks|laki laki|perempuan|pria|wanita|male|female|number of)\\b");

	/** Columns that describe a person: on every row of a table without counts, they make it a list of people. */
	private static final Pattern KOLOM_CIRI_ORANG = Pattern.compile("\\b(jenis kelamin|kelamin|gender|sex|umur|usia|age|agama|religion|"
			+ "pekerjaan|occupation|status (perkawinan|kawin)|marital|golongan darah|blood type|suku|etnis|ethnicity)\\b");

	private static final Pattern ANGKA = Pattern.compile("-?[0-9]+([.,][0-9]+)?");

	private static final Pattern KODE_WILAYAH = Pattern.compile("[0-9]{2}(\\.[0-9]{2}){1,2}(\\.[0-9]{4})?");

	private static final Pattern CAMEL = Pattern.compile("(?<=[a-z0-9])(?=[A-Z])");

	private static final Pattern BUKAN_HURUF_ANGKA = Pattern.compile("[^a-z0-9]+");

	private record PeriksaNilai(JenisData jenis, Predicate<String> tampak) {
	}

	/** Most specific first: a NIK is never also read as a NIP. */
	private static final List<PeriksaNilai> NILAI = List.of(new PeriksaNilai(JenisData.NIK, GerbangDataPribadi::nik),
			new PeriksaNilai(JenisData.NIP, GerbangDataPribadi::nip), new PeriksaNilai(JenisData.EMAIL, BentukKontak::email),
			new PeriksaNilai(JenisData.TELEPON, BentukKontak::telepon));

	private GerbangDataPribadi() {
	}

	/** Every reason the table may not be published, in column order; empty when it may. */
	public static List<Alasan> periksa(Tabel t) {
		List<Alasan> alasan = new ArrayList<>();
		boolean[] agregat = new boolean[t.kolom().size()];
		for (int k = 0; k < agregat.length; k++) {
			agregat[k] = KOLOM_AGREGAT.matcher(kata(t.kolom().get(k))).find() && numerik(t, k);
		}
		boolean adaAgregat = false;
		for (boolean a : agregat) {
			adaAgregat |= a;
		}
		for (int k = 0; k < t.kolom().size(); k++) {
			String nama = t.kolom().get(k);
			if (!agregat[k]) {
				jenisNama(nama).ifPresent(j -> alasan.add(Alasan.kolom(nama, j)));
			}
			nilaiPribadi(t, k).ifPresent(alasan::add);
			if (!adaAgregat && pengenalPerBaris(t, k)) {
				alasan.add(new Alasan("satudata-portal.gerbang.pengenal-per-baris", nama));
			}
			if (!adaAgregat && KOLOM_CIRI_ORANG.matcher(kata(nama)).find()) {
				alasan.add(new Alasan("satudata-portal.gerbang.ciri-orang", nama));
			}
		}
		return List.copyOf(alasan);
	}

	/** The personal data a column's name means, if any. */
	static Optional<JenisData> jenisNama(String nama) {
		String kata = kata(nama);
		String padat = kata.replace(" ", "");
		return ATURAN.stream().filter(a -> a.cocok(kata, padat)).map(Aturan::jenis).findFirst();
	}

	/** The first cell of the column that looks like personal data, with its row as the sheet numbers it (header = 1). */
	private static Optional<Alasan> nilaiPribadi(Tabel t, int k) {
		for (int b = 0; b < t.baris().size(); b++) {
			String v = t.sel(b, k).strip();
			if (v.isEmpty()) {
				continue;
			}
			for (PeriksaNilai p : NILAI) {
				if (p.tampak().test(v)) {
					return Optional.of(Alasan.nilai(t.kolom().get(k), b + 2, p.jenis()));
				}
			}
		}
		return Optional.empty();
	}

	private static boolean nik(String v) {
		return v.replaceAll("[ .]", "").length() == 16 && Nik.sah(v);
	}

	private static boolean nip(String v) {
		return v.replaceAll("[ .]", "").length() == 18 && Nip.sah(v);
	}

	private static boolean pengenalPerBaris(Tabel t, int k) {
		if (t.baris().size() < BARIS_MIN_PENGENAL) {
			return false;
		}
		Set<String> dilihat = new HashSet<>();
		for (int b = 0; b < t.baris().size(); b++) {
			String v = t.sel(b, k).strip();
			if (v.chars().filter(Character::isDigit).count() < ANGKA_PENGENAL_MIN || KODE_WILAYAH.matcher(v).matches() || !dilihat.add(v)) {
				return false;
			}
		}
		return true;
	}

	private static boolean numerik(Tabel t, int k) {
		boolean ada = false;
		for (int b = 0; b < t.baris().size(); b++) {
			String v = t.sel(b, k).strip();
			if (!v.isEmpty()) {
				if (!ANGKA.matcher(v).matches()) {
					return false;
				}
				ada = true;
			}
		}
		return ada;
	}

	/** A column name as lower-case words: {@code No_HP}, {@code noHp} and {@code "No. HP"} all become {@code "no hp"}. */
	static String kata(String nama) {
		String pisah = CAMEL.matcher(nama == null ? "" : nama.strip()).replaceAll(" ");
		return BUKAN_HURUF_ANGKA.matcher(pisah.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
	}

	private static Aturan aturan(JenisData jenis, String kata, String padat) {
		return new Aturan(jenis, Pattern.compile(kata), Pattern.compile(padat));
	}
}
