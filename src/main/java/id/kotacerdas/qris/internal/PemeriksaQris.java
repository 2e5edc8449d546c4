package id.kotacerdas.qris.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import id.kotacerdas.qris.AkunMerchant;
import id.kotacerdas.qris.AlasanQris;
import id.kotacerdas.qris.AlasanQris.Jenis;
import id.kotacerdas.qris.HasilPeriksaQris;
import id.kotacerdas.qris.KriteriaMerchant;

/**
 * Checks a payload against the EMVCo merchant-presented mode (structure, lengths, CRC) and Bank
 * Indonesia's QRIS profile (national repository template 51 with the NMID, rupiah, Indonesia,
 * amount only in a dynamic code), collecting every problem instead of stopping at the first.
 */
final class PemeriksaQris {

	/** EMV MPM: a payload is at most 512 characters. */
	static final int PANJANG_MAKS = 512;

	static final String GUI_QRIS = "ID.CO.QRIS.WWW";

	static final String RUPIAH = "360";

	static final String INDONESIA = "ID";

	static final String STATIS = "11";

	static final String DINAMIS = "12";

	/** A reverse domain name such as COM.GO-JEK.WWW or ID.CO.QRIS.WWW. */
	static final Pattern DOMAIN_TERBALIK = Pattern.compile("[A-Z0-9-]+(\\.[A-Z0-9-]+)+");

	/** "ID", then 13 digits (entity type, century, year, sequence), e.g. ID1025380163258. */
	static final Pattern NMID = Pattern.compile("ID\\d{13}");

	private static final Pattern HEKS = Pattern.compile("[0-9A-F]{4}");

	/** An EMV amount: digits with an optional "." and at most two decimals. */
	private static final Pattern NOMINAL = Pattern.compile("(\\d+)(?:\\.(\\d{1,2}))?");

	private static final Pattern PERSEN = Pattern.compile("\\d{1,2}(\\.\\d{1,2})?");

	/** The EMV "ans" character set: printable ASCII. Only the language template may hold other scripts. */
	static final Pattern ANS = Pattern.compile("[\\x20-\\x7E]*");

	private static final Pattern KODE_POS = Pattern.compile("\\d{5}");

	private static final Pattern HURUF = Pattern.compile(".*\\p{L}.*");

	private static final Pattern BAHASA = Pattern.compile("[A-Za-z]{2}");

	/** The longest name, city and postal code (exact lengths and amounts are checked by their format). */
	private static final Map<String, Integer> PANJANG_PALING = Map.of("59", 25, "60", 15, "61", 10);

	/** The longest amount or fixed fee (54, 56). */
	static final int PANJANG_NOMINAL = 13;

	/** Sub-objects of template 62 hold at most 25 characters. */
	private static final int PANJANG_DATA_TAMBAHAN = 25;

	private static final int PANJANG_ID_MERCHANT = 15;

	private static final int PANJANG_PAN = 19;

	private final String payload;

	private final List<AlasanQris> alasan = new ArrayList<>();

	private final Map<String, ObjekData> akar = new LinkedHashMap<>();

	private PemeriksaQris(String payload) {
		this.payload = payload;
	}

	static HasilPeriksaQris periksa(String masukan) {
		// a pasted payload often carries a line break or spaces at its ends; inside, a space is data
		String payload = masukan == null ? "" : masukan.strip();
		return new PemeriksaQris(payload).jalankan();
	}

	private void tambah(Jenis jenis, String kode, Object... argumen) {
		alasan.add(new AlasanQris(jenis, "qris.alasan." + kode, List.of(argumen)));
	}

	private HasilPeriksaQris jalankan() {
		if (payload.isEmpty()) {
			tambah(Jenis.RUSAK, "kosong");
			return hasil(List.of());
		}
		int panjang = payload.codePointCount(0, payload.length());
		if (panjang > PANJANG_MAKS) {
			tambah(Jenis.RUSAK, "terlalu-panjang", panjang, PANJANG_MAKS);
		}
		List<ObjekData> objek = ObjekData.urai(payload, 0, null, alasan);
		objek.forEach(o -> akar.put(o.tag(), o));
		periksaAwalDanAkhir(objek);
		periksaKarakter(objek);
		String inisiasi = periksaInisiasi();
		List<AkunMerchant> akun = periksaAkun(objek);
		periksaWajib("52", "mcc-tidak-ada");
		String mcc = nilai("52");
		if (mcc != null && !mcc.matches("\\d{4}")) {
			tambah(Jenis.RUSAK, "mcc-bukan-angka", mcc);
		}
		String mataUang = periksaMataUang();
		Long nominal = periksaNominal(inisiasi, mataUang);
		periksaBiaya();
		periksaNegaraNamaKota();
		periksaDataTambahan();
		periksaBahasa();
		periksaTagLain(objek);
		return hasil(akun, inisiasi, nominal);
	}

