package id.kotacerdas.sms.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.core.io.ClassPathResource;

import id.kotacerdas.platform.DataCsv;

/**
 * The one-message format against Kota Kupang's real kelurahan list (the city's CSV) and the seeded
 * SMS codes: good and bad messages as a table, and seeded random messages built from the parts.
 */
class FormatSmsTests {

	private static final List<FormatSms.Tempat> KELURAHAN = DataCsv.baca(new ClassPathResource("kota/kupang/kupang-wilayah.csv"))
		.stream().filter(r -> r.get("tingkat").equals("kelurahan")).map(r -> new FormatSms.Tempat(r.get("kode"), r.get("nama")))
		.toList();

	/** The codes of the migration, plus a category typed by its own code. */
	private static final Map<String, String> KATEGORI = Map.of("SAM", "sampah", "LPJ", "lampu-jalan", "JLN", "jalan-rusak",
			"DRN", "drainase", "AIR", "air-bersih", "LAIN", "lainnya", "sampah", "sampah");

	private static final Map<String, String> ALIAS = Map.of("tdm", "53.71.04.1014", "llbk", "53.71.06.1002");

	/** The follow-up words of the migration. */
	private static final Map<String, FormatSms.JenisPerintah> PERINTAH = Map.of("status", FormatSms.JenisPerintah.STATUS, "cek",
			FormatSms.JenisPerintah.STATUS, "info", FormatSms.JenisPerintah.INFO, "tambah", FormatSms.JenisPerintah.INFO, "selesai",
			FormatSms.JenisPerintah.SELESAI, "buka", FormatSms.JenisPerintah.BUKA, "nilai", FormatSms.JenisPerintah.NILAI);

