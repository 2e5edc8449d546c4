package id.kotacerdas.notifikasi;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A real HTTP server on a free local port standing where a city's WhatsApp/SMS gateway would:
 * it records every request (method, path, headers, body) and answers from a script, by default
 * {@code 200 {"status": true}} as Fonnte does.
 */
public final class GatewayUji {

	/** One request as the gateway received it. */
	public record Permintaan(String metode, String jalur, Map<String, List<String>> header, String isi) {

		public String header(String nama) {
			return header.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(nama)).map(e -> e.getValue().get(0)).findFirst()
				.orElse(null);
		}
	}

	/** A scripted answer. */
	public record Jawaban(int status, String isi) {
	}

	private final HttpServer server;

	private final ConcurrentLinkedQueue<Permintaan> diterima = new ConcurrentLinkedQueue<>();

	private final ConcurrentLinkedQueue<Jawaban> naskah = new ConcurrentLinkedQueue<>();

	private volatile long jedaMilidetik;

	GatewayUji() {
		try {
			server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		server.setExecutor(Executors.newCachedThreadPool());
		server.createContext("/", this::jawab);
		server.start();
	}

	public String url(String jalur) {
		return "http://127.0.0.1:" + server.getAddress().getPort() + jalur;
	}

	/** The next answers, in order; afterwards the default again. */
	public void akanMenjawab(Jawaban... jawaban) {
		naskah.addAll(List.of(jawaban));
	}

	/** How long each answer takes (a slow gateway). */
	public void jeda(long milidetik) {
		jedaMilidetik = milidetik;
	}

	public List<Permintaan> diterima() {
		return new ArrayList<>(diterima);
	}

	public void kosongkan() {
		diterima.clear();
		naskah.clear();
		jedaMilidetik = 0;
	}

	private void jawab(HttpExchange pertukaran) throws IOException {
		try (InputStream in = pertukaran.getRequestBody(); OutputStream out = pertukaran.getResponseBody()) {
			String isi = new String(in.readAllBytes(), StandardCharsets.UTF_8);
			diterima.add(new Permintaan(pertukaran.getRequestMethod(), pertukaran.getRequestURI().toString(),
					Map.copyOf(pertukaran.getRequestHeaders()), isi));
			if (jedaMilidetik > 0) {
				Thread.sleep(jedaMilidetik);
			}
			Jawaban j = naskah.poll();
			byte[] badan = (j == null ? "{\"status\": true}" : j.isi()).getBytes(StandardCharsets.UTF_8);
			pertukaran.getResponseHeaders().add("Content-Type", "application/json");
			pertukaran.sendResponseHeaders(j == null ? 200 : j.status(), badan.length);
			out.write(badan);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}
}
