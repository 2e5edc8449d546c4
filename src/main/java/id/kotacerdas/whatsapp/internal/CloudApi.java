package id.kotacerdas.whatsapp.internal;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;

import org.springframework.stereotype.Component;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The WhatsApp Business Platform Cloud API over HTTP: send a message from the business number
 * ({@code POST /{phone-number-id}/messages}) and download a media file ({@code GET /{media-id}},
 * then its short-lived URL), both with the access token. Every message sent is recorded with its
 * id, so the status webhooks can fill in its delivery.
 */
@Component
class CloudApi {

	/** How much of a refusing answer the record and the log keep. */
	private static final int CUPLIKAN = 300;

	private final WhatsappProperties properti;

	private final WhatsappRepository repo;

	private final ObjectMapper json;

	private final Clock clock;

	private final HttpClient http;

	CloudApi(WhatsappProperties properti, WhatsappRepository repo, ObjectMapper json, Clock clock) {
		this.properti = properti;
		this.repo = repo;
		this.json = json;
		this.clock = clock;
		this.http = HttpClient.newBuilder().connectTimeout(properti.batasWaktu()).followRedirects(HttpClient.Redirect.NORMAL)
			.version(HttpClient.Version.HTTP_1_1).build();
	}

	/**
	 * Sends one message ({@code type} and its object, as the Cloud API takes them) to a number and
	 * records it; answers its message id. A refusal is recorded as failed and thrown.
	 */
	String kirim(String telepon, String jenisCatatan, String type, JsonNode objek) throws IOException, InterruptedException {
		String ke = angka(telepon);
		ObjectNode isi = json.createObjectNode();
		isi.put("messaging_product", "whatsapp");
		isi.put("recipient_type", "individual");
		isi.put("to", ke);
		isi.put("type", type);
		isi.set(type, objek);
		HttpRequest permintaan = permintaan(properti.api() + "/" + properti.phoneNumberId() + "/messages")
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(isi), StandardCharsets.UTF_8))
			.build();
		HttpResponse<String> jawaban = http.send(permintaan, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		String wamid = jawaban.statusCode() / 100 == 2 ? json.readTree(jawaban.body()).path("messages").path(0).path("id").asString("") : "";
		if (wamid.isEmpty()) {
			String galat = "Cloud API answered HTTP " + jawaban.statusCode() + ": " + cuplik(jawaban.body());
			repo.catatKeluar(null, ke, jenisCatatan, clock.instant(), galat);
			throw new IOException(galat);
		}
		repo.catatKeluar(wamid, ke, jenisCatatan, clock.instant(), null);
		return wamid;
	}

	/** The platform refused a media file for good (unknown or expired id): retrying will not bring it back. */
	static final class MediaHilangException extends IOException {

		MediaHilangException(String pesan) {
			super(pesan);
		}
	}

	/**
	 * A media file's bytes: its metadata names a URL, which also needs the token. A 4xx answer is
	 * {@link MediaHilangException}; other failures (an outage) are worth retrying.
	 */
	byte[] unduh(String mediaId) throws IOException, InterruptedException {
		HttpResponse<String> meta = http.send(permintaan(properti.api() + "/" + mediaId).GET().build(),
				HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		if (meta.statusCode() / 100 == 4) {
			throw new MediaHilangException("media " + mediaId + ": HTTP " + meta.statusCode() + ": " + cuplik(meta.body()));
		}
		if (meta.statusCode() / 100 != 2) {
			throw new IOException("media " + mediaId + ": HTTP " + meta.statusCode() + ": " + cuplik(meta.body()));
		}
		String url = json.readTree(meta.body()).path("url").asString("");
		if (url.isEmpty()) {
			throw new IOException("media " + mediaId + " has no URL");
		}
		HttpResponse<byte[]> berkas = http.send(permintaan(url).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
		if (berkas.statusCode() / 100 == 4) {
			throw new MediaHilangException("media " + mediaId + " download: HTTP " + berkas.statusCode());
		}
		if (berkas.statusCode() / 100 != 2) {
			throw new IOException("media " + mediaId + " download: HTTP " + berkas.statusCode());
		}
		return berkas.body();
	}

	private HttpRequest.Builder permintaan(String url) {
		return HttpRequest.newBuilder(URI.create(url)).timeout(properti.batasWaktu()).header("Authorization", "Bearer " + properti.token());
	}

	/** The Cloud API takes numbers as digits with the country code: {@code +62 812-3456-7890} → {@code 6281234567890}. */
	static String angka(String telepon) {
		String a = telepon.replaceAll("[^0-9]", "");
		return a.startsWith("0") ? "62" + a.substring(1) : a;
	}

	private static String cuplik(String s) {
		return s == null ? "" : s.substring(0, Math.min(CUPLIKAN, s.length()));
	}
}
