package id.kotacerdas.notifikasi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.support.TransactionTemplate;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

import id.kotacerdas.ServerUji;

/**
 * The module on its own, against a real HTTP server in the gateway's place: templated messages
 * rendered in the recipient's language at send time, JSON and form gateways, retries with growing
 * pauses and a delivery record, the caller's transaction, and two senders sharing the queue.
 */
@ExtendWith(OutputCaptureExtension.class)
class NotifikasiTests extends DenganSaluranUji {

	private static final Locale INGGRIS = Locale.ENGLISH;

	@Autowired
	Notifikasi notifikasi;

	@Autowired
	TransactionTemplate tx;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ObjectMapper json;

	@BeforeEach
	void bersihkan() {
		GATEWAY.kosongkan();
	}

	private long antre(Pesan pesan) {
		return tx.execute(s -> notifikasi.antre(pesan)).orElseThrow();
	}

	private List<ServerUji.Permintaan> ke(String jalur) {
		return GATEWAY.diterima().stream().filter(p -> p.jalur().startsWith(jalur)).toList();
	}

	/** Due now: as if the pause after a failure had passed. */
	private void jatuhWaktu(long id) {
		jdbc.sql("update notifikasi.kotak_keluar set berikutnya = now() where id = ?").param(id).update();
	}

	@Test
	void theJsonGatewayGetsTheRenderedMessageWithItsTokenAndTheTextIsErasedOnceDelivered() {
		String nomor = "KPG-2031-\"007\"";
		String tautan = "https://pengaduan.kupangkota.go.id/pengaduan/tindak-lanjut/Rahasia_123";
		long id = antre(new Pesan("whatsapp", "+62 812-3456-7890", "notif.diterima", List.of(nomor, tautan), null));
		TeksPesan teks = notifikasi.teks(id).orElseThrow();
		assertThat(teks.subjek()).isEqualTo("Pengaduan " + nomor + " diterima");

		assertThat(notifikasi.kirimTertunda()).isEqualTo(1);

		List<ServerUji.Permintaan> diterima = ke("/send");
		assertThat(diterima).hasSize(1);
		ServerUji.Permintaan p = diterima.get(0);
		assertThat(p.metode()).isEqualTo("POST");
		assertThat(p.header("Authorization")).isEqualTo(TOKEN);
		assertThat(p.header("Content-Type")).isEqualTo("application/json");
		JsonNode badan = json.readTree(p.isi());
		assertThat(badan.path("target").asString()).isEqualTo("6281234567890");
		assertThat(badan.path("message").asString()).isEqualTo("*" + teks.subjek() + "*\n" + teks.isi())
			.contains(nomor, tautan, "jangan dibagikan");
		assertThat(badan.path("countryCode").asString()).isEqualTo("62");

		StatusPesan status = notifikasi.status(id).orElseThrow();
		assertThat(status.terkirim()).isTrue();
		assertThat(status.riwayat()).singleElement().satisfies(c -> {
			assertThat(c.saluran()).isEqualTo("whatsapp");
			assertThat(c.berhasil()).isTrue();
			assertThat(c.galat()).isNull();
		});
		// the private link does not stay in the database once it went out
		assertThat(notifikasi.teks(id)).isEmpty();
		assertThat(jdbc.sql("select count(*) from notifikasi.kotak_keluar where parameter::text like '%Rahasia_123%'").query(Long.class).single())
			.isZero();
		assertThat(notifikasi.kirimTertunda()).as("nothing is sent twice").isZero();
		assertThat(ke("/send")).hasSize(1);
	}

	@Test
	void theFormGatewayGetsTheTextUrlEncodedWithItsKeyInTheUrlAndTheHeader() {
		String tautan = "https://pengaduan.kupangkota.go.id/pengaduan/tindak-lanjut/a+b&c=d";
		long id = antre(new Pesan(Notifikasi.SMS, "0812-7777-1234", "notif.tautan-baru", List.of("KPG-2031-000008", tautan), null));
		String isi = notifikasi.teks(id).orElseThrow().isi();

		notifikasi.kirimTertunda();

		// the text is longer than one SMS: the gateway named sms gets it in numbered parts, each a whole request
		List<ServerUji.Permintaan> bagian = ke("/api/sendsms/");
		assertThat(bagian).hasSizeGreaterThan(1);
		List<String> pesan = new ArrayList<>();
		for (ServerUji.Permintaan p : bagian) {
			assertThat(p.metode()).isEqualTo("POST");
			assertThat(p.jalur()).isEqualTo("/api/sendsms/?userkey=kunci-uji");
			assertThat(p.header("X-Api-Key")).isEqualTo("rahasia-sms");
			assertThat(p.header("Content-Type")).isEqualTo("application/x-www-form-urlencoded");
			Map<String, String> isian = Arrays.stream(p.isi().split("&")).map(b -> b.split("=", 2))
				.collect(Collectors.toMap(b -> b[0], b -> URLDecoder.decode(b[1], StandardCharsets.UTF_8)));
			assertThat(isian).containsOnlyKeys("nohp", "pesan");
			assertThat(isian.get("nohp")).isEqualTo("081277771234");
			assertThat(isian.get("pesan")).hasSizeLessThanOrEqualTo(160).startsWith("(" + (pesan.size() + 1) + "/" + bagian.size() + ") ");
			pesan.add(isian.get("pesan").substring(isian.get("pesan").indexOf(") ") + 2));
		}
		assertThat(String.join(" ", pesan).replaceAll("\\s+", " ")).isEqualTo(isi.replaceAll("\\s+", " ")).contains(tautan, "KPG-2031-000008");
		assertThat(notifikasi.status(id).orElseThrow().terkirim()).isTrue();
	}

