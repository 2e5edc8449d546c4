package id.kotacerdas.whatsapp;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;

import id.kotacerdas.ServerUji;

/**
 * The WhatsApp Business Platform as a {@link ServerUji} plays it: it serves media
 * ({@code GET /v21.0/{media-id}} answers the metadata with a download URL on this server, which
 * answers the bytes) and receives sent messages ({@code POST /v21.0/{phone-number-id}/messages},
 * answered with a new message id as the Cloud API does). Every call must carry the access token.
 * A scripted answer ({@link #server()}{@code .akanMenjawab}) stands for an outage or a refusal.
 */
public final class PlatformUji {

	public static final String VERSI = "/v21.0";

	/** One message the platform accepted to send. */
	public record Terkirim(String wamid, String isi) {
	}

	private final ServerUji server;

	private final String token;

	private final Map<String, byte[]> media = new ConcurrentHashMap<>();

	private final ConcurrentLinkedQueue<Terkirim> terkirim = new ConcurrentLinkedQueue<>();

	private final AtomicLong urut = new AtomicLong();

	PlatformUji(String token) {
		this.token = token;
		this.server = new ServerUji(this::jawab);
	}

	public String url(String jalur) {
		return server.url(jalur);
	}

	public ServerUji server() {
		return server;
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

	private ServerUji.Jawaban jawab(ServerUji.Permintaan p) {
		String jalur = p.path();
		if (!("Bearer " + token).equals(p.header("Authorization"))) {
			return new ServerUji.Jawaban(401, "{\"error\":{\"message\":\"Invalid OAuth access token\",\"code\":190}}");
		}
		if ("POST".equals(p.metode()) && jalur.endsWith("/messages")) {
			String wamid = "wamid.keluar-" + urut.incrementAndGet() + "-" + System.nanoTime();
			terkirim.add(new Terkirim(wamid, p.isi()));
			return new ServerUji.Jawaban(200, "{\"messaging_product\":\"whatsapp\",\"contacts\":[{\"input\":\"x\",\"wa_id\":\"x\"}],"
					+ "\"messages\":[{\"id\":\"" + wamid + "\"}]}");
		}
		if (jalur.startsWith("/unduh/") && media.containsKey(jalur.substring(7))) {
			return new ServerUji.Jawaban(200, "image/jpeg", media.get(jalur.substring(7)));
		}
		if (jalur.startsWith(VERSI + "/") && media.containsKey(jalur.substring(VERSI.length() + 1))) {
			String id = jalur.substring(VERSI.length() + 1);
			return new ServerUji.Jawaban(200, "{\"url\":\"" + url("/unduh/" + id) + "\",\"mime_type\":\"image/jpeg\","
					+ "\"sha256\":\"x\",\"file_size\":" + media.get(id).length + ",\"id\":\"" + id + "\",\"messaging_product\":\"whatsapp\"}");
		}
		return new ServerUji.Jawaban(404, "{\"error\":{\"message\":\"Unsupported get request\",\"code\":100}}");
	}
}
