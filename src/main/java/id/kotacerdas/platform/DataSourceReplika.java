package id.kotacerdas.platform;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;

import javax.sql.DataSource;

import org.springframework.jdbc.datasource.LazyConnectionDataSourceProxy;
import org.springframework.jdbc.datasource.lookup.AbstractRoutingDataSource;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import com.zaxxer.hikari.HikariDataSource;

/**
 * The application's DataSource when a replica is configured. The lazy proxy fetches the real
 * connection at the first statement, after the transaction is marked read-only, so the routing
 * sees the transaction it serves.
 */
final class DataSourceReplika extends LazyConnectionDataSourceProxy implements AutoCloseable {

	private static final ThreadLocal<Boolean> BACAAN_PUBLIK = ThreadLocal.withInitial(() -> false);

	private final DataSource utama;

	private final HikariDataSource replika;

	DataSourceReplika(DataSource utama, HikariDataSource replika, PenjagaReplika penjaga) {
		this.utama = utama;
		this.replika = replika;
		Rute rute = new Rute(penjaga);
		rute.setTargetDataSources(Map.of(Tujuan.UTAMA, utama, Tujuan.REPLIKA, replika));
		rute.setDefaultTargetDataSource(utama);
		rute.afterPropertiesSet();
		setTargetDataSource(rute);
		afterPropertiesSet();
	}

	/** Runs {@code kerja} as a public read; nested calls restore the outer state. */
	static Object sebagaiBacaanPublik(KerjaSql kerja) throws Throwable {
		boolean sebelumnya = BACAAN_PUBLIK.get();
		BACAAN_PUBLIK.set(true);
		try {
			return kerja.jalankan();
		}
		finally {
			BACAAN_PUBLIK.set(sebelumnya);
		}
	}

	@FunctionalInterface
	interface KerjaSql {
		Object jalankan() throws Throwable;
	}

	@Override
	public void close() {
		replika.close();
		if (utama instanceof AutoCloseable tutup) {
			try {
				tutup.close();
			}
			catch (Exception ex) {
				throw new IllegalStateException(ex);
			}
		}
	}

	private enum Tujuan {
		UTAMA, REPLIKA
	}

	private static final class Rute extends AbstractRoutingDataSource {

		private final PenjagaReplika penjaga;

		Rute(PenjagaReplika penjaga) {
			this.penjaga = penjaga;
		}

		@Override
		protected Object determineCurrentLookupKey() {
			boolean keReplika = BACAAN_PUBLIK.get() && TransactionSynchronizationManager.isCurrentTransactionReadOnly()
					&& penjaga.layak();
			return keReplika ? Tujuan.REPLIKA : Tujuan.UTAMA;
		}

		@Override
		public Connection getConnection() throws SQLException {
			if (determineCurrentLookupKey() == Tujuan.UTAMA) {
				return getResolvedDefaultDataSource().getConnection();
			}
			try {
				return getResolvedDataSources().get(Tujuan.REPLIKA).getConnection();
			}
			catch (SQLException ex) {
				penjaga.gagal(ex);
				return getResolvedDefaultDataSource().getConnection();
			}
		}
	}
}
