package id.kotacerdas.platform;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * A form refused for one or more of its fields, all named at once, so a person corrects
 * everything in one go instead of meeting the next error after each attempt. The message and
 * status are those of the first error (400), for answers that can carry only one.
 */
public class IsianDitolakException extends PermintaanDitolakException {

	/** One refused field: {@code isian} is the form field's name, the message key and its arguments say why. */
	public record Galat(String isian, String kodePesan, Object... argumen) {
	}

	private final transient List<Galat> galat;

	public IsianDitolakException(List<Galat> galat) {
		super(galat.get(0).kodePesan(), galat.get(0).argumen());
		this.galat = List.copyOf(galat);
	}

	public List<Galat> galat() {
		return galat;
	}

	/** Runs the checks of several fields, keeps each one's refusal under its field, and throws them together. */
	public static final class Pemeriksa {

		private final List<Galat> galat = new ArrayList<>();

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

		/** Adds errors found elsewhere, except for fields already refused here. */
		public void tambah(List<Galat> lain) {
			List<String> sudah = galat.stream().map(Galat::isian).toList();
			lain.stream().filter(g -> !sudah.contains(g.isian())).forEach(galat::add);
		}

		public boolean ada() {
			return !galat.isEmpty();
		}

		/** Throws every refusal collected so far, if any. */
		public void lempar() {
			if (!galat.isEmpty()) {
				throw new IsianDitolakException(galat);
			}
		}
	}
}
