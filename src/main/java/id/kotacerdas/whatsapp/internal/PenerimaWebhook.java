package id.kotacerdas.whatsapp.internal;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.kotacerdas.platform.PermintaanDitolakException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * The webhook's work inside the request, kept short so the platform gets its 200 at once: check
 * the signature, store each new message (a retried one is known by its id and stored once) and
 * record delivery statuses, all in one transaction. The conversation and media downloads run after
 * commit, from {@link PesanMasukDiterima} (the event publication registry retries them).
 */
@Service
class PenerimaWebhook {

	/** A new inbound message was stored. */
	record PesanMasukDiterima(long id) {
	}

	private static final Logger log = LoggerFactory.getLogger(PenerimaWebhook.class);

	private static final String AWALAN_TANDA = "sha256=";

	private final WhatsappProperties properti;

	private final WhatsappRepository repo;

	private final ObjectMapper json;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	PenerimaWebhook(WhatsappProperties properti, WhatsappRepository repo, ObjectMapper json, ApplicationEventPublisher events, Clock clock) {
		this.properti = properti;
		this.repo = repo;
		this.json = json;
		this.events = events;
		this.clock = clock;
	}

	/** Whether {@code tanda} ({@code sha256=<hex>}) is the HMAC-SHA256 of exactly these bytes with the app secret; compared in constant time. */
	boolean tandaSah(byte[] isi, String tanda) {
		if (tanda == null || !tanda.startsWith(AWALAN_TANDA)) {
			return false;
		}
		byte[] diberikan;
		try {
			diberikan = HexFormat.of().parseHex(tanda.substring(AWALAN_TANDA.length()).toLowerCase(java.util.Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
		return MessageDigest.isEqual(hmac(properti.appSecret(), isi), diberikan);
	}

	static byte[] hmac(String kunci, byte[] isi) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(kunci.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
			return mac.doFinal(isi);
		}
		catch (NoSuchAlgorithmException | InvalidKeyException ex) {
			throw new IllegalStateException("HmacSHA256 is part of every JDK", ex);
		}
	}

	/** Stores a signed notification; answers how many messages were new. Not a notification at all: 400. */
	@Transactional
	int terima(byte[] isi) {
		JsonNode akar;
		try {
			akar = json.readTree(isi);
		}
		catch (JacksonException ex) {
			throw new PermintaanDitolakException("whatsapp.webhook-tidak-sah");
		}
		if (akar == null || !akar.path("entry").isArray()) {
			throw new PermintaanDitolakException("whatsapp.webhook-tidak-sah");
		}
		Instant sekarang = clock.instant();
		int baru = 0;
		for (JsonNode entry : akar.path("entry")) {
			for (JsonNode change : entry.path("changes")) {
				JsonNode value = change.path("value");
				String untuk = value.path("metadata").path("phone_number_id").asString("");
				if (!untuk.equals(properti.phoneNumberId())) {
					// another number of the same business account: not ours to answer
					continue;
				}
				for (JsonNode m : value.path("messages")) {
					baru += simpan(m, sekarang) ? 1 : 0;
				}
				for (JsonNode s : value.path("statuses")) {
					String galat = s.path("errors").path(0).path("title").asString(null);
					repo.statusKeluar(s.path("id").asString(""), s.path("status").asString(""), waktu(s, sekarang), galat);
				}
			}
		}
		return baru;
	}

	private boolean simpan(JsonNode m, Instant sekarang) {
		String wamid = m.path("id").asString("");
		String dari = m.path("from").asString("");
		if (wamid.isEmpty() || !dari.matches("\\d{6,20}")) {
			log.warn("WhatsApp message without id or sender ignored");
			return false;
		}
		var id = repo.simpanMasuk(wamid, dari, m.path("type").asString("unknown"), json.writeValueAsString(m), waktu(m, sekarang),
				sekarang);
		id.ifPresent(x -> events.publishEvent(new PesanMasukDiterima(x)));
		return id.isPresent();
	}

	/** The platform's Unix timestamp, else now. */
	private static Instant waktu(JsonNode n, Instant sekarang) {
		String t = n.path("timestamp").asString("");
		return t.matches("\\d{1,12}") ? Instant.ofEpochSecond(Long.parseLong(t)) : sekarang;
	}
}
