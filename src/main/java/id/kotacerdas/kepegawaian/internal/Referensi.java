package id.kotacerdas.kepegawaian.internal;

import java.util.Locale;

/**
 * One entry of a reference list (rank, religion, position type, …), identified within its list by
 * its code (the BKN code where there is one).
 *
 * @param singkatan the short form staff write (III/a), or null
 */
public record Referensi(String jenis, String kode, String singkatan, String nama, String namaEn, int urutan) {

	/** What people read: "III/a Penata Muda", or the name alone. */
	public String label(Locale bahasa) {
		String n = "en".equals(bahasa.getLanguage()) ? namaEn : nama;
		return singkatan == null || n.contains(singkatan) ? n : singkatan + " " + n;
	}
}
