package id.kotacerdas.platform;

import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * In-memory token buckets, one per client (an IP address or an API key): {@code perMenit}
 * tokens refill evenly over a minute, and a full bucket allows a burst of the same size.
 * Full buckets carry no information and are dropped when the map grows, so a flood of distinct
 * addresses cannot exhaust memory. One instance serves one node; behind several nodes the
 * effective limit is per node. Used for every public write that needs a per-client limit
 * (Open311 POSTs, "saya juga", asking for a lost follow-up link).
 */
public final class PembatasLaju {

	private static final int BATAS_PETA = 100_000;

	private final double perMenit;

	private final Clock clock;

	private final Map<String, Ember> ember = new ConcurrentHashMap<>();

	public PembatasLaju(int perMenit, Clock clock) {
		this.perMenit = Math.max(1, perMenit);
		this.clock = clock;
	}

	/**
	 * Takes one token for {@code klien}.
	 * @return 0 when a token was taken, else the whole seconds until one is available
	 */
	public long ambil(String klien) {
		long sekarang = clock.millis();
		if (ember.size() > BATAS_PETA) {
			ember.values().removeIf(e -> e.penuh(sekarang));
		}
		long tunggu = ember.computeIfAbsent(klien, k -> new Ember(perMenit, sekarang)).ambil(sekarang);
		return tunggu > 0 ? Math.max(1, (tunggu + 999) / 1000) : 0;
	}

	/** Forgets every client (tests start from full buckets). */
	public void kosongkan() {
		ember.clear();
	}

	private static final class Ember {

		private final double kapasitas;

		private final double perMilidetik;

		private double token;

		private long terakhir;

		Ember(double perMenit, long sekarang) {
			this.kapasitas = perMenit;
			this.perMilidetik = perMenit / 60_000.0;
			this.token = perMenit;
			this.terakhir = sekarang;
		}

		/** @return 0 when a token was taken, else the milliseconds until the next one */
		synchronized long ambil(long sekarang) {
			isi(sekarang);
			if (token >= 1) {
				token -= 1;
				return 0;
			}
			return (long) Math.ceil((1 - token) / perMilidetik);
		}

		synchronized boolean penuh(long sekarang) {
			isi(sekarang);
			return token >= kapasitas;
		}

		private void isi(long sekarang) {
			if (sekarang > terakhir) {
				token = Math.min(kapasitas, token + (sekarang - terakhir) * perMilidetik);
				terakhir = sekarang;
			}
		}
	}
}
