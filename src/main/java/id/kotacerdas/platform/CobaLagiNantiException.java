package id.kotacerdas.platform;

import org.springframework.http.HttpStatus;

/**
 * A request that is fine in itself but cannot be served now: the client went over a rate limit
 * (429), the server is busy with heavy work (503) or the database is unreachable (503). Every
 * error answer adds {@code Retry-After} with {@link #detik()}, so clients and people retry
 * instead of giving up or filing twice.
 */
public class CobaLagiNantiException extends PermintaanDitolakException {

	/** What an outage or a full queue asks clients to wait: long enough not to hammer a recovering server. */
	public static final long DETIK_GANGGUAN = 15;

	private final long detik;

	private CobaLagiNantiException(HttpStatus status, String kodePesan, long detik) {
		super(status, kodePesan, detik);
		this.detik = Math.max(1, detik);
	}

	/** Over a rate limit; a token is back in {@code detik} seconds. */
	public static CobaLagiNantiException terlaluSering(long detik) {
		return new CobaLagiNantiException(HttpStatus.TOO_MANY_REQUESTS, "galat.terlalu-sering", detik);
	}

	/** Every worker for heavy work is busy and its short queue is full. */
	public static CobaLagiNantiException sibuk() {
		return new CobaLagiNantiException(HttpStatus.SERVICE_UNAVAILABLE, "galat.sibuk", DETIK_GANGGUAN);
	}

	/** The database cannot be reached. */
	public static CobaLagiNantiException gangguan() {
		return new CobaLagiNantiException(HttpStatus.SERVICE_UNAVAILABLE, "galat.gangguan", DETIK_GANGGUAN);
	}

	/** Seconds to wait before trying again: the {@code Retry-After} header. */
	public long detik() {
		return detik;
	}
}
