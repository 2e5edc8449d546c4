package id.kotacerdas.notifikasi;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * A message to queue. The text comes from the message bundles at send time: subject
 * {@code <templat>.subjek} and body {@code <templat>.isi}, in {@code bahasa} (Indonesian when
 * null), with the parameters as {@code {0}}, {@code {1}}, … Parameters are text ({@link String}),
 * whole numbers ({@link Long}, {@link Integer}), dates ({@link LocalDate}, written in words of the
 * recipient's language) and words from the bundles ({@link Kata}); null is empty text.
 *
 * @param saluran the channel, e.g. {@link Notifikasi#EMAIL} or {@link Notifikasi#SMS}
 * @param tujuan the recipient's address on that channel (an e-mail address, a phone number)
 */
public record Pesan(String saluran, String tujuan, String templat, List<Object> parameter, Locale bahasa) {

	public Pesan {
		if (saluran == null || saluran.isBlank() || templat == null || templat.isBlank()) {
			throw new IllegalArgumentException("a message needs a channel and a template");
		}
		List<Object> salinan = new ArrayList<>();
		for (Object p : parameter == null ? List.of() : parameter) {
			if (!(p == null || p instanceof String || p instanceof Long || p instanceof Integer || p instanceof LocalDate || p instanceof Kata)) {
				throw new IllegalArgumentException("a message parameter is text, a whole number, a date or a word, not " + p.getClass().getName());
			}
			salinan.add(p);
		}
		parameter = Collections.unmodifiableList(salinan);
	}

	/** An e-mail. */
	public static Pesan email(String tujuan, Locale bahasa, String templat, Object... parameter) {
		return new Pesan(Notifikasi.EMAIL, tujuan, templat, Arrays.asList(parameter), bahasa);
	}
}
