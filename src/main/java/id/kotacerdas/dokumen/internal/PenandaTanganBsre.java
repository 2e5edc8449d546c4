package id.kotacerdas.dokumen.internal;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;

import id.kotacerdas.dokumen.JenisTandaTangan;
import id.kotacerdas.platform.CobaLagiNantiException;
import id.kotacerdas.platform.PermintaanDitolakException;
import id.kotacerdas.platform.UrlDasar;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * The national signing service of BSSN (BSrE), API v2: {@code POST /api/v2/sign/pdf} with the
 * client's HTTP Basic credentials and the signer's NIK and passphrase, a visible signature carrying
 * the verification QR code; the signed PDF comes back in {@code file[0]}. The contract implemented
 * (and played by the test server) is in docs/dokumen.md. A refusal (a wrong passphrase, an unknown
 * NIK) answers 422 with BSrE's own words; an outage is tried again, then answered 503.
 */
final class PenandaTanganBsre implements PenandaTangan {

	private static final Logger log = LoggerFactory.getLogger(PenandaTanganBsre.class);

	static final String JALUR = "/api/v2/sign/pdf";

	/** The visible signature: page 1, bottom left, in PDF points (2.8 cm square), where the standard letter leaves room. */
	private static final int HALAMAN = 1;

	private static final int X = 57;

	private static final int Y = 57;

	private static final int SISI = 80;

	private static final Duration JEDA_COBA_LAGI = Duration.ofMillis(500);

	private final DokumenProperties.Bsre setelan;

	private final ObjectMapper json;

	private final HttpClient http;

	PenandaTanganBsre(DokumenProperties.Bsre setelan, ObjectMapper json) {
		this.setelan = setelan;
		this.json = json;
		this.http = HttpClient.newBuilder().connectTimeout(setelan.batasWaktu()).build();
	}

	@Override
	public JenisTandaTangan jenis() {
		return JenisTandaTangan.BSRE;
	}

	@Override
	public byte[] tandatangani(byte[] pdf, Permintaan p) {
		if (!setelan.diatur()) {
			throw CobaLagiNantiException.gangguan();
		}
		if (p.nik() == null || p.nik().isBlank() || p.sandi() == null || p.sandi().isEmpty()) {
			throw new PermintaanDitolakException(HttpStatus.UNPROCESSABLE_CONTENT, "dokumen.bsre.perlu-nik-sandi");
		}
		String badan = json.writeValueAsString(Map.of(
				"nik", p.nik(),
				"passphrase", p.sandi(),
				"signatureProperties", List.of(Map.of(
						"tampilan", "VISIBLE",
						"imageBase64", Base64.getEncoder().encodeToString(p.qrPng()),
						"page", HALAMAN, "originX", X, "originY", Y, "width", SISI, "height", SISI,
						"location", p.lokasi(), "reason", p.alasan())),
				"file", List.of(Base64.getEncoder().encodeToString(pdf))));
		HttpRequest minta = HttpRequest.newBuilder(URI.create(UrlDasar.tanpaGarisAkhir(setelan.url()) + JALUR))
			.timeout(setelan.batasWaktu())
			.header("Content-Type", "application/json")
			.header("Accept", "application/json")
			.header("Authorization", "Basic " + Base64.getEncoder()
				.encodeToString((nol(setelan.pengguna()) + ":" + nol(setelan.sandi())).getBytes(StandardCharsets.UTF_8)))
			.POST(HttpRequest.BodyPublishers.ofString(badan))
			.build();
		for (int coba = 1;; coba++) {
			HttpResponse<byte[]> jawab;
			try {
				jawab = http.send(minta, HttpResponse.BodyHandlers.ofByteArray());
			}
			catch (IOException ex) {
				log.warn("BSrE not reachable (attempt {} of {}): {}", coba, setelan.percobaan(), ex.toString());
				jedaAtauMenyerah(coba);
				continue;
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw CobaLagiNantiException.gangguan();
			}
			int status = jawab.statusCode();
			if (status == 200) {
				return berkasTertanda(jawab.body());
			}
			if (status >= 500) {
				log.warn("BSrE answered {} (attempt {} of {})", status, coba, setelan.percobaan());
				jedaAtauMenyerah(coba);
				continue;
			}
			if (status == 401) {
				// the city's client credentials, not the signer's passphrase: nothing the signer can mend
				log.error("BSrE refused the client credentials (kc.dokumen.bsre.pengguna/sandi)");
				throw CobaLagiNantiException.gangguan();
			}
			throw new PermintaanDitolakException(HttpStatus.UNPROCESSABLE_CONTENT, "dokumen.bsre.ditolak", pesanGalat(jawab.body(), status));
		}
	}

	private void jedaAtauMenyerah(int coba) {
		if (coba >= setelan.percobaan()) {
			throw CobaLagiNantiException.gangguan();
		}
		try {
			Thread.sleep(JEDA_COBA_LAGI.multipliedBy(coba).toMillis());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw CobaLagiNantiException.gangguan();
		}
	}

	private byte[] berkasTertanda(byte[] badan) {
		try {
			JsonNode berkas = json.readTree(badan).path("file").path(0);
			if (berkas.isString()) {
				return Base64.getDecoder().decode(berkas.asString());
			}
		}
		catch (JacksonException | IllegalArgumentException ex) {
			log.warn("BSrE's answer is not the expected JSON: {}", ex.toString());
		}
		throw CobaLagiNantiException.gangguan();
	}

	/** BSrE's own words (its {@code error} or {@code message}), else the status. */
	private String pesanGalat(byte[] badan, int status) {
		try {
			JsonNode n = json.readTree(badan);
			for (String kunci : List.of("error", "message")) {
				if (n.path(kunci).isString() && !n.path(kunci).asString().isBlank()) {
					return n.path(kunci).asString();
				}
			}
		}
		catch (JacksonException ex) {
			// not JSON: the status says enough
		}
		return "HTTP " + status;
	}

	private static String nol(String s) {
		return s == null ? "" : s;
	}
}
