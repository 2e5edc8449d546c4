package id.kotacerdas.platform;

import org.springframework.http.HttpStatus;

/**
 * A request broke a rule of the domain (bad input, forbidden transition, not allowed for this
 * user). It carries a message key so the answer reads in the user's language, and the status
 * to answer with (400 unless said otherwise).
 */
public class PermintaanDitolakException extends RuntimeException {

	private final HttpStatus status;

	private final String kodePesan;

	private final transient Object[] argumen;

	public PermintaanDitolakException(String kodePesan, Object... argumen) {
		this(HttpStatus.BAD_REQUEST, kodePesan, argumen);
	}

	public PermintaanDitolakException(HttpStatus status, String kodePesan, Object... argumen) {
		super(kodePesan);
		this.status = status;
		this.kodePesan = kodePesan;
		this.argumen = argumen;
	}

	/** Something asked for does not exist (404). */
	public static PermintaanDitolakException tidakDitemukan(String kodePesan, Object... argumen) {
		return new PermintaanDitolakException(HttpStatus.NOT_FOUND, kodePesan, argumen);
	}

	public HttpStatus status() {
		return status;
	}

	public String kodePesan() {
		return kodePesan;
	}

	public Object[] argumen() {
		return argumen;
	}
}
