package id.kotacerdas.sms.internal;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * The SMS gateway's callback: one message per POST, as a form or JSON, with field names from
 * {@code kc.sms.kolom}, signed with the shared secret. A 200 means the message is stored (and the
 * report filed when it was one); a wrong signature gets 401 and stores nothing; without a secret
 * configured the channel does not exist (404).
 */
@RestController
class SmsMasukController {

	static final String JALUR = "/sms/masuk";

	private final LayananSms layanan;

	private final SmsProperties properti;

	private final ObjectMapper json;

	SmsMasukController(LayananSms layanan, SmsProperties properti, ObjectMapper json) {
		this.layanan = layanan;
		this.properti = properti;
		this.json = json;
	}

	@PostMapping(JALUR)
	ResponseEntity<Map<String, String>> terima(@RequestBody(required = false) byte[] badan, @RequestHeader HttpHeaders header) {
		if (!properti.aktif()) {
			return ResponseEntity.notFound().build();
		}
		byte[] isi = badan == null ? new byte[0] : badan;
		if (!TandaTangan.sah(properti.rahasia(), isi, header.getFirst(properti.headerTandaTangan()))) {
			return ResponseEntity.status(HttpStatus.UNAUTHORIZED).build();
		}
		Map<String, String> kolom;
		try {
			// a malformed Content-Type is an IllegalArgumentException too: the gateway's mistake, 400
			kolom = baca(isi, header.getContentType() != null && header.getContentType().getSubtype().toLowerCase(Locale.ROOT).contains("json"));
		}
		catch (JacksonException | IllegalArgumentException ex) {
			return ResponseEntity.badRequest().body(Map.of("galat", "badan tidak dapat dibaca"));
		}
		SmsProperties.Kolom nama = properti.kolom();
		String pengirim = kolom.get(nama.pengirim());
		String teks = kolom.get(nama.teks());
		if (pengirim == null || pengirim.isBlank() || teks == null) {
			return ResponseEntity.badRequest().body(Map.of("galat", "kolom " + nama.pengirim() + " dan " + nama.teks() + " wajib"));
		}
		LayananSms.Hasil hasil = layanan.terima(new PesanMasuk(kolom.get(nama.id()), pengirim.strip(), teks, kolom.get(nama.waktu())));
		return ResponseEntity.ok(Map.of("hasil", hasil.name().toLowerCase(Locale.ROOT)));
	}

	/** The configured fields of a JSON body (dotted paths reach into objects) or of a URL-encoded form. */
	private Map<String, String> baca(byte[] isi, boolean adalahJson) {
		SmsProperties.Kolom nama = properti.kolom();
		Map<String, String> hasil = new HashMap<>();
		if (adalahJson) {
			JsonNode akar = json.readTree(isi);
			for (String kolom : new String[] { nama.pengirim(), nama.teks(), nama.waktu(), nama.id() }) {
				JsonNode n = akar;
				for (String bagian : kolom.split("\\.")) {
					n = n.path(bagian);
				}
				if (n.isValueNode() && !n.isNull()) {
					hasil.put(kolom, n.asString());
				}
			}
			return hasil;
		}
		for (String pasangan : new String(isi, StandardCharsets.UTF_8).split("&")) {
			int sama = pasangan.indexOf('=');
			if (sama > 0) {
				hasil.putIfAbsent(URLDecoder.decode(pasangan.substring(0, sama), StandardCharsets.UTF_8),
						URLDecoder.decode(pasangan.substring(sama + 1), StandardCharsets.UTF_8));
			}
		}
		return hasil;
	}
}
