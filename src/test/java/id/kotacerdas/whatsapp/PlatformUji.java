package id.kotacerdas.whatsapp;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A real HTTP server on a free local port playing the WhatsApp Business Platform: it serves media
 * ({@code GET /v21.0/{media-id}} answers the metadata with a download URL on this server, which
 * answers the bytes) and receives sent messages ({@code POST /v21.0/{phone-number-id}/messages},
 * answered with a new message id as the Cloud API does). Every call must carry the access token.
 */
public final class PlatformUji {

	public static final String VERSI = "/v21.0";

	/** One message the platform was asked to send. */
	public record Terkirim(String wamid, String isi) {
	}

	private final HttpServer server;

	private final String token;

	private final Map<String, byte[]> media = new ConcurrentHashMap<>();

	private final ConcurrentLinkedQueue<Terkirim> terkirim = new ConcurrentLinkedQueue<>();

	private final AtomicLong urut = new AtomicLong();

	PlatformUji(String token) {
		this.token = token;
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

	/** Makes a media file available under an id, as after a citizen sent it. */
	public void media(String id, byte[] isi) {
		media.put(id, isi);
	}

	/** The messages sent so far, oldest first. */
	public List<Terkirim> terkirim() {
		return new ArrayList<>(terkirim);
	}

	/** The messages sent to one number. */
	public List<Terkirim> terkirimKe(String nomor) {
		return terkirim().stream().filter(t -> t.isi().contains("\"to\":\"" + nomor + "\"")).toList();
	}

	private void jawab(HttpExchange x) throws IOException {
		try (InputStream in = x.getRequestBody(); OutputStream out = x.getResponseBody()) {
			String isi = new String(in.readAllBytes(), StandardCharsets.UTF_8);
			String jalur = x.getRequestURI().getPath();
			if (!("Bearer " + token).equals(x.getRequestHeaders().getFirst("Authorization"))) {
				kirim(x, out, 401, "application/json", "{\"error\":{\"message\":\"Invalid OAuth access token\",\"code\":190}}".getBytes());
			}
			else if ("POST".equals(x.getRequestMethod()) && jalur.endsWith("/messages")) {
				String wamid = "wamid.keluar-" + urut.incrementAndGet() + "-" + System.nanoTime();
				terkirim.add(new Terkirim(wamid, isi));
				kirim(x, out, 200, "application/json", ("{\"messaging_product\":\"whatsapp\",\"contacts\":[{\"input\":\"x\",\"wa_id\":\"x\"}],"
						+ "\"messages\":[{\"id\":\"" + wamid + "\"}]}").getBytes(StandardCharsets.UTF_8));
			}
			else if (jalur.startsWith("/unduh/") && media.containsKey(jalur.substring(7))) {
				kirim(x, out, 200, "image/jpeg", media.get(jalur.substring(7)));
			}
			else if (jalur.startsWith(VERSI + "/") && media.containsKey(jalur.substring(VERSI.length() + 1))) {
				String id = jalur.substring(VERSI.length() + 1);
				kirim(x, out, 200, "application/json", ("{\"url\":\"" + url("/unduh/" + id) + "\",\"mime_type\":\"image/jpeg\","
						+ "\"sha256\":\"x\",\"file_size\":" + media.get(id).length + ",\"id\":\"" + id + "\",\"messaging_product\":\"whatsapp\"}")
					.getBytes(StandardCharsets.UTF_8));
			}
			else {
				kirim(x, out, 404, "application/json", "{\"error\":{\"message\":\"Unsupported get request\",\"code\":100}}".getBytes());
			}
		}
	}

	private static void kirim(HttpExchange x, OutputStream out, int status, String jenis, byte[] badan) throws IOException {
		x.getResponseHeaders().add("Content-Type", jenis);
		x.sendResponseHeaders(status, badan.length);
		out.write(badan);
	}
}
