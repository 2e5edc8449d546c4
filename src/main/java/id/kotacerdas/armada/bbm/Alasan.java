package id.kotacerdas.armada.bbm;

import java.util.List;

/** A reason in a decision: a message key of the armada bundle and its arguments. */
record Alasan(String kode, List<Object> argumen) {

	static Alasan dari(String kode, Object... argumen) {
		return new Alasan(kode, List.of(argumen));
	}
}
