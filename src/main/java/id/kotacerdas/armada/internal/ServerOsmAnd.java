package id.kotacerdas.armada.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import id.kotacerdas.platform.Waktu;
import tools.jackson.databind.ObjectMapper;

/**
 * The tracker port: the OsmAnd protocol over plain HTTP at {@code /}, as Traccar Client, OsmAnd
 * and OsmAnd-capable trackers send it.
 * <p>
 * Why the JDK's own HTTP server and not a second Tomcat connector: a connector would feed the
 * trackers' traffic through the staff application's servlet pipeline (security filter chain,
 * sessions, compression, error pages) and share its thread pool, and every one of those would
 * need an exception for this port. This server is isolated, has nothing to bypass, and its
 * lifecycle is ours: it opens only after the position writer runs and closes before it stops.
 * Each request thread waits for its position's group commit, so the bounded pool also bounds the
 * requests in flight (JDK 17 has no virtual threads).
 */
@Component
class ServerOsmAnd implements SmartLifecycle {

	static final int FASE = SmartLifecycle.DEFAULT_PHASE - 4096;

	private static final Logger log = LoggerFactory.getLogger(ServerOsmAnd.class);

	private static final int ISI_MAKS = 64 * 1024;

	private static final long TUNGGU_DETIK = 30;

	private final ArmadaProperties properti;

	private final RegisterKendaraan register;

	private final PenulisPosisi penulis;

	private final OsmAndDecoder decoder;

	private HttpServer server;

	private ThreadPoolExecutor pelaksana;

	ServerOsmAnd(ArmadaProperties properti, RegisterKendaraan register, PenulisPosisi penulis, ObjectMapper json) {
		this.properti = properti;
		this.register = register;
		this.penulis = penulis;
		this.decoder = new OsmAndDecoder(json, Waktu.WITA);
	}

	/** The port actually listened on (useful with port 0). */
	int port() {
		return server.getAddress().getPort();
	}

	@Override
	public void start() {
		try {
			server = HttpServer.create(new InetSocketAddress(properti.osmandPort()), 1024);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Tracker port " + properti.osmandPort() + " cannot be opened", ex);
		}
		var nomor = new AtomicInteger();
		pelaksana = new ThreadPoolExecutor(properti.osmandThreads(), properti.osmandThreads(), 60, TimeUnit.SECONDS,
				new LinkedBlockingQueue<>(), r -> {
					Thread t = new Thread(r, "armada-osmand-" + nomor.incrementAndGet());
					t.setDaemon(true);
					return t;
				});
		server.setExecutor(pelaksana);
		server.createContext("/", this::tangani);
		server.start();
		log.info("OsmAnd tracker port listening on {}", port());
	}

	@Override
	public void stop() {
		server.stop(1);
		pelaksana.shutdown();
	}

	@Override
	public boolean isRunning() {
		return server != null && !pelaksana.isShutdown();
	}

	@Override
	public int getPhase() {
		return FASE;
	}

	private void tangani(HttpExchange tukar) {
		int status;
		String alasan = "";
		try {
			status = proses(tukar);
		}
		catch (OsmAndDitolak ex) {
			status = ex.status();
			alasan = ex.getMessage();
		}
		catch (IOException | RuntimeException ex) {
			log.debug("Tracker request failed", ex);
			status = 500;
		}
		jawab(tukar, status, alasan);
		tukar.close();
	}

	/** The status to answer: 200 only once the position is committed. */
	private int proses(HttpExchange tukar) throws IOException {
		String metode = tukar.getRequestMethod();
		if (!"GET".equals(metode) && !"POST".equals(metode)) {
			throw new OsmAndDitolak(405, "metode tidak didukung");
		}
		byte[] isi;
		try (InputStream in = tukar.getRequestBody()) {
			isi = in.readNBytes(ISI_MAKS + 1);
		}
		if (isi.length > ISI_MAKS) {
			throw new OsmAndDitolak(413, "isi terlalu besar");
		}
		PosisiMasuk masuk = decoder.decode(tukar.getRequestURI().getRawQuery(), tukar.getRequestHeaders().getFirst("Content-Type"), isi);
		long kendaraan = register.kendaraanUntukTracker(masuk.perangkat())
			.orElseThrow(() -> new OsmAndDitolak(masuk.json() ? 404 : 400, "perangkat tidak terdaftar"));
		try {
			penulis.kirim(kendaraan, masuk).get(TUNGGU_DETIK, TimeUnit.SECONDS);
			return 200;
		}
		catch (ExecutionException ex) {
			if (ex.getCause() instanceof OsmAndDitolak ditolak) {
				throw ditolak;
			}
			throw new OsmAndDitolak(503, "penyimpanan gagal");
		}
		catch (TimeoutException ex) {
			throw new OsmAndDitolak(503, "penyimpanan terlambat");
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new OsmAndDitolak(503, "dihentikan");
		}
	}

	private static void jawab(HttpExchange tukar, int status, String teks) {
		try {
			byte[] isi = teks.getBytes(StandardCharsets.UTF_8);
			if (isi.length > 0) {
				tukar.getResponseHeaders().set("Content-Type", "text/plain; charset=utf-8");
			}
			tukar.sendResponseHeaders(status, isi.length == 0 ? -1 : isi.length);
			if (isi.length > 0) {
				tukar.getResponseBody().write(isi);
			}
		}
		catch (IOException ex) {
			log.debug("Answering a tracker failed", ex);
		}
	}
}
