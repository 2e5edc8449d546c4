package id.kotacerdas.kepegawaian.internal.siasn;

import java.util.Arrays;
import java.util.stream.Stream;

import id.kotacerdas.platform.Nip;

/**
 * Rules of the data-quality check that read one record: which education
 * level a person's academic titles imply (so titles and the highest education can be compared).
 */
final class AturanMutu {

	/** A field of study exists from diploma I up. */
	static final int D1 = 20;

	/** Education levels (codes of the education list) that carry an academic title. */
	static final int D3 = 30;

	static final int D4 = 35;

	static final int S1 = 40;

	static final int S2 = 45;

	static final int S3 = 50;

	/** No academic title: everything below D-III. */
	static final int TANPA_GELAR = 0;

	private AturanMutu() {
	}

	/** The education level the highest title implies: "S.T., M.T." → S-2, "A.Md.Keb." → D-III, none → below D-III. */
	static int tingkatGelar(String depan, String belakang) {
		int depanTingkat = pisah(depan, "[ ,]+").mapToInt(AturanMutu::tingkatDepan).max().orElse(TANPA_GELAR);
		int belakangTingkat = pisah(belakang, ",").mapToInt(AturanMutu::tingkatBelakang).max().orElse(TANPA_GELAR);
		return Math.max(depanTingkat, belakangTingkat);
	}

	/** The level of an education code, with the levels below D-III as one (no title expected). */
	static int tingkatPendidikan(String kode) {
		try {
			int n = Integer.parseInt(kode);
			return n < D3 ? TANPA_GELAR : n;
		}
		catch (NumberFormatException | NullPointerException ex) {
			return TANPA_GELAR;
		}
	}

	static boolean berjurusan(String kode) {
		try {
			return Integer.parseInt(kode) >= D1;
		}
		catch (NumberFormatException | NullPointerException ex) {
			return false;
		}
	}

	private static Stream<String> pisah(String gelar, String pemisah) {
		return gelar == null ? Stream.empty() : Arrays.stream(gelar.split(pemisah)).map(s -> s.replace(" ", "")).filter(s -> !s.isEmpty());
	}

	/** Front titles: "Dr." a doctorate; "Drs.", "Dra.", "Ir.", "dr.", "drg." a first degree (case matters: dr. ≠ Dr.). */
	private static int tingkatDepan(String t) {
		if (t.equals("Dr.") || t.equals("Prof.")) {
			return S3;
		}
		return Stream.of("Drs.", "Dra.", "Ir.", "dr.", "drg.").anyMatch(t::equals) ? S1 : TANPA_GELAR;
	}

	private static int tingkatBelakang(String t) {
		if (t.startsWith("Ph.D") || t.startsWith("Dr.")) {
			return S3;
		}
		if (t.startsWith("M.") || t.equals("MM") || t.startsWith("MBA")) {
			return S2;
		}
		if (t.startsWith("S.Tr")) {
			return D4;
		}
		if (t.startsWith("S.") || t.equals("Ns.") || t.equals("Lc.")) {
			return S1;
		}
		return t.startsWith("A.Md") ? D3 : TANPA_GELAR;
	}
}
