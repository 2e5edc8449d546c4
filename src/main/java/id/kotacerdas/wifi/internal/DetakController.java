package id.kotacerdas.wifi.internal;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import id.kotacerdas.platform.BatasLaju;

/**
 * The heartbeat a hotspot's router (or a small script beside it) sends every few minutes: {@code POST /api/wifi/detak}
 * with its token as {@code Authorization: Bearer <token>}, or as the form field {@code token} for routers whose
 * {@code wget} cannot set headers. 204 when stored; 401 for a missing or unknown token.
 */
@RestController
class DetakController {

	private static final String BEARER = "Bearer ";

	private final KesehatanWifi kesehatan;

	DetakController(KesehatanWifi kesehatan) {
		this.kesehatan = kesehatan;
	}

	@PostMapping("/api/wifi/detak")
	@BatasLaju("wifi-detak")
	ResponseEntity<Void> detak(@RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) String otorisasi,
			@RequestParam(required = false) String token) {
		String t = otorisasi != null && otorisasi.regionMatches(true, 0, BEARER, 0, BEARER.length()) ? otorisasi.substring(BEARER.length()) : token;
		kesehatan.detak(t);
		return ResponseEntity.noContent().build();
	}
}
