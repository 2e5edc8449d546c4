package id.kotacerdas.platform;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;

/**
 * A form refused for one or more of its fields, all found at once, each with the message key of
 * a plain sentence to show next to that field. Being a {@link PermintaanDitolakException}, it
 * answers like one where no form is shown (its first problem is the message).
 */
public class IsianDitolakException extends PermintaanDitolakException {

	private static final long serialVersionUID = 1L;

	/** One problem: the field it belongs to, by its form name. */
	public record Galat(String kolom, String kodePesan, Object... argumen) {
	}

	private final transient List<Galat> galat;

	private IsianDitolakException(HttpStatus status, List<Galat> galat) {
		super(status, galat.get(0).kodePesan(), galat.get(0).argumen());
		this.galat = List.copyOf(galat);
	}

	public List<Galat> galat() {
		return galat;
	}

	/** Field → sentence in the reader's language, the first problem of each field, in the order found. */
	public Map<String, String> pesan(MessageSource pesan, Locale locale) {
		Map<String, String> hasil = new LinkedHashMap<>();
		for (Galat g : galat) {
			hasil.putIfAbsent(g.kolom(), pesan.getMessage(g.kodePesan(), g.argumen(), g.kodePesan(), locale));
		}
		return hasil;
	}

	/** Collects a form's problems; {@link #periksa()} refuses with all of them together. */
	public static final class Pemeriksa {

		private final List<Galat> galat = new ArrayList<>();

		private HttpStatus status = HttpStatus.BAD_REQUEST;

		public Pemeriksa tolak(String kolom, String kodePesan, Object... argumen) {
			galat.add(new Galat(kolom, kodePesan, argumen));
			return this;
		}

		/** A problem that is a clash with stored data (a name already taken): the answer becomes 409. */
		public Pemeriksa bentrok(String kolom, String kodePesan, Object... argumen) {
			status = HttpStatus.CONFLICT;
			return tolak(kolom, kodePesan, argumen);
		}

		/** Whether the field has no problem so far (to skip checks that build on it). */
		public boolean sah(String kolom) {
			return galat.stream().noneMatch(g -> g.kolom().equals(kolom));
		}

		public boolean adaGalat() {
			return !galat.isEmpty();
		}

		public void periksa() {
			if (!galat.isEmpty()) {
				throw new IsianDitolakException(status, galat);
			}
		}
	}
}
