package id.kotacerdas.whatsapp;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.awaitility.Awaitility;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import id.kotacerdas.IntegrationTest;

/**
 * The application with the WhatsApp channel on, its Cloud API played by {@link PlatformUji}, and
 * the recorded webhook payloads of {@code src/test/resources/whatsapp/} sent signed, as the
 * platform sends them. The outbox's scheduled sender is kept out of the way: tests send themselves.
 */
@IntegrationTest
public abstract class DenganWhatsappUji {

	protected static final String APP_SECRET = "rahasia-aplikasi-uji-5c2e";

	protected static final String VERIFY_TOKEN = "token-verifikasi-uji";

	protected static final String PHONE_NUMBER_ID = "109876543210987";

	protected static final PlatformUji PLATFORM = new PlatformUji("EAAG-token-akses-uji");

	private static final AtomicLong URUT = new AtomicLong(System.nanoTime() % 1_000_000);

	@Autowired
	protected MockMvc mvc;

	@Autowired
	protected JdbcClient jdbc;

	@DynamicPropertySource
	static void whatsapp(DynamicPropertyRegistry r) {
		r.add("kc.whatsapp.verify-token", () -> VERIFY_TOKEN);
		r.add("kc.whatsapp.app-secret", () -> APP_SECRET);
		r.add("kc.whatsapp.token", () -> "EAAG-token-akses-uji");
		r.add("kc.whatsapp.phone-number-id", () -> PHONE_NUMBER_ID);
		r.add("kc.whatsapp.api-url", () -> PLATFORM.url(PlatformUji.VERSI));
		r.add("kc.notifikasi.interval-kirim", () -> "1h");
	}

	/** A new message id in the Cloud API's shape. */
	protected static String wamid() {
		return "wamid.HBgNNjI4MTIzNDU2Nzg5MBUCABIYIDNB" + URUT.incrementAndGet() + "QUJDREVGRzEyMzQ1Njc4OTAA";
	}

	/** A recorded payload with its placeholders filled in ({@code {{dari}}}, {@code {{wamid}}}, …; the time is now). */
	protected static String payload(String berkas, Map<String, String> nilai) {
		try {
			String json = new ClassPathResource("whatsapp/" + berkas).getContentAsString(StandardCharsets.UTF_8);
			Map<String, String> semua = new LinkedHashMap<>(nilai);
			semua.putIfAbsent("phone_number_id", PHONE_NUMBER_ID);
			semua.putIfAbsent("waktu", String.valueOf(Instant.now().getEpochSecond()));
			for (Map.Entry<String, String> e : semua.entrySet()) {
				json = json.replace("{{" + e.getKey() + "}}", e.getValue());
			}
			return json;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The signature the platform sends: HMAC-SHA256 of the raw body with the app secret, in hex. */
	protected static String tanda(byte[] isi, String rahasia) throws Exception {
		Mac mac = Mac.getInstance("HmacSHA256");
		mac.init(new SecretKeySpec(rahasia.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
		return "sha256=" + HexFormat.of().formatHex(mac.doFinal(isi));
	}

	/** Posts a payload signed, waits until it has been worked through, answers the HTTP status. */
	protected int kirimWebhook(String json) throws Exception {
		byte[] isi = json.getBytes(StandardCharsets.UTF_8);
		int status = mvc.perform(post("/whatsapp/webhook").contentType(MediaType.APPLICATION_JSON).content(isi)
			.header("X-Hub-Signature-256", tanda(isi, APP_SECRET))).andReturn().getResponse().getStatus();
		tungguSelesai();
		return status;
	}

	/** Until every stored message has been through the conversation (the registry's publications are complete). */
	protected void tungguSelesai() {
		Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(50)).until(() -> jdbc.sql("""
				select count(*) from event_publication where completion_date is null and event_type like '%PesanMasukDiterima'
				""").query(Long.class).single() == 0);
	}

	/** Sends a text from a number. */
	protected int teks(String dari, String teks) throws Exception {
		return kirimWebhook(payloadTeks(dari, teks));
	}

	protected static String payloadTeks(String dari, String isi) {
		return payload("pesan-teks.json", Map.of("dari", dari, "wamid", wamid(), "teks", escape(isi)));
	}

	/** A tap on a list row ({@code pesan-daftar.json}) or a reply button ({@code pesan-tombol.json}). */
	protected static String payloadPilih(String berkas, String dari, String id, String judul) {
		return payload(berkas, Map.of("dari", dari, "wamid", wamid(), "pilihan", id, "judul", judul));
	}

	protected static String payloadLokasi(String dari, double lat, double lon) {
		return payload("pesan-lokasi.json", Map.of("dari", dari, "wamid", wamid(), "lat", String.valueOf(lat), "lon", String.valueOf(lon)));
	}

	protected static String payloadGambar(String dari, String media) {
		return payload("pesan-gambar.json", Map.of("dari", dari, "wamid", wamid(), "media", media));
	}

	protected static String escape(String s) {
		return s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n");
	}
}
