package id.kotacerdas.open311.internal;

import org.springframework.http.HttpStatus;

/** A client went over its POST rate; answered 429 with {@code Retry-After}. */
class TerlaluSeringException extends Open311Exception {

	private final long detik;

	TerlaluSeringException(long detik) {
		super(HttpStatus.TOO_MANY_REQUESTS, "open311.terlalu-sering", detik);
		this.detik = detik;
	}

	long detik() {
		return detik;
	}
}
