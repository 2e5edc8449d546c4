package id.kotacerdas.wifi.internal;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

/**
 * Active probing of hotspots that have a probe address: a TCP connection ({@code tcp://host:port}) or an HTTP GET
 * ({@code http(s)://…}, any answer below 500 counts: a captive portal answers with a redirect). A success records a
 * sign of life in the current slot, like a heartbeat. ICMP ping is not offered: Java can only send it with raw-socket
 * privileges, and without them {@code InetAddress.isReachable} silently tries TCP port 7 instead.
 */
@Service
class ProbeWifi implements DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(ProbeWifi.class);

	/** Probes run side by side so a few silent addresses do not hold up the round. */
	private static final int PARALEL = 8;

	private final HotspotRepository repo;

	private final KesehatanWifi kesehatan;

	private final WifiProperties properti;

	private final Clock clock;

	private final ExecutorService pelaksana = Executors.newFixedThreadPool(PARALEL, r -> {
		Thread t = new Thread(r, "wifi-probe");
		t.setDaemon(true);
		return t;
	});

	private final HttpClient http;

	ProbeWifi(HotspotRepository repo, KesehatanWifi kesehatan, WifiProperties properti, Clock clock) {
		this.repo = repo;
		this.kesehatan = kesehatan;
		this.properti = properti;
		this.clock = clock;
		this.http = HttpClient.newBuilder().connectTimeout(properti.probe().batasWaktu()).followRedirects(HttpClient.Redirect.NEVER).build();
	}

	/** Checks a probe address as staff type it: the normalised address, or an {@link IllegalArgumentException}. */
	static String periksaAlamat(String alamat) {
		URI uri = URI.create(alamat.strip());
		String skema = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
		if (uri.getHost() == null) {
			throw new IllegalArgumentException("no host");
		}
		switch (skema) {
			case "tcp" -> {
				if (uri.getPort() < 1) {
					throw new IllegalArgumentException("tcp needs a port");
				}
			}
			case "http", "https" -> {
			}
			default -> throw new IllegalArgumentException("scheme " + skema);
		}
		return uri.toString();
	}

	@Scheduled(fixedDelayString = "${kc.wifi.slot:PT5M}", initialDelayString = "PT30S")
	void jadwal() {
		if (properti.probe().aktif()) {
			putaran();
		}
	}

	/** One round over every hotspot with a probe address; answers how many answered. */
	int putaran() {
		List<Hotspot> sasaran = repo.semua().stream().filter(h -> h.alamatProbe() != null && h.status() != StatusHotspot.NONAKTIF).toList();
		List<Future<Boolean>> hasil = sasaran.stream().map(h -> pelaksana.submit(() -> jangkau(h.alamatProbe()))).toList();
		int hidup = 0;
		for (int i = 0; i < sasaran.size(); i++) {
			try {
				if (hasil.get(i).get()) {
					kesehatan.catatProbe(sasaran.get(i).id(), clock.instant());
					hidup++;
				}
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return hidup;
			}
			catch (java.util.concurrent.ExecutionException ex) {
				log.debug("probe of hotspot {} failed", sasaran.get(i).id(), ex.getCause());
			}
		}
		return hidup;
	}

	/** Whether the address answers within the time limit. */
	boolean jangkau(String alamat) {
		URI uri = URI.create(alamat);
		Duration batas = properti.probe().batasWaktu();
		try {
			if ("tcp".equalsIgnoreCase(uri.getScheme())) {
				try (Socket s = new Socket()) {
					s.connect(new InetSocketAddress(uri.getHost(), uri.getPort()), (int) batas.toMillis());
					return true;
				}
			}
			HttpResponse<Void> r = http.send(HttpRequest.newBuilder(uri).timeout(batas).GET().build(), HttpResponse.BodyHandlers.discarding());
			return r.statusCode() < 500;
		}
		catch (IOException | IllegalArgumentException ex) {
			return false;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

	@Override
	public void destroy() {
		pelaksana.shutdownNow();
	}
}