	private HasilPeriksaQris hasil(List<AkunMerchant> akun) {
		return hasil(akun, null, null);
	}

	private HasilPeriksaQris hasil(List<AkunMerchant> akun, String inisiasi, Long nominal) {
		AkunMerchant repositori = akun.stream().filter(a -> a.tag().equals("51")).findFirst().orElse(null);
		String kriteria = repositori != null && repositori.kriteria() != null ? repositori.kriteria()
				: akun.stream().map(AkunMerchant::kriteria).filter(k -> k != null).findFirst().orElse(null);
		Boolean dinamis = STATIS.equals(inisiasi) ? Boolean.FALSE : DINAMIS.equals(inisiasi) ? Boolean.TRUE : null;
		return new HasilPeriksaQris(payload, repositori == null ? null : repositori.idMerchant(), nilai("59"), KriteriaMerchant.dari(kriteria),
				nilai("52"), nilai("60"), nilai("61"), dinamis, nominal, nilai("53"), nilai("58"), akun, alasan);
	}

	private String nilai(String tag) {
		ObjekData o = akar.get(tag);
		return o == null ? null : o.nilai();
	}

	private void periksaWajib(String tag, String kode) {
		if (!akar.containsKey(tag)) {
			tambah(Jenis.RUSAK, kode);
		}
	}

	/** 00 first with "01"; 63 last with four hex digits that match the CRC of everything before them. */
	private void periksaAwalDanAkhir(List<ObjekData> objek) {
		if (objek.isEmpty() || !objek.get(0).tag().equals("00")) {
			tambah(Jenis.RUSAK, "format-bukan-pertama");
		}
		else if (!objek.get(0).nilai().equals("01")) {
			tambah(Jenis.RUSAK, "format-salah", objek.get(0).nilai());
		}
		ObjekData crc = akar.get("63");
		if (crc == null) {
			tambah(Jenis.RUSAK, "crc-tidak-ada");
			return;
		}
		if (objek.get(objek.size() - 1) != crc || crc.akhirNilai() != payload.codePointCount(0, payload.length())) {
			tambah(Jenis.RUSAK, "crc-bukan-terakhir");
		}
		if (crc.nilai().length() != 4) {
			tambah(Jenis.RUSAK, "crc-panjang", crc.nilai().length());
			return;
		}
		String sampai6304 = payload.substring(0, payload.offsetByCodePoints(0, crc.awalNilai()));
		String benar = Crc16.untuk(sampai6304);
		if (!HEKS.matcher(crc.nilai()).matches()) {
			tambah(Jenis.RUSAK, "crc-bukan-heks", crc.nilai(), benar);
		}
		else if (!crc.nilai().equals(benar)) {
			tambah(Jenis.RUSAK, "crc-salah", crc.nilai(), benar);
		}
	}

	/** Every value outside the language template 64 in the EMV "ans" set. */
	private void periksaKarakter(List<ObjekData> objek) {
		for (ObjekData o : objek) {
			if (!o.tag().equals("64") && !ANS.matcher(o.nilai()).matches()) {
				tambah(Jenis.RUSAK, "karakter-tidak-sah", o.jalur());
			}
		}
	}

	private String periksaInisiasi() {
		String inisiasi = nilai("01");
		if (inisiasi == null) {
			tambah(Jenis.BUKAN_QRIS, "inisiasi-tidak-ada");
		}
		else if (!inisiasi.equals(STATIS) && !inisiasi.equals(DINAMIS)) {
			tambah(Jenis.RUSAK, "inisiasi-salah", inisiasi);
			return null;
		}
		return inisiasi;
	}

	/** Objects 02–51: at least one; 26–51 are templates with a GUI; 51 is QRIS's national repository with the NMID. */
	private List<AkunMerchant> periksaAkun(List<ObjekData> objek) {
		List<AkunMerchant> akun = new ArrayList<>();
		boolean ada = false;
		for (ObjekData o : objek) {
			int n = o.nomor();
			if (n < 2 || n > 51) {
				continue;
			}
			ada = true;
			if (n >= 26) {
				akun.add(periksaTemplatAkun(o));
			}
		}
		if (!ada) {
			tambah(Jenis.RUSAK, "akun-tidak-ada");
		}
		if (!akar.containsKey("51")) {
			tambah(Jenis.BUKAN_QRIS, "templat-51-tidak-ada");
		}
		return akun;
	}

