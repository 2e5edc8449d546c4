package id.kotacerdas.survei.internal;

import java.time.Instant;
import java.util.Map;

import id.kotacerdas.permohonan.PenyelesaianPermohonan.Penyelesaian;
import id.kotacerdas.platform.IsianDitolakException;
import id.kotacerdas.platform.Teks;

/**
 * One respondent's answer about one completed application: the nine values (1–4) and the
 * optional respondent data and suggestion.
 *
 * @param nilai in {@link UnsurSkm} order
 */
record Jawaban(Penyelesaian permohonan, int[] nilai, Responden.Umur umur, Responden.JenisKelamin jenisKelamin,
		Responden.Pendidikan pendidikan, Responden.Pekerjaan pekerjaan, String saran, Instant dijawabPada) {

	/** The longest suggestion, in characters. */
	static final int SARAN_MAKS = 2000;

	/**
	 * Reads the form ({@code u1}…{@code u9}, {@code umur}, {@code jenisKelamin}, {@code pendidikan},
	 * {@code pekerjaan}, {@code saran}); every problem is named at once.
	 */
	static Jawaban dari(Penyelesaian permohonan, Map<String, String> isian, Instant waktu) {
		IsianDitolakException.Pemeriksa p = new IsianDitolakException.Pemeriksa();
		int[] nilai = new int[UnsurSkm.values().length];
		for (UnsurSkm u : UnsurSkm.values()) {
			String teks = isian.getOrDefault("u" + u.nomor(), "").strip();
			int n = teks.matches("[0-9]") ? Integer.parseInt(teks) : 0;
			if (n < UnsurSkm.NILAI_MIN || n > UnsurSkm.NILAI_MAKS) {
				p.tolak("u" + u.nomor(), "survei.jawab-unsur", u.nomor());
			}
			nilai[u.ordinal()] = n;
		}
		Responden.Umur umur = p.periksa("umur", () -> pilihan(Responden.Umur.class, isian.get("umur")));
		Responden.JenisKelamin jk = p.periksa("jenisKelamin", () -> pilihan(Responden.JenisKelamin.class, isian.get("jenisKelamin")));
		Responden.Pendidikan pendidikan = p.periksa("pendidikan", () -> pilihan(Responden.Pendidikan.class, isian.get("pendidikan")));
		Responden.Pekerjaan pekerjaan = p.periksa("pekerjaan", () -> pilihan(Responden.Pekerjaan.class, isian.get("pekerjaan")));
		String saran = isian.get("saran") == null || isian.get("saran").isBlank() ? null : isian.get("saran").strip();
		if (saran != null && (saran.length() > SARAN_MAKS || !Teks.sah(saran))) {
			p.tolak("saran", "survei.saran-tidak-sah", SARAN_MAKS);
		}
		p.lempar();
		return new Jawaban(permohonan, nilai, umur, jk, pendidikan, pekerjaan, saran, waktu);
	}

	private static <E extends Enum<E>> E pilihan(Class<E> jenis, String nilai) {
		try {
			return Responden.baca(jenis, nilai);
		}
		catch (IllegalArgumentException ex) {
			throw new id.kotacerdas.platform.PermintaanDitolakException("survei.pilihan-tidak-sah");
		}
	}
}
