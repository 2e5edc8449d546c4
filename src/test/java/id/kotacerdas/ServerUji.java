package id.kotacerdas;

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
import java.util.function.Function;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A real HTTP server on a free local port, for tests of code that calls out (an SMS or e-mail
 * gateway, the WhatsApp Cloud API): it records every request and answers through a function of
 * it — or, first, with scripted answers in order (an outage, a refusal), and optionally slowly.
 */
public final class ServerUji {

	/** One request as the server received it; {@code jalur} with its query string. */
	public record Permintaan(String metode, String jalur, Map<String, List<String>> header, String isi) {

		public String header(String nama) {
			return header.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(nama)).map(e -> e.getValue().get(0)).findFirst()
				.orElse(null);
		}

		/** The path without the query string. */
		public String path() {
			int tanya = jalur.indexOf('?');
			return tanya < 0 ? jalur : jalur.substring(0, tanya);
		}
	}

	/** An answer: status, content type and body. */
	public record Jawaban(int status, String jenis, byte[] isi) {

		/** A JSON answer. */
		public Jawaban(int status, String json) {
			this(status, "application/json", json.getBytes(StandardCharsets.UTF_8));
		}
	}

	private final HttpServer server;

	private final Function<Permintaan, Jawaban> penjawab;

	private final ConcurrentLinkedQueue<Permintaan> diterima = new ConcurrentLinkedQueue<>();

	private final ConcurrentLinkedQueue<Jawaban> naskah = new ConcurrentLinkedQueue<>();

	private volatile long jedaMilidetik;

	/** A gateway that takes everything: {@code 200 {"status": true}}. */
	public ServerUji() {
		this(p -> new Jawaban(200, "{\"status\": true}"));
	}

	public ServerUji(Function<Permintaan, Jawaban> penjawab) {
		this.penjawab = penjawab;
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

	/** The next answers, in order, whatever was asked; afterwards the function answers again. */
	public void akanMenjawab(Jawaban... jawaban) {
		naskah.addAll(List.of(jawaban));
	}

	/** How long each answer takes (a slow gateway). */
	public void jeda(long milidetik) {
		jedaMilidetik = milidetik;
	}

	/** Every request so far, oldest first. */
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
			Permintaan p = new Permintaan(pertukaran.getRequestMethod(), pertukaran.getRequestURI().toString(),
					Map.copyOf(pertukaran.getRequestHeaders()), new String(in.readAllBytes(), StandardCharsets.UTF_8));
			diterima.add(p);
			if (jedaMilidetik > 0) {
				Thread.sleep(jedaMilidetik);
			}
			Jawaban j = naskah.poll();
			if (j == null) {
				j = penjawab.apply(p);
			}
			pertukaran.getResponseHeaders().add("Content-Type", j.jenis());
			pertukaran.sendResponseHeaders(j.status(), j.isi().length);
			out.write(j.isi());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}
}
