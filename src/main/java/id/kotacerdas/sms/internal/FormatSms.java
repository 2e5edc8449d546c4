package id.kotacerdas.sms.internal;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The LAPOR!-style one-message format {@code KUPANG <kategori> <kelurahan> <keluhan>}: the city's
 * keyword, a category's SMS code, a kelurahan by name, then the complaint in free text. Tolerant of
 * case, extra spaces and {@code #} separators, of kelurahan names in one or several words, with or
 * without spaces or hyphens, and numbered as "II", "Dua" or "2". And the follow-up of a filed
 * report by reply, {@code <perintah> <nomor> [teks]} (the city's keyword may precede it):
 * {@code STATUS KPG-2026-000123}, {@code NILAI KPG-2026-000123 5}. Pure: it knows only the lists it is given.
 */
final class FormatSms {

	/** Why a message is not a report; each has a sentence in the bundle ({@code sms.alasan.*}). */
	enum Alasan {
		BUKAN_FORMAT, KATEGORI_TIDAK_DIKENAL, KELURAHAN_TIDAK_DIKENAL, KELUHAN_KOSONG, NOMOR_TIDAK_ADA, NILAI_TIDAK_SAH;

		String kodePesan() {
			return "sms.alasan." + name();
		}
	}

	sealed interface Hasil permits Sah, Salah, Perintah {
	}

	/** What a follow-up reply asks for (the words that name each are data, {@code sms.kata_perintah}). */
	enum JenisPerintah {
		STATUS, INFO, SELESAI, BUKA, NILAI
	}

	/** A follow-up of a filed report: the tracking number, the rest as typed (information, a reason), the stars of a rating. */
	record Perintah(JenisPerintah jenis, String nomor, String teks, Integer bintang) implements Hasil {
	}

	/** A report: the category's code in {@code pengaduan}, the kelurahan's Kemendagri code, the complaint as typed. */
	record Sah(String kategoriKode, String kelurahanKode, String keluhan) implements Hasil {
	}

	record Salah(Alasan alasan) implements Hasil {
	}

	/** A kelurahan as the parser matches it. */
	record Tempat(String kode, String nama) {
	}

	/** The shortest complaint worth filing: a few words, not a stray letter. */
	static final int KELUHAN_MIN = 5;

	/** The longest kelurahan name in words (Lai Lai Bisi Kopan). */
	private static final int KATA_TEMPAT_MAKS = 4;

	private static final Pattern PEMISAH = Pattern.compile("[\\s#]+");

	/** A tracking number, as {@code pengaduan} writes it (KPG-2026-000123); its own check decides the rest. */
	private static final Pattern NOMOR = Pattern.compile("[a-z]{2,8}-\\d{4}-\\d{1,9}", Pattern.CASE_INSENSITIVE);

	private static final Pattern BINTANG = Pattern.compile("[1-5]");

	/** Roman and spelled-out numbers in kelurahan names ("Naikoten II", "Naikoten Dua", "Naikoten 2") as one form. */
	private static final Map<String, String> ANGKA = Map.of("i", "1", "satu", "1", "ii", "2", "dua", "2", "iii", "3", "tiga", "3");

	private final String kataKunci;

	private final Map<String, String> kategori;

	private final Map<String, String> tempat = new HashMap<>();

	private final Map<String, JenisPerintah> perintah = new HashMap<>();

	/**
	 * @param kataKunci the city's keyword, e.g. {@code KUPANG}
	 * @param kategori SMS codes and category codes, each to the category's code
	 * @param kelurahan the city's kelurahan
	 * @param alias other names of kelurahan (abbreviations) to their codes
	 * @param perintah the words that start a follow-up
	 */
	FormatSms(String kataKunci, Map<String, String> kategori, List<Tempat> kelurahan, Map<String, String> alias,
			Map<String, JenisPerintah> perintah) {
		perintah.forEach((kata, jenis) -> this.perintah.put(kata.toLowerCase(Locale.ROOT), jenis));
		this.kataKunci = kataKunci.strip().toLowerCase(Locale.ROOT);
		this.kategori = new HashMap<>();
		kategori.forEach((kode, kategoriKode) -> this.kategori.put(kode.toLowerCase(Locale.ROOT), kategoriKode));
		kelurahan.forEach(k -> tempat.put(kunci(PEMISAH.split(k.nama().strip())), k.kode()));
		alias.forEach((nama, kode) -> tempat.putIfAbsent(kunci(PEMISAH.split(nama.strip())), kode));
	}

	Hasil urai(String pesan) {
		String teks = Normalizer.normalize(pesan == null ? "" : pesan, Normalizer.Form.NFKC).strip();
		String[] kata = teks.isEmpty() ? new String[0] : PEMISAH.split(teks);
		int awal = kata.length > 1 && kata[0].toLowerCase(Locale.ROOT).equals(kataKunci) && perintah.containsKey(kata[1].toLowerCase(Locale.ROOT)) ? 1 : 0;
		if (kata.length > 0 && perintah.containsKey(kata[awal].toLowerCase(Locale.ROOT))) {
			return perintah(perintah.get(kata[awal].toLowerCase(Locale.ROOT)), Arrays.copyOfRange(kata, awal + 1, kata.length));
		}
		if (kata.length == 0 || !kata[0].toLowerCase(Locale.ROOT).equals(kataKunci)) {
			return new Salah(Alasan.BUKAN_FORMAT);
		}
		if (kata.length < 2) {
			return new Salah(Alasan.KATEGORI_TIDAK_DIKENAL);
		}
		String kategoriKode = kategori.get(kata[1].toLowerCase(Locale.ROOT));
		if (kategoriKode == null) {
			return new Salah(Alasan.KATEGORI_TIDAK_DIKENAL);
		}
		// the longest run of words that names a kelurahan: "Oesapa Barat" before "Oesapa"
		for (int n = Math.min(KATA_TEMPAT_MAKS, kata.length - 2); n >= 1; n--) {
			String kode = tempat.get(kunci(Arrays.copyOfRange(kata, 2, 2 + n)));
			if (kode != null) {
				String keluhan = String.join(" ", Arrays.copyOfRange(kata, 2 + n, kata.length));
				return keluhan.length() < KELUHAN_MIN ? new Salah(Alasan.KELUHAN_KOSONG) : new Sah(kategoriKode, kode, keluhan);
			}
		}
		return new Salah(Alasan.KELURAHAN_TIDAK_DIKENAL);
	}

	private static Hasil perintah(JenisPerintah jenis, String[] kata) {
		if (kata.length == 0 || !NOMOR.matcher(kata[0]).matches()) {
			return new Salah(Alasan.NOMOR_TIDAK_ADA);
		}
		String sisa = String.join(" ", Arrays.copyOfRange(kata, 1, kata.length));
		if (jenis == JenisPerintah.NILAI && !BINTANG.matcher(sisa).matches()) {
			return new Salah(Alasan.NILAI_TIDAK_SAH);
		}
		return new Perintah(jenis, kata[0].toUpperCase(Locale.ROOT), sisa, jenis == JenisPerintah.NILAI ? Integer.valueOf(sisa) : null);
	}

	/** Words of a name as one key: lower case, letters and digits only, numbers in one form. */
	static String kunci(String[] kata) {
		StringBuilder k = new StringBuilder();
		for (String w : kata) {
			String bersih = w.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
			k.append(ANGKA.getOrDefault(bersih, bersih));
		}
		return k.toString();
	}
}