	private AkunMerchant periksaTemplatAkun(ObjekData templat) {
		Map<String, String> isi = new LinkedHashMap<>();
		templat.isi(alasan).forEach(s -> isi.put(s.tag(), s.nilai()));
		String gui = isi.get("00");
		String pan = isi.get("01");
		String id = isi.get("02");
		String kriteria = isi.get("03");
		boolean repositori = templat.tag().equals("51");
		if (gui == null) {
			tambah(Jenis.RUSAK, "gui-tidak-ada", templat.jalur());
		}
		else if (repositori && !gui.equals(GUI_QRIS)) {
			tambah(Jenis.BUKAN_QRIS, "gui-51-salah", gui, GUI_QRIS);
		}
		else if (!repositori && !DOMAIN_TERBALIK.matcher(gui).matches()) {
			tambah(Jenis.BUKAN_QRIS, "gui-bukan-domain", templat.jalur(), gui);
		}
		if (pan != null && !pan.matches("\\d{1," + PANJANG_PAN + "}")) {
			tambah(Jenis.RUSAK, "pan-salah", templat.jalur(), pan);
		}
		if (repositori) {
			if (id == null) {
				tambah(Jenis.BUKAN_QRIS, "nmid-tidak-ada");
			}
			else if (!NMID.matcher(id).matches()) {
				tambah(Jenis.BUKAN_QRIS, "nmid-salah", id);
			}
		}
		else if (id != null && id.length() > PANJANG_ID_MERCHANT) {
			tambah(Jenis.RUSAK, "terlalu-panjang-objek", templat.jalur() + ".02", PANJANG_ID_MERCHANT, id.length());
		}
		// sub-object 03 is the criterion in QRIS templates only; a foreign scheme's template (an AID as its GUI) uses it otherwise
		boolean templatQris = repositori || (gui != null && DOMAIN_TERBALIK.matcher(gui).matches());
		if (kriteria == null) {
			if (repositori) {
				tambah(Jenis.BUKAN_QRIS, "kriteria-tidak-ada");
			}
		}
		else if (templatQris && KriteriaMerchant.dari(kriteria) == null) {
			tambah(Jenis.BUKAN_QRIS, "kriteria-salah", templat.jalur(), kriteria);
		}
		return new AkunMerchant(templat.tag(), gui, pan, id, kriteria);
	}

	private String periksaMataUang() {
		periksaWajib("53", "mata-uang-tidak-ada");
		String mataUang = nilai("53");
		if (mataUang == null) {
			return null;
		}
		if (!mataUang.matches("\\d{3}")) {
			tambah(Jenis.RUSAK, "mata-uang-salah", mataUang);
		}
		else if (!mataUang.equals(RUPIAH)) {
			tambah(Jenis.BUKAN_QRIS, "mata-uang-bukan-rupiah", mataUang);
		}
		return mataUang;
	}

	/** The amount: a number; only in a dynamic code, and there required; whole rupiah. */
	private Long periksaNominal(String inisiasi, String mataUang) {
		String teks = nilai("54");
		if (teks == null) {
			if (DINAMIS.equals(inisiasi)) {
				tambah(Jenis.BUKAN_QRIS, "nominal-tidak-ada");
			}
			return null;
		}
		if (STATIS.equals(inisiasi)) {
			tambah(Jenis.BUKAN_QRIS, "nominal-pada-statis", teks);
		}
		var m = NOMINAL.matcher(teks);
		if (!m.matches() || teks.length() > PANJANG_NOMINAL) {
			tambah(Jenis.RUSAK, "nominal-salah", teks);
			return null;
		}
		if (teks.chars().filter(Character::isDigit).allMatch(c -> c == '0')) {
			tambah(Jenis.RUSAK, "nominal-nol");
			return null;
		}
		boolean pecahan = m.group(2) != null && !m.group(2).chars().allMatch(c -> c == '0');
		if (pecahan) {
			if (RUPIAH.equals(mataUang)) {
				tambah(Jenis.BUKAN_QRIS, "nominal-pecahan", teks);
			}
			return null;
		}
		return Long.valueOf(m.group(1));
	}