	@Test
	void aRefusalAndA2xxThatSaysFailedAreRetriedWithDoublingPausesAndAllAttemptsAreRecorded() {
		long id = antre(new Pesan("whatsapp", "081299990001", "notif.status-berubah", List.of("KPG-2031-000009", new Kata("pengaduan.status.DIPROSES")), null));
		GATEWAY.akanMenjawab(new ServerUji.Jawaban(500, "{\"error\": \"down\"}"),
				new ServerUji.Jawaban(200, "{\"status\": false, \"reason\": \"device disconnected\"}"));

		Instant sebelum = Instant.now();
		notifikasi.kirimTertunda();
		StatusPesan pertama = notifikasi.status(id).orElseThrow();
		assertThat(pertama.terkirim()).isFalse();
		assertThat(pertama.riwayat()).singleElement().satisfies(c -> {
			assertThat(c.berhasil()).isFalse();
			assertThat(c.galat()).contains("HTTP 500", "down");
		});
		assertThat(Duration.between(sebelum, pertama.berikutnya())).isBetween(Duration.ofSeconds(55), Duration.ofSeconds(65));
		assertThat(notifikasi.kirimTertunda()).as("not due yet").isZero();

		jatuhWaktu(id);
		sebelum = Instant.now();
		notifikasi.kirimTertunda();
		StatusPesan kedua = notifikasi.status(id).orElseThrow();
		assertThat(kedua.riwayat()).hasSize(2);
		assertThat(kedua.riwayat().get(1).galat()).contains("device disconnected");
		assertThat(Duration.between(sebelum, kedua.berikutnya())).isBetween(Duration.ofSeconds(115), Duration.ofSeconds(125));

		jatuhWaktu(id);
		notifikasi.kirimTertunda();
		StatusPesan ketiga = notifikasi.status(id).orElseThrow();
		assertThat(ketiga.terkirim()).isTrue();
		assertThat(ketiga.jumlahPercobaan()).isEqualTo(3);
		assertThat(ketiga.riwayat()).extracting(Percobaan::berhasil).containsExactly(false, false, true);
		assertThat(ke("/send")).hasSize(3).allSatisfy(p -> assertThat(p.isi()).contains("Diproses"));
	}

	@Test
	void aMessageQueuedInEnglishIsWrittenInEnglishWordsAndDates() {
		List<Object> parameter = List.of("DH 1234 KP", new Kata("armada.pengingat.PAJAK"), LocalDate.of(2031, 3, 8), 7L);
		long inggris = antre(new Pesan("whatsapp", "081299990002", "armada.pengingat.surel", parameter, INGGRIS));
		long indonesia = antre(new Pesan("whatsapp", "081299990003", "armada.pengingat.surel", parameter, null));

		assertThat(notifikasi.teks(inggris).orElseThrow())
			.isEqualTo(new TeksPesan("SiHebat: vehicle tax of DH 1234 KP due 8 Mar 2031",
					"Due date for the vehicle tax of DH 1234 KP: 8 Mar 2031 (in 7 days).\nSee the vehicle register in SiHebat."));
		assertThat(notifikasi.teks(indonesia).orElseThrow().subjek()).isEqualTo("SiHebat: pajak kendaraan DH 1234 KP jatuh tempo 8 Maret 2031");
		assertThat(notifikasi.status(inggris).orElseThrow().bahasa()).isEqualTo(INGGRIS);

		notifikasi.kirimTertunda();
		Map<String, String> pesan = ke("/send").stream().map(p -> json.readTree(p.isi()))
			.collect(Collectors.toMap(b -> b.path("target").asString(), b -> b.path("message").asString()));
		assertThat(pesan.get("081299990002")).startsWith("*SiHebat: vehicle tax of DH 1234 KP due 8 Mar 2031*");
		assertThat(pesan.get("081299990003")).contains("dalam 7 hari");
	}

