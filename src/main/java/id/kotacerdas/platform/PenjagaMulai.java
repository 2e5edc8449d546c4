package id.kotacerdas.platform;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;

/**
 * Two instances started at once against one database migrate and seed it one after the other.
 * The modules' start-up work (agencies and regions read from the city's files as their services
 * are created, the first administrator, the seeded catalogues, the {@code --demo} data in
 * {@link ApplicationReadyEvent} listeners) all comes after Flyway's migration; this takes a
 * PostgreSQL advisory lock just before the migration and releases it after the last ready-time
 * listener, so the second instance's seeders find the first one's rows and skip them instead of
 * racing to insert them twice. The lock lives with its connection: a start that dies releases it.
 */
class PenjagaMulai implements FlywayMigrationStrategy, DisposableBean {

	/** The advisory lock's key: "kota-cerdas start" (any constant that no other code uses). */
	static final long KUNCI = 0x4b435f4d554c4149L;

	private static final Logger log = LoggerFactory.getLogger(PenjagaMulai.class);

	private final DataSource dataSource;

	private Connection koneksi;

	PenjagaMulai(DataSource dataSource) {
		this.dataSource = dataSource;
	}

	@Override
	public void migrate(Flyway flyway) {
		kunci();
		flyway.migrate();
	}

	private synchronized void kunci() {
		long mulai = System.nanoTime();
		try {
			koneksi = dataSource.getConnection();
			try (PreparedStatement s = koneksi.prepareStatement("select pg_advisory_lock(?)")) {
				s.setLong(1, KUNCI);
				s.execute();
			}
		}
		catch (SQLException ex) {
			buang();
			throw new IllegalStateException("The start-up lock could not be taken", ex);
		}
		long ms = (System.nanoTime() - mulai) / 1_000_000;
		if (ms > 1000) {
			log.info("Waited {} ms for another instance to finish migrating and seeding", ms);
		}
	}

	@EventListener(ApplicationReadyEvent.class)
	@Order(Ordered.LOWEST_PRECEDENCE)
	synchronized void lepas() {
		if (koneksi == null) {
			return;
		}
		try (PreparedStatement s = koneksi.prepareStatement("select pg_advisory_unlock(?)")) {
			s.setLong(1, KUNCI);
			s.execute();
		}
		catch (SQLException ex) {
			log.warn("Releasing the start-up lock failed; ending its connection releases it: {}", ex.toString());
			buang();
			return;
		}
		try {
			koneksi.close();
		}
		catch (SQLException ex) {
			// back to the pool failed: the pool replaces it
		}
		koneksi = null;
	}

	/** A start that failed while holding the lock: the connection (and so the lock) is ended, not pooled. */
	@Override
	public synchronized void destroy() {
		buang();
	}

	private void buang() {
		if (koneksi != null) {
			try {
				koneksi.abort(Runnable::run);
			}
			catch (SQLException ex) {
				// already broken: its session, and so the lock, is gone with it
			}
			koneksi = null;
		}
	}
}
