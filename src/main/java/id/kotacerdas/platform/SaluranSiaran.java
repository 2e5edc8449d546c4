package id.kotacerdas.platform;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Properties;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import javax.sql.DataSource;

import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The PostgreSQL side of {@link Siaran}: {@code pg_notify} through the application's own
 * {@code DataSource} (so it joins the caller's transaction), and one dedicated listening
 * connection opened with the driver itself, outside the pool, which a lost server, a restart or
 * {@code pg_terminate_backend} only interrupts: it is opened again with a growing pause.
 */
class SaluranSiaran implements SmartLifecycle {

	static final String KANAL = "kota_cerdas_siaran";

	/** The listening connection's name in {@code pg_stat_activity}. */
	static final String NAMA_APLIKASI = "kota-cerdas-siaran";

	private static final Logger log = LoggerFactory.getLogger(SaluranSiaran.class);

	/** How long one wait for notifications blocks before the loop looks at its state again. */
	private static final int TUNGGU_MS = 500;

	/** A connection that silently died (no reset ever arrives) is found by a probe this often. */
	private static final Duration PERIKSA = Duration.ofSeconds(10);

	private static final Duration JEDA_AWAL = Duration.ofMillis(200);

	private static final Duration JEDA_MAKS = Duration.ofSeconds(5);

	/** How long {@link #start()} waits for the first LISTEN, so that a started application hears. */
	private static final Duration TUNGGU_MULAI = Duration.ofSeconds(10);

	private final JdbcTemplate jdbc;

	private final String url;

	private final Properties properti;

	private volatile Consumer<String> penerima = m -> {
	};

	private volatile Runnable muatUlang = () -> {
	};

	private volatile boolean berjalan;

	private volatile boolean mendengar;

	private volatile Connection koneksi;

	private Thread utas;

	/**
	 * @param dataSource the application's (transactional) data source, for sending
	 * @param url the primary's JDBC URL, with {@code pengguna} and {@code sandi}, for listening
	 */
	SaluranSiaran(DataSource dataSource, String url, String pengguna, String sandi) {
		this.jdbc = new JdbcTemplate(dataSource);
		this.url = url;
		this.properti = new Properties();
		if (pengguna != null) {
			properti.setProperty("user", pengguna);
		}
		if (sandi != null) {
			properti.setProperty("password", sandi);
		}
		properti.setProperty("ApplicationName", NAMA_APLIKASI);
		properti.setProperty("tcpKeepAlive", "true");
		properti.setProperty("connectTimeout", "5");
		// bounds the liveness probe; a wait for notifications sets its own shorter timeout
		properti.setProperty("socketTimeout", "15");
	}

	void sambungkan(Consumer<String> penerima, Runnable muatUlang) {
		this.penerima = penerima;
		this.muatUlang = muatUlang;
	}

	void kirim(String muatan) {
		jdbc.queryForObject("select pg_notify(?, ?)", Object.class, KANAL, muatan);
	}

	boolean mendengar() {
		return mendengar;
	}

	@Override
	public synchronized void start() {
		if (berjalan) {
			return;
		}
		berjalan = true;
		CountDownLatch pertama = new CountDownLatch(1);
		utas = new Thread(() -> dengar(pertama), "siaran");
		utas.setDaemon(true);
		utas.start();
		try {
			if (!pertama.await(TUNGGU_MULAI.toMillis(), TimeUnit.MILLISECONDS)) {
				log.warn("Siaran is not listening yet; it keeps trying in the background");
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	@Override
	public synchronized void stop() {
		berjalan = false;
		tutup(koneksi);
		if (utas != null) {
			try {
				utas.join(TUNGGU_MULAI.toMillis());
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
			utas = null;
		}
	}

	@Override
	public boolean isRunning() {
		return berjalan;
	}

	/** Listens before the web server and the tracker ports take work, and stops after them. */
	@Override
	public int getPhase() {
		return SmartLifecycle.DEFAULT_PHASE - 4096;
	}

	private void dengar(CountDownLatch pertama) {
		boolean terputus = false;
		Duration jeda = JEDA_AWAL;
		while (berjalan) {
			try (Connection c = DriverManager.getConnection(url, properti)) {
				koneksi = c;
				try (Statement s = c.createStatement()) {
					s.execute("LISTEN " + KANAL);
				}
				mendengar = true;
				pertama.countDown();
				jeda = JEDA_AWAL;
				if (terputus) {
					log.info("Siaran listening again; subscribers reload what they keep");
					terputus = false;
					muatUlang.run();
				}
				terimaSampaiPutus(c);
			}
			catch (SQLException | RuntimeException ex) {
				if (!berjalan) {
					break;
				}
				if (mendengar || !terputus) {
					log.warn("Siaran lost its listening connection, reconnecting: {}", ex.toString());
				}
				terputus = true;
				// a database that is down at start-up does not hold the start: the thread keeps trying
				pertama.countDown();
			}
			finally {
				mendengar = false;
				koneksi = null;
			}
			if (berjalan) {
				tidur(jeda);
				jeda = jeda.multipliedBy(2).compareTo(JEDA_MAKS) > 0 ? JEDA_MAKS : jeda.multipliedBy(2);
			}
		}
	}

	private void terimaSampaiPutus(Connection c) throws SQLException {
		PGConnection pg = c.unwrap(PGConnection.class);
		long periksaBerikut = System.nanoTime() + PERIKSA.toNanos();
		while (berjalan) {
			PGNotification[] pemberitahuan = pg.getNotifications(TUNGGU_MS);
			if (pemberitahuan != null) {
				for (PGNotification p : pemberitahuan) {
					penerima.accept(p.getParameter());
				}
			}
			if (System.nanoTime() - periksaBerikut > 0) {
				if (!c.isValid((int) PERIKSA.toSeconds())) {
					throw new SQLException("Listening connection no longer valid", "08006");
				}
				periksaBerikut = System.nanoTime() + PERIKSA.toNanos();
			}
		}
	}

	private static void tutup(Connection c) {
		if (c != null) {
			try {
				c.close();
			}
			catch (SQLException ex) {
				// closing a broken connection: nothing left to release
			}
		}
	}

	private void tidur(Duration jeda) {
		try {
			Thread.sleep(jeda.toMillis());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			berjalan = false;
		}
	}
}
