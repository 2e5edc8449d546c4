package id.kotacerdas.qris;

import java.util.List;

/**
 * One finding about a payload: a message key of the {@code i18n/qris} bundle with its arguments
 * (render it with any {@code MessageSource}), and how serious it is.
 */
public record AlasanQris(Jenis jenis, String kunci, List<Object> argumen) {

	public enum Jenis {
		/** The EMV structure is broken (bad CRC, bad length, duplicate object …): no wallet reads it. */
		RUSAK,
		/** A readable EMV code, but not a correct QRIS (no national repository template, not rupiah …). */
		BUKAN_QRIS,
		/** Correct, yet worth knowing (an added fee for the buyer, no postal code …). */
		CATATAN
	}

	public AlasanQris {
		argumen = List.copyOf(argumen);
	}

	public Object[] argumenArray() {
		return argumen.toArray();
	}
}