	private static final FormatSms FORMAT = new FormatSms("KUPANG", KATEGORI, KELURAHAN, ALIAS, PERINTAH);

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			KUPANG SAM Oebobo sampah menumpuk di depan pasar             | sampah      | 53.71.04.1001 | sampah menumpuk di depan pasar
			kupang sam oebobo Sampah menumpuk                            | sampah      | 53.71.04.1001 | Sampah menumpuk
			  Kupang   JLN   Naikoten 2   jalan berlubang dekat SD      | jalan-rusak | 53.71.05.1005 | jalan berlubang dekat SD
			KUPANG JLN Naikoten II jalan berlubang                       | jalan-rusak | 53.71.05.1005 | jalan berlubang
			KUPANG JLN naikoten dua jalan berlubang                      | jalan-rusak | 53.71.05.1005 | jalan berlubang
			KUPANG LPJ Naikoten I lampu mati 3 tiang                     | lampu-jalan | 53.71.05.1004 | lampu mati 3 tiang
			KUPANG DRN Oesapa Barat got tersumbat                        | drainase    | 53.71.03.1014 | got tersumbat
			KUPANG DRN Oesapa got tersumbat                              | drainase    | 53.71.03.1010 | got tersumbat
			KUPANG AIR Kelapa Lima air PDAM mati 3 hari                  | air-bersih  | 53.71.03.1001 | air PDAM mati 3 hari
			KUPANG AIR kelapalima air mati                               | air-bersih  | 53.71.03.1001 | air mati
			KUPANG SAM Air Mata sampah di kali                           | sampah      | 53.71.06.1001 | sampah di kali
			KUPANG SAM Lai-Lai Bisi Kopan sampah di pantai               | sampah      | 53.71.06.1002 | sampah di pantai
			KUPANG SAM LLBK sampah di pantai                             | sampah      | 53.71.06.1002 | sampah di pantai
			KUPANG LAIN TDM anjing liar berkeliaran                      | lainnya     | 53.71.04.1014 | anjing liar berkeliaran
			KUPANG#SAM#Bakunase 2#sampah belum diangkut                  | sampah      | 53.71.05.1002 | sampah belum diangkut
			KUPANG sampah Manulai II sampah dibakar                      | sampah      | 53.71.01.1010 | sampah dibakar
			""")
	void goodMessagesFileOneReport(String sms, String kategori, String kelurahan, String keluhan) {
		assertThat(FORMAT.urai(sms)).isEqualTo(new FormatSms.Sah(kategori, kelurahan, keluhan));
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', nullValues = "NULL", textBlock = """
			Selamat pagi, jalan di depan rumah saya rusak              | BUKAN_FORMAT
			NULL                                                        | BUKAN_FORMAT
			'   '                                                       | BUKAN_FORMAT
			KUPANGSAM Oebobo sampah menumpuk                            | BUKAN_FORMAT
			LAPOR SAM Oebobo sampah menumpuk                            | BUKAN_FORMAT
			KUPANG                                                      | KATEGORI_TIDAK_DIKENAL
			KUPANG XYZ Oebobo sampah menumpuk                           | KATEGORI_TIDAK_DIKENAL
			KUPANG Oebobo SAM sampah menumpuk                           | KATEGORI_TIDAK_DIKENAL
			KUPANG SAM sampah menumpuk di Oebobo                        | KELURAHAN_TIDAK_DIKENAL
			KUPANG SAM Naikoten sampah menumpuk                         | KELURAHAN_TIDAK_DIKENAL
			KUPANG SAM Jakarta sampah menumpuk                          | KELURAHAN_TIDAK_DIKENAL
			KUPANG SAM Oebobo                                           | KELUHAN_KOSONG
			KUPANG SAM Oebobo ok                                        | KELUHAN_KOSONG
			""")
	void badMessagesSayWhy(String sms, FormatSms.Alasan alasan) {
		assertThat(FORMAT.urai(sms)).isEqualTo(new FormatSms.Salah(alasan));
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', nullValues = "NULL", textBlock = """
			STATUS KPG-2026-000123                                      | STATUS  | KPG-2026-000123 | ''                          | NULL
			status kpg-2026-000123                                      | STATUS  | KPG-2026-000123 | ''                          | NULL
			Cek   KPG-2026-000123                                       | STATUS  | KPG-2026-000123 | ''                          | NULL
			KUPANG STATUS KPG-2026-000123                               | STATUS  | KPG-2026-000123 | ''                          | NULL
			KUPANG#STATUS#KPG-2026-000123                               | STATUS  | KPG-2026-000123 | ''                          | NULL
			INFO KPG-2026-000123 sampahnya sekarang sampai ke jalan     | INFO    | KPG-2026-000123 | sampahnya sekarang sampai ke jalan | NULL
			tambah KPG-2026-000123 ada foto di kantor lurah             | INFO    | KPG-2026-000123 | ada foto di kantor lurah    | NULL
			SELESAI KPG-2026-000123                                     | SELESAI | KPG-2026-000123 | ''                          | NULL
			BUKA KPG-2026-000123 lampu mati lagi                        | BUKA    | KPG-2026-000123 | lampu mati lagi             | NULL
			NILAI KPG-2026-000123 5                                     | NILAI   | KPG-2026-000123 | 5                           | 5
			nilai kpg-2026-000123 1                                     | NILAI   | KPG-2026-000123 | 1                           | 1
			""")
	void followUpRepliesNameTheCommandAndTheReport(String sms, FormatSms.JenisPerintah jenis, String nomor, String teks, Integer bintang) {
		assertThat(FORMAT.urai(sms)).isEqualTo(new FormatSms.Perintah(jenis, nomor, teks, bintang));
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			STATUS                                                      | NOMOR_TIDAK_ADA
			STATUS 123                                                  | NOMOR_TIDAK_ADA
			SELESAI pengaduan saya                                      | NOMOR_TIDAK_ADA
			NILAI KPG-2026-000123                                       | NILAI_TIDAK_SAH
			NILAI KPG-2026-000123 6                                     | NILAI_TIDAK_SAH
			NILAI KPG-2026-000123 0                                     | NILAI_TIDAK_SAH
			NILAI KPG-2026-000123 lima                                  | NILAI_TIDAK_SAH
			NILAI KPG-2026-000123 4 bagus                               | NILAI_TIDAK_SAH
			LAPOR STATUS KPG-2026-000123                                | BUKAN_FORMAT
			""")
	void badFollowUpRepliesSayWhy(String sms, FormatSms.Alasan alasan) {
		assertThat(FORMAT.urai(sms)).isEqualTo(new FormatSms.Salah(alasan));
	}

	static Stream<Arguments> benih() {
		return Stream.of(11L, 2026L, 5371L, 85111L).map(Arguments::of);
	}

	/**
	 * Any real kelurahan written any of the usual ways, with any code and random spacing and case,
	 * gives back exactly that kelurahan, category and complaint; breaking one part gives its reason.
	 */
	@ParameterizedTest
	@MethodSource("benih")
	void randomMessagesFromTheirPartsParseBack(long benih) {
		Random acak = new Random(benih);
		List<String> kode = new ArrayList<>(KATEGORI.keySet());
		String[] keluhan = { "sampah menumpuk sudah seminggu", "lampu jalan mati di tikungan", "got tersumbat, air masuk rumah",
				"jalan berlubang besar dekat gereja", "pohon tumbang menutup jalan" };
		for (int i = 0; i < 500; i++) {
			FormatSms.Tempat tempat = KELURAHAN.get(acak.nextInt(KELURAHAN.size()));
			String k = kode.get(acak.nextInt(kode.size()));
			String isi = keluhan[acak.nextInt(keluhan.length)];
			String sms = spasi(acak) + acakHuruf(acak, "Kupang") + spasi(acak) + acakHuruf(acak, k) + spasi(acak)
					+ acakHuruf(acak, ejaan(acak, tempat.nama())) + spasi(acak) + isi + spasi(acak);
			assertThat(FORMAT.urai(sms)).as(sms).isEqualTo(new FormatSms.Sah(KATEGORI.get(k), tempat.kode(), isi));

			String tanpaKode = "KUPANG QQ" + i + " " + tempat.nama() + " " + isi;
			assertThat(FORMAT.urai(tanpaKode)).isEqualTo(new FormatSms.Salah(FormatSms.Alasan.KATEGORI_TIDAK_DIKENAL));
			String tanpaKeluhan = "KUPANG " + k + " " + ejaan(acak, tempat.nama());
			assertThat(FORMAT.urai(tanpaKeluhan)).isEqualTo(new FormatSms.Salah(FormatSms.Alasan.KELUHAN_KOSONG));
		}
	}

	/** A name as people write it: numbered with Roman or Arabic figures, words joined or hyphenated. */
	private static String ejaan(Random acak, String nama) {
		String n = nama.replaceAll("\\bSatu$", acak.nextBoolean() ? "I" : "1").replaceAll("\\bDua$", acak.nextBoolean() ? "II" : "2")
			.replaceAll("\\bII$", acak.nextBoolean() ? "2" : "Dua");
		return switch (acak.nextInt(3)) {
			case 0 -> n;
			case 1 -> n.replace(' ', '-').replaceAll("-(\\d|I+|Dua)$", " $1");
			default -> n.replaceAll("\\s+(?!(\\d|I+|Dua)$)", "");
		};
	}

	private static String acakHuruf(Random acak, String teks) {
		StringBuilder s = new StringBuilder();
		for (char c : teks.toCharArray()) {
			s.append(acak.nextBoolean() ? Character.toUpperCase(c) : Character.toLowerCase(c));
		}
		return s.toString();
	}

	private static String spasi(Random acak) {
		return " ".repeat(1 + acak.nextInt(3));
	}
}
