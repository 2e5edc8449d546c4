package id.kotacerdas.whatsapp.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The Cloud API webhook: the subscription challenge (GET) and signed notifications (POST). A
 * wrong or missing signature is 401 and stores nothing; 200 means the messages are stored. Without
 * the channel's settings the address does not exist (404).
 */
@RestController
@RequestMapping("/whatsapp/webhook")
class WebhookController {

	private final WhatsappProperties properti;

	private final PenerimaWebhook penerima;

	WebhookController(WhatsappProperties properti, PenerimaWebhook penerima) {
		this.properti = properti;
		this.penerima = penerima;
	}

	@GetMapping(produces = MediaType.TEXT_PLAIN_VALUE)
	ResponseEntity<String> tantangan(@RequestParam(name = "hub.mode", required = false) String mode,
			@RequestParam(name = "hub.verify_token", required = false) String token,
			@RequestParam(name = "hub.challenge", required = false) String tantangan) {
		if (!properti.aktif()) {
			return ResponseEntity.notFound().build();
		}
		boolean cocok = token != null && MessageDigest.isEqual(token.getBytes(StandardCharsets.UTF_8),
				properti.verifyToken().getBytes(StandardCharsets.UTF_8));
		if (!"subscribe".equals(mode) || !cocok || tantangan == null) {
			return ResponseEntity.status(HttpStatus.FORBIDDEN).build();
		}
		return ResponseEntity.ok(tantangan);
	}

	@PostMapping
	ResponseEntity<Void> notifikasi(@RequestBody(required = false) byte[] isi,
			@RequestHeader(name = "X-Hub-Signature-256", required = false) String tanda) {
		if (!properti.aktif()) {
			return ResponseEntity.notFound().build();
		}
		byte[] badan = isi == null ? new byte[0] : isi;
		if (!penerima.tandaSah(badan, tanda)) {
			return ResponseEntity.status(HttpStatus.UNAUTHORIZED).build();
		}
		penerima.terima(badan);
		return ResponseEntity.ok().build();
	}
}
