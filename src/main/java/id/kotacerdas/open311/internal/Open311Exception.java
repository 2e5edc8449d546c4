package id.kotacerdas.open311.internal;

import org.springframework.http.HttpStatus;

/** A request this server refuses; answered as an Open311 error list with the given status. */
class Open311Exception extends RuntimeException {

	private final HttpStatus status;

	private final String kodePesan;

	private final transient Object[] argumen;

	Open311Exception(HttpStatus status, String kodePesan, Object... argumen) {
		super(kodePesan, null, false, false);
		this.status = status;
		this.kodePesan = kodePesan;
		this.argumen = argumen;
	}

	static Open311Exception tidakValid(String kodePesan, Object... argumen) {
		return new Open311Exception(HttpStatus.BAD_REQUEST, kodePesan, argumen);
	}

	static Open311Exception tidakDitemukan(String kodePesan, Object... argumen) {
		return new Open311Exception(HttpStatus.NOT_FOUND, kodePesan, argumen);
	}

	HttpStatus status() {
		return status;
	}

	String kodePesan() {
		return kodePesan;
	}

	Object[] argumen() {
		return argumen;
	}
}
