package id.kotacerdas.platform;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicBoolean;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Decides whether the replica may serve a public read: it answers and its lag is within the bound.
 * The answer is cached for {@link #MASA_BERLAKU}, so at most one lag query a second runs however
 * many requests arrive; a change of state is logged once, not per request.
 */
final class PenjagaReplika {

	private static final Logger log = LoggerFactory.getLogger(PenjagaReplika.class);

	static final Duration MASA_BERLAKU = Duration.ofSeconds(1);

	private final DataSource replika;

	private final String kueriLag;

	private final double batasDetik;

	private final Clock clock;

	private volatile Instant berlakuSampai = Instant.MIN;

	private volatile boolean layak;

	private final AtomicBoolean memeriksa = new AtomicBoolean();

	private String alasanTerakhir = "";

	PenjagaReplika(DataSource replika, String kueriLag, Duration batasBasi, Clock clock) {
		this.replika = replika;
		this.kueriLag = kueriLag;
		this.batasDetik = batasBasi.toMillis() / 1000.0;
		this.clock = clock;
	}

	boolean layak() {
		// one thread checks; the others keep the last answer instead of waiting for a slow replica
		if (clock.instant().isBefore(berlakuSampai) || !memeriksa.compareAndSet(false, true)) {
			return layak;
		}
		try {
			String alasan = periksa();
			catat(alasan);
			layak = alasan.isEmpty();
			berlakuSampai = clock.instant().plus(MASA_BERLAKU);
			return layak;
		}
		finally {
			memeriksa.set(false);
		}
	}

	/** The replica failed while connecting: use the primary until the next check. */
	void gagal(SQLException ex) {
		catat("unreachable: " + ex.getMessage());
		layak = false;
		berlakuSampai = clock.instant().plus(MASA_BERLAKU);
	}

	/** Empty when usable, otherwise why not. */
	private String periksa() {
		try (Connection c = replika.getConnection(); Statement s = c.createStatement();
				ResultSet rs = s.executeQuery(kueriLag)) {
			rs.next();
			double lag = rs.getDouble(1);
			if (rs.wasNull()) {
				return "not a replica (lag query answered null)";
			}
			return lag <= batasDetik ? "" : "lag " + lag + " s beyond " + batasDetik + " s";
		}
		catch (SQLException ex) {
			return "unreachable: " + ex.getMessage();
		}
	}

	private synchronized void catat(String alasan) {
		boolean berubah = alasan.isEmpty() != alasanTerakhir.isEmpty()
				|| (!alasan.isEmpty() && !jenis(alasan).equals(jenis(alasanTerakhir)));
		if (berubah && alasan.isEmpty()) {
			log.info("Read replica in use again for public reads");
		}
		else if (berubah) {
			log.warn("Read replica not used, public reads go to the primary: {}", alasan);
		}
		alasanTerakhir = alasan;
	}

	private static String jenis(String alasan) {
		return alasan.split(" ", 2)[0];
	}
}
