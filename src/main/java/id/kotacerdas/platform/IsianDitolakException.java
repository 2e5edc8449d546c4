package id.kotacerdas.platform;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;

/**
 * A form refused for one or more of its fields, all named at once, so a person corrects
 * everything in one go instead of meeting the next error after each attempt. Being a
 * {@link PermintaanDitolakException}, it answers like one where no form is shown: the message
 * and status are those of the first error (400, or 409 for a clash with stored data).
 */
public class IsianDitolakException extends PermintaanDitolakException {

	private static final long serialVersionUID = 1L;

	/** One refused field: {@code isian} is the form field's name, the message key and its arguments say why. */
	public record Galat(String isian, String kodePesan, Object... argumen) {
	}

	private final transient List<Galat> galat;

	public IsianDitolakException(List<Galat> galat) {
		this(HttpStatus.BAD_REQUEST, galat);
	}

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
			hasil.putIfAbsent(g.isian(), pesan.getMessage(g.kodePesan(), g.argumen(), g.kodePesan(), locale));
		}
		return hasil;
	}

	/** Collects a form's problems; {@link #lempar()} refuses with all of them together. */
	public static final class Pemeriksa {

		private final List<Galat> galat = new ArrayList<>();

		private HttpStatus status = HttpStatus.BAD_REQUEST;

		/** The step's result, or null when it refused (its error kept under {@code isian}). */
		public <T> T periksa(String isian, Supplier<T> langkah) {
			try {
				return langkah.get();
			}
			catch (IsianDitolakException ex) {
				galat.addAll(ex.galat());
			}
			catch (PermintaanDitolakException ex) {
				galat.add(new Galat(isian, ex.kodePesan(), ex.argumen()));
			}
			return null;
		}

		public Pemeriksa tolak(String isian, String kodePesan, Object... argumen) {
			galat.add(new Galat(isian, kodePesan, argumen));
			return this;
		}

		/** A problem that is a clash with stored data (a name already taken): the answer becomes 409. */
		public Pemeriksa bentrok(String isian, String kodePesan, Object... argumen) {
			status = HttpStatus.CONFLICT;
			return tolak(isian, kodePesan, argumen);
		}

		/** Adds errors found elsewhere, except for fields already refused here. */
		public void tambah(List<Galat> lain) {
			List<String> sudah = galat.stream().map(Galat::isian).toList();
			lain.stream().filter(g -> !sudah.contains(g.isian())).forEach(galat::add);
		}

		/** Whether the field has no problem so far (to skip checks that build on it). */
		public boolean sah(String isian) {
			return galat.stream().noneMatch(g -> g.isian().equals(isian));
		}

		public boolean ada() {
			return !galat.isEmpty();
		}

		/** Throws every refusal collected so far, if any. */
		public void lempar() {
			if (!galat.isEmpty()) {
				throw new IsianDitolakException(status, galat);
			}
		}
	}
}
