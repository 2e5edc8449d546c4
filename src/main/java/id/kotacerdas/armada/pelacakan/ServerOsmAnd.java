package id.kotacerdas.armada.pelacakan;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import id.kotacerdas.armada.kendaraan.RegisterKendaraan;
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
 * Request threads only decode and enqueue; the answer goes out when the group commit completes
 * the position's future, so no thread is parked per connection (JDK 17 has no virtual threads).
 */
@Component
public class ServerOsmAnd implements SmartLifecycle {

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

	/** Sends the answers; lives as long as the application so a commit finishing during shutdown still finds it. */
	private final ThreadPoolExecutor penjawab = kumpulan("armada-osmand-jawab-", 2);

	ServerOsmAnd(ArmadaProperties properti, RegisterKendaraan register, PenulisPosisi penulis, ObjectMapper json) {
		this.properti = properti;
		this.register = register;
		this.penulis = penulis;
		this.decoder = new OsmAndDecoder(json, Waktu.WITA);
	}

	/** The port actually listened on (useful with port 0). */
	public int port() {
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
		pelaksana = kumpulan("armada-osmand-", properti.osmandThreads());
		server.setExecutor(pelaksana);
		server.createContext("/", this::tangani);
		server.start();
		log.info("OsmAnd tracker port listening on {}", port());
	}

	private static ThreadPoolExecutor kumpulan(String nama, int ukuran) {
		var nomor = new AtomicInteger();
		return new ThreadPoolExecutor(ukuran, ukuran, 60, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), r -> {
			Thread t = new Thread(r, nama + nomor.incrementAndGet());
			t.setDaemon(true);
			return t;
		});
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

	/**
	 * Decodes, then hands the position to the writer and returns at once; the answer is sent by
	 * a responder thread when the commit completes the future. No thread waits for a commit, so
	 * a handful of threads carry any number of connections.
	 */
	private void tangani(HttpExchange tukar) {
		CompletableFuture<Posisi> tersimpan;
		try {
			tersimpan = kirim(tukar);
		}
		catch (OsmAndDitolak ex) {
			selesai(tukar, ex.status(), ex.getMessage());
			return;
		}
		catch (DataAccessException ex) {
			// the register lookup found no database: the tracker should retry, as after a failed commit
			log.warn("Tracker request could not reach the database: {}", ex.toString());
			selesai(tukar, 503, "penyimpanan tidak tersedia");
			return;
		}
		catch (IOException | RuntimeException ex) {
			log.debug("Tracker request failed", ex);
			selesai(tukar, 500, "");
			return;
		}
		tersimpan.orTimeout(TUNGGU_DETIK, TimeUnit.SECONDS).whenCompleteAsync((posisi, galat) -> {
			if (galat == null) {
				selesai(tukar, 200, "");
			}
			else if (galat instanceof OsmAndDitolak ditolak) {
				selesai(tukar, ditolak.status(), ditolak.getMessage());
			}
			else {
				selesai(tukar, 503, "penyimpanan terlambat");
			}
		}, penjawab);
	}

	/** Decoded and queued for the writer; the future completes after the commit. */
	private CompletableFuture<Posisi> kirim(HttpExchange tukar) throws IOException {
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
		return penulis.kirim(kendaraan, masuk);
	}

	private static void selesai(HttpExchange tukar, int status, String alasan) {
		jawab(tukar, status, alasan);
		tukar.close();
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
