package id.kotacerdas.whatsapp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
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
import id.kotacerdas.berkas.GambarUji;
import id.kotacerdas.wilayah.Kelurahan;

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

	/** A Kupang mobile number of its own for each test, so tests never read each other's chats. */
	protected static String nomorBaru() {
		return "62813" + (10_000_000 + ThreadLocalRandom.current().nextInt(89_999_999));
	}

	/** Files a whole report from {@code dari} as a first-time user would; answers the last message's payload (the confirmation). */
	protected String laporLengkap(Kelurahan kel, String dari, String mediaId, boolean anonim) throws Exception {
		PLATFORM.media(mediaId, GambarUji.fotoPonselDenganGps(kel.lat(), kel.lon(), 640, 480, 7));
		assertThat(teks(dari, "Selamat pagi")).isEqualTo(200);
		assertThat(terakhirKe(dari)).contains("\"type\":\"list\"").contains("kat:jalan-rusak").contains("1. Sampah");
		kirimWebhook(payload("pesan-daftar.json", Map.of("dari", dari, "wamid", wamid(), "pilihan", "kat:jalan-rusak", "judul",
				"Jalan rusak")));
		assertThat(terakhirKe(dari)).contains("Kategori: Jalan rusak");
		teks(dari, "Jalan berlubang besar di depan SD Inpres, sudah dua minggu, motor sering jatuh.");
		kirimWebhook(payload("pesan-lokasi.json", Map.of("dari", dari, "wamid", wamid(), "lat", String.valueOf(kel.lat()), "lon",
				String.valueOf(kel.lon()))));
		kirimWebhook(payload("pesan-gambar.json", Map.of("dari", dari, "wamid", wamid(), "media", mediaId)));
		assertThat(terakhirKe(dari)).contains("sudah 1 dari paling banyak 5");
		teks(dari, "lewati");
		// the category's extra questions, checked by the web form's rules
		assertThat(terakhirKe(dari)).contains("Perkiraan panjang kerusakan (meter)").contains("lewati");
		teks(dari, "sepanjang rumah");
		// refused in the web form's words, then asked again
		List<PlatformUji.Terkirim> semua = PLATFORM.terkirimKe(dari);
		assertThat(semua.get(semua.size() - 2).isi()).contains("Jawaban \\\"Perkiraan panjang kerusakan (meter)\\\" harus berupa angka");
		assertThat(terakhirKe(dari)).contains("Perkiraan panjang kerusakan (meter)");
		teks(dari, "12,5");
		assertThat(terakhirKe(dari)).contains("Bahaya yang ditimbulkan").contains("1. Membahayakan pengendara motor");
		teks(dari, "1, 3");
		kirimWebhook(payload("pesan-tombol.json", Map.of("dari", dari, "wamid", wamid(), "pilihan", anonim ? "ya" : "tidak", "judul",
				anonim ? "Ya" : "Tidak")));
		kirimWebhook(payload("pesan-tombol.json", Map.of("dari", dari, "wamid", wamid(), "pilihan", "tidak", "judul", "Tidak")));
		assertThat(terakhirKe(dari)).contains("Periksa laporan Anda").contains("Jalan rusak").contains(kel.nama())
			.contains("Bahaya yang ditimbulkan: Membahayakan pengendara motor, Menyebabkan kemacetan");
		String konfirmasi = payload("pesan-tombol.json", Map.of("dari", dari, "wamid", wamid(), "pilihan", "kirim", "judul", "Kirim"));
		assertThat(kirimWebhook(konfirmasi)).isEqualTo(200);
		return konfirmasi;
	}

	protected String terakhirKe(String dari) {
		List<PlatformUji.Terkirim> semua = PLATFORM.terkirimKe(dari);
		assertThat(semua).isNotEmpty();
		return semua.get(semua.size() - 1).isi();
	}

	protected String nomorLaporan(String dari) {
		return jdbc.sql("select nomor from pengaduan.pengaduan where telepon_pelapor = ? and saluran = 'whatsapp'").param("+" + dari)
			.query(String.class).single();
	}

	protected static String escape(String s) {
		return s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n");
	}
}
