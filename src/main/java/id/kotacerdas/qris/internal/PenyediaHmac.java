package id.kotacerdas.qris.internal;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.function.Function;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

import id.kotacerdas.platform.CobaLagiNantiException;
import id.kotacerdas.platform.PermintaanDitolakException;
import id.kotacerdas.qris.NotifikasiPembayaran;
import id.kotacerdas.qris.PenyediaPembayaran;

/**
 * The generic adapter: the acquirer signs each notification's body with HMAC-SHA256 under a
 * secret shared with the city, hex in the header {@value #HEADER}; the body is JSON
 * {@code {"idNotifikasi", "referensi", "nominal", "waktu" (ISO-8601 with offset), "nmid"}}. The
 * status query is {@code GET <urlStatus><referensi>}, signed the same way over the reference,
 * answered with the same JSON, signed over the body (404 when unknown).
 */
final class PenyediaHmac implements PenyediaPembayaran {

	static final String HEADER = "X-Signature";

	private static final String ALGORITMA = "HmacSHA256";

	private static final Duration BATAS_WAKTU = Duration.ofSeconds(5);

	private final String kode;

	private final byte[] rahasia;

	private final String urlStatus;

	private final ObjectMapper json;

	private final HttpClient http;

	PenyediaHmac(QrisProperties.Penyedia p, ObjectMapper json, HttpClient http) {
		if (p.kode() == null || !p.kode().matches("[a-z0-9-]{1,40}")) {
			throw new IllegalStateException("kc.qris.penyedia: a kode of lower-case letters, digits and hyphens is needed, not " + p.kode());
		}
		if (p.rahasia() == null || p.rahasia().length() < 16) {
			throw new IllegalStateException("kc.qris.penyedia " + p.kode() + ": the secret must have at least 16 characters");
		}
		this.kode = p.kode();
		this.rahasia = p.rahasia().getBytes(StandardCharsets.UTF_8);
		this.urlStatus = p.urlStatus();
		this.json = json;
		this.http = http;
	}

	@Override
	public String kode() {
		return kode;
	}

	static String tanda(byte[] rahasia, byte[] isi) {
		try {
			Mac mac = Mac.getInstance(ALGORITMA);
			mac.init(new SecretKeySpec(rahasia, ALGORITMA));
			return HexFormat.of().formatHex(mac.doFinal(isi));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HmacSHA256 is part of every JDK", ex);
		}
	}

	/** Compares in constant time: the time taken tells an attacker nothing about how much of a guess was right. */
	private boolean tandaSah(String tanda, byte[] isi) {
		if (tanda == null) {
			return false;
		}
		byte[] harapan = tanda(rahasia, isi).getBytes(StandardCharsets.US_ASCII);
		return MessageDigest.isEqual(harapan, tanda.strip().toLowerCase(java.util.Locale.ROOT).getBytes(StandardCharsets.US_ASCII));
	}

	@Override
	public Optional<NotifikasiPembayaran> bacaNotifikasi(Function<String, String> header, byte[] isi) {
		if (!tandaSah(header.apply(HEADER), isi)) {
			return Optional.empty();
		}
		return Optional.of(baca(isi));
	}

	private NotifikasiPembayaran baca(byte[] isi) {
		try {
			JsonNode n = json.readTree(isi);
			String id = teks(n, "idNotifikasi");
			String referensi = teks(n, "referensi");
			JsonNode nominal = n.get("nominal");
			String waktu = teks(n, "waktu");
			if (id == null || referensi == null || waktu == null || nominal == null || !nominal.isIntegralNumber() || nominal.asLong() <= 0
					|| id.length() > 100 || referensi.length() > 100) {
				throw new PermintaanDitolakException("qris.callback.isi-salah");
			}
			return new NotifikasiPembayaran(id, referensi, nominal.asLong(), OffsetDateTime.parse(waktu).toInstant(), teks(n, "nmid"));
		}
		catch (JacksonException | DateTimeParseException ex) {
			throw new PermintaanDitolakException("qris.callback.isi-salah");
		}
	}

	private static String teks(JsonNode n, String nama) {
		JsonNode v = n.get(nama);
		return v == null || v.isNull() || !v.isString() || v.asString().isBlank() ? null : v.asString();
	}

	@Override
	public Optional<NotifikasiPembayaran> tanyaStatus(String referensi) {
		if (urlStatus == null || urlStatus.isBlank()) {
			return Optional.empty();
		}
		HttpRequest minta = HttpRequest.newBuilder(URI.create(urlStatus + URLEncoder.encode(referensi, StandardCharsets.UTF_8))).timeout(BATAS_WAKTU)
				.header(HEADER, tanda(rahasia, referensi.getBytes(StandardCharsets.UTF_8))).GET().build();
		try {
			HttpResponse<byte[]> jawab = http.send(minta, HttpResponse.BodyHandlers.ofByteArray());
			if (jawab.statusCode() == 404) {
				return Optional.empty();
			}
			if (jawab.statusCode() != 200 || !tandaSah(jawab.headers().firstValue(HEADER).orElse(null), jawab.body())) {
				throw CobaLagiNantiException.gangguan();
			}
			return Optional.of(baca(jawab.body()));
		}
		catch (IOException ex) {
			throw CobaLagiNantiException.gangguan();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw CobaLagiNantiException.gangguan();
		}
	}
}