	/** 55: 01 tip typed by the payer, 02 fixed fee in 56, 03 percentage in 57. Any fee is a surcharge BI forbids. */
	private void periksaBiaya() {
		String indikator = nilai("55");
		String tetap = nilai("56");
		String persen = nilai("57");
		if (indikator != null && !List.of("01", "02", "03").contains(indikator)) {
			tambah(Jenis.RUSAK, "tip-salah", indikator);
		}
		if ("02".equals(indikator) && tetap == null) {
			tambah(Jenis.RUSAK, "biaya-tetap-tidak-ada");
		}
		if ("03".equals(indikator) && persen == null) {
			tambah(Jenis.RUSAK, "biaya-persen-tidak-ada");
		}
		if (tetap != null) {
			if (!"02".equals(indikator)) {
				tambah(Jenis.RUSAK, "biaya-tanpa-indikator", "56", "02");
			}
			else if (!NOMINAL.matcher(tetap).matches() || tetap.length() > PANJANG_NOMINAL) {
				tambah(Jenis.RUSAK, "biaya-tetap-salah", tetap);
			}
			else {
				tambah(Jenis.CATATAN, "biaya-tambahan-tetap", tetap);
			}
		}
		if (persen != null) {
			if (!"03".equals(indikator)) {
				tambah(Jenis.RUSAK, "biaya-tanpa-indikator", "57", "03");
			}
			else if (!PERSEN.matcher(persen).matches()) {
				tambah(Jenis.RUSAK, "biaya-persen-salah", persen);
			}
			else {
				tambah(Jenis.CATATAN, "biaya-tambahan-persen", persen);
			}
		}
	}

	private void periksaNegaraNamaKota() {
		periksaWajib("58", "negara-tidak-ada");
		String negara = nilai("58");
		if (negara != null && !negara.equals(INDONESIA)) {
			tambah(negara.matches("[A-Z]{2}") ? Jenis.BUKAN_QRIS : Jenis.RUSAK, "negara-bukan-id", negara);
		}
		periksaWajib("59", "nama-tidak-ada");
		periksaWajib("60", "kota-tidak-ada");
		PANJANG_PALING.forEach((tag, maks) -> {
			String nilai = nilai(tag);
			if (nilai != null && nilai.length() > maks) {
				tambah(Jenis.RUSAK, "terlalu-panjang-objek", tag, maks, nilai.length());
			}
		});
		String kota = nilai("60");
		if (kota != null && !HURUF.matcher(kota).matches()) {
			tambah(Jenis.CATATAN, "kota-tanpa-huruf", kota);
		}
		String kodePos = nilai("61");
		if (kodePos == null) {
			tambah(Jenis.CATATAN, "kode-pos-tidak-ada");
		}
		else if (!KODE_POS.matcher(kodePos).matches()) {
			tambah(Jenis.CATATAN, "kode-pos-tidak-lazim", kodePos);
		}
	}

	/** Template 62: sub-objects 01–09 defined, 10–49 reserved, 50–99 for payment systems; each at most 25 characters. */
	private void periksaDataTambahan() {
		ObjekData templat = akar.get("62");
		if (templat == null) {
			return;
		}
		for (ObjekData s : templat.isi(alasan)) {
			int n = s.nomor();
			if (n == 0 || (n >= 10 && n <= 49)) {
				tambah(Jenis.RUSAK, "tag-tidak-dikenal", s.jalur());
			}
			else if (n < 10 && s.nilai().length() > PANJANG_DATA_TAMBAHAN) {
				tambah(Jenis.RUSAK, "terlalu-panjang-objek", s.jalur(), PANJANG_DATA_TAMBAHAN, s.nilai().length());
			}
		}
	}

	/** Template 64: language (00) and the name in it (01) required, city (02) optional. */
	private void periksaBahasa() {
		ObjekData templat = akar.get("64");
		if (templat == null) {
			return;
		}
		Map<String, String> isi = new LinkedHashMap<>();
		for (ObjekData s : templat.isi(alasan)) {
			if (s.nomor() > 2) {
				tambah(Jenis.RUSAK, "tag-tidak-dikenal", s.jalur());
			}
			isi.put(s.tag(), s.nilai());
		}
		String bahasa = isi.get("00");
		if (bahasa == null || !BAHASA.matcher(bahasa).matches()) {
			tambah(Jenis.RUSAK, "bahasa-salah", bahasa == null ? "" : bahasa);
		}
		if (!isi.containsKey("01")) {
			tambah(Jenis.RUSAK, "bahasa-nama-tidak-ada");
		}
	}

	/** 65–79 are reserved for EMVCo; 80–99 are templates of their own, checked for structure only. */
	private void periksaTagLain(List<ObjekData> objek) {
		for (ObjekData o : objek) {
			int n = o.nomor();
			if (n >= 65 && n <= 79) {
				tambah(Jenis.RUSAK, "tag-tidak-dikenal", o.jalur());
			}
			else if (n >= 80) {
				o.isi(alasan);
			}
		}
	}
}
