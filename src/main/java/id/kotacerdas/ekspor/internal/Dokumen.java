package id.kotacerdas.ekspor.internal;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import org.springframework.context.MessageSourceResolvable;

import id.kotacerdas.ekspor.Kolom;

/**
 * An export ready to be written: title, the line saying when it was made (WITA), and its tables,
 * all in the reader's language.
 *
 * @param bahasa Indonesian or English, the only languages the city's pages speak
 * @param teks a message in that language
 */
record Dokumen(String judul, String dibuat, Locale bahasa, List<Lembar> lembar, Function<MessageSourceResolvable, String> teks) {

	static final Locale INDONESIA = Locale.forLanguageTag("id");

	/** English when asked for, Indonesian otherwise. */
	static Locale bahasa(Locale diminta) {
		return diminta != null && "en".equals(diminta.getLanguage()) ? Locale.ENGLISH : INDONESIA;
	}

	boolean inggris() {
		return Locale.ENGLISH.equals(bahasa);
	}

	String pesan(String kode, Object... argumen) {
		return teks.apply(Kolom.pesan(kode, argumen));
	}
}