	@Test
	void aMessageQueuedInATransactionThatRollsBackIsNeverSentAndQueuingNeedsATransaction() {
		tx.executeWithoutResult(s -> {
			notifikasi.antre(new Pesan("whatsapp", "081299990004", "notif.diterima", List.of("KPG-2031-000010", "x"), null));
			s.setRollbackOnly();
		});
		assertThatThrownBy(() -> notifikasi.antre(new Pesan("whatsapp", "081299990004", "notif.diterima", List.of("KPG-2031-000011", "x"), null)))
			.isInstanceOf(IllegalTransactionStateException.class);
		notifikasi.kirimTertunda();
		assertThat(notifikasi.untuk("whatsapp", "081299990004")).isEmpty();
		assertThat(GATEWAY.diterima()).noneMatch(p -> p.isi().contains("081299990004"));
	}

	@Test
	void anUnknownTemplateOrParameterIsRefusedWhenQueuedAndABlankRecipientQueuesNothing() {
		assertThatThrownBy(() -> antre(new Pesan("whatsapp", "081299990005", "notif.tidak-ada", List.of(), null)))
			.isInstanceOf(IllegalArgumentException.class).hasMessageContaining("notif.tidak-ada.subjek");
		assertThatThrownBy(() -> new Pesan("whatsapp", "081299990005", "notif.diterima", List.of(1.5), null))
			.isInstanceOf(IllegalArgumentException.class);
		assertThat(notifikasi.untuk("whatsapp", "081299990005")).isEmpty();
		java.util.OptionalLong kosong = tx.execute(s -> notifikasi.antre(Pesan.email(" ", null, "notif.diterima", "KPG-2031-000012", "x")));
		assertThat(kosong).isEmpty();
	}

	@Test
	void twoSendersNeverSendTheSameMessageTwice() throws Exception {
		List<String> tujuan = new ArrayList<>();
		for (int i = 0; i < 45; i++) {
			tujuan.add("0813000%05d".formatted(i));
		}
		List<Long> id = tx.execute(s -> tujuan.stream()
			.map(t -> notifikasi.antre(new Pesan(Notifikasi.SMS, t, "notif.diterima", List.of("KPG-2031-000013", "x"), null)).orElseThrow())
			.toList());
		// a slow gateway keeps each sender inside its batch long enough for the other to reach the same rows
		GATEWAY.jeda(15);

		ExecutorService dua = Executors.newFixedThreadPool(2);
		CountDownLatch mulai = new CountDownLatch(1);
		List<Future<Integer>> hasil = new ArrayList<>();
		for (int i = 0; i < 2; i++) {
			hasil.add(dua.submit(() -> {
				mulai.await();
				return notifikasi.kirimTertunda();
			}));
		}
		mulai.countDown();
		int upaya = 0;
		for (Future<Integer> f : hasil) {
			upaya += f.get();
		}
		dua.shutdown();

		Map<String, Long> perTujuan = ke("/api/sendsms/").stream()
			.map(p -> URLDecoder.decode(p.isi().substring("nohp=".length(), p.isi().indexOf('&')), StandardCharsets.UTF_8))
			.filter(tujuan::contains)
			.collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
		assertThat(perTujuan).hasSize(tujuan.size()).allSatisfy((t, n) -> assertThat(n).as(t).isEqualTo(1));
		assertThat(upaya).isGreaterThanOrEqualTo(tujuan.size());
		assertThat(id).allSatisfy(i -> assertThat(notifikasi.status(i).orElseThrow().riwayat()).hasSize(1));
	}

	@Test
	void theDevelopmentLogStandsInOnlyForAChannelWithoutARealOne(CapturedOutput log) {
		long id = antre(new Pesan("telegram", "@warga_kupang", "notif.diterima", List.of("KPG-2031-000014", "https://contoh.invalid/t"), null));
		assertThat(notifikasi.tersedia("telegram")).isTrue();
		assertThat(notifikasi.tersedia("faks")).isFalse();
		notifikasi.kirimTertunda();
		StatusPesan status = notifikasi.status(id).orElseThrow();
		assertThat(status.terkirim()).isTrue();
		assertThat(status.riwayat()).singleElement().extracting(Percobaan::saluran).isEqualTo("log");
		assertThat(log.getAll()).contains("Not sent, logged instead (telegram to @warga_kupang): Pengaduan KPG-2031-000014 diterima");
	}
}
