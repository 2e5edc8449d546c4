package id.kotacerdas.pasar.internal.lapak;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.awaitility.Awaitility;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import id.kotacerdas.IntegrationTest;
import id.kotacerdas.akun.internal.StafUji;
import id.kotacerdas.platform.Peran;

/**
 * Retribution paid by QRIS, as the acquirer confirms it: a signed notification to {@code /qris/callback/{penyedia}}
 * over real HTTP pays the stall's bill of that day once, however often it is sent; a wrong signature pays nothing;
 * a reference that names no bill, or a day already paid, is kept for staff on the month's report.
 */
@IntegrationTest
class RetribusiQrisTests {

	/** The test acquirer configured in the test properties (kc.qris.penyedia[0]). */
	private static final String PENYEDIA = "bank-uji";

	private static final String RAHASIA = "rahasia-bank-uji-2026-kupang";

	private static final AtomicInteger URUT = new AtomicInteger();

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MockMvc mvc;

	@Autowired
	StafUji staf;

	private final HttpClient http = HttpClient.newHttpClient();

	/** A bill's day well in the past, its own per test run, so no collector's payment of today meets it. */
	private final LocalDate hari = LocalDate.of(2026, 3, 1).plusDays(System.nanoTime() % 200);

	private long lapak(long tarif, boolean terisi) {
		long pasar = jdbc.sql("SELECT id FROM pasar.pasar WHERE kode = 'oeba'").query(Long.class).single();
		return jdbc.sql("""
				INSERT INTO pasar.lapak (pasar_id, nomor, pedagang, dagangan, tarif, terisi, qris, diubah)
				VALUES (?, ?, 'Agustina Lenggu', 'Ikan segar', ?, ?, false, now()) RETURNING id""")
			.params(pasar, "Q-" + URUT.incrementAndGet() + "-" + System.nanoTime() % 100_000, tarif, terisi).query(Long.class).single();
	}

	private int kirim(String referensi, long nominal, String idNotifikasi, boolean tandaBenar) throws Exception {
		String isi = """
				{"idNotifikasi":"%s","referensi":"%s","nominal":%d,"waktu":"%sT09:15:00+08:00","nmid":"ID1026000000123"}"""
			.formatted(idNotifikasi, referensi, nominal, hari);
		Mac mac = Mac.getInstance("HmacSHA256");
		mac.init(new SecretKeySpec((tandaBenar ? RAHASIA : "rahasia-lain-yang-salah-0000").getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
		String tanda = HexFormat.of().formatHex(mac.doFinal(isi.getBytes(StandardCharsets.UTF_8)));
		HttpRequest r = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/qris/callback/" + PENYEDIA))
			.header("Content-Type", "application/json").header("X-Signature", tanda).POST(HttpRequest.BodyPublishers.ofString(isi)).build();
		return http.send(r, HttpResponse.BodyHandlers.ofString()).statusCode();
	}

	private long dibayar(long lapakId) {
		return jdbc.sql("SELECT coalesce(sum(jumlah), 0) FROM pasar.retribusi WHERE lapak_id = ? AND tanggal = ? AND cara = 'QRIS'")
			.params(lapakId, hari).query(Long.class).single();
	}

	private String hasil(String referensi) {
		return jdbc.sql("SELECT string_agg(hasil, ',' ORDER BY id) FROM pasar.pembayaran_qris WHERE referensi = ?").param(referensi)
			.query(String.class).single();
	}

	@Test
	void aSignedNotificationPaysTheStallsBillOnceAndABadSignaturePaysNothing() throws Exception {
		long id = lapak(3_000, true);
		String referensi = RetribusiQris.referensi(id, hari);

		assertThat(kirim(referensi, 3_000, "NTF-" + UUID.randomUUID(), false)).isEqualTo(401);
		String notifikasi = "NTF-" + UUID.randomUUID();
		assertThat(kirim(referensi, 3_000, notifikasi, true)).isEqualTo(200);
		assertThat(kirim(referensi, 3_000, notifikasi, true)).as("the acquirer retries").isEqualTo(200);

		Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> dibayar(id) == 3_000);
		assertThat(jdbc.sql("SELECT petugas FROM pasar.retribusi WHERE lapak_id = ? AND tanggal = ?").params(id, hari).query(String.class).single())
			.isEqualTo("qris:" + PENYEDIA);
		assertThat(hasil(referensi)).isEqualTo("DIBAYAR");
	}

	@Test
	void whatCannotBeMatchedIsKeptForStaffAndNeverOverwritesAPayment() throws Exception {
		long id = lapak(3_000, true);
		String referensi = RetribusiQris.referensi(id, hari);
		assertThat(kirim(referensi, 3_000, "NTF-" + UUID.randomUUID(), true)).isEqualTo(200);
		Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> dibayar(id) == 3_000);
		// a second, different payment of the same bill: recorded as a double, the first stays
		assertThat(kirim(referensi, 2_000, "NTF-" + UUID.randomUUID(), true)).isEqualTo(200);
		long kosong = lapak(3_000, false);
		String tanpaPedagang = RetribusiQris.referensi(kosong, hari);
		assertThat(kirim(tanpaPedagang, 3_000, "NTF-" + UUID.randomUUID(), true)).isEqualTo(200);
		long lain = lapak(3_000, true);
		String terlaluBanyak = RetribusiQris.referensi(lain, hari);
		assertThat(kirim(terlaluBanyak, 30_000, "NTF-" + UUID.randomUUID(), true)).isEqualTo(200);
		String asing = "INV-" + UUID.randomUUID().toString().substring(0, 8);
		assertThat(kirim(asing, 15_000, "NTF-" + UUID.randomUUID(), true)).isEqualTo(200);
		String tanpaLapak = "RTB-999999999-" + hari.toString().replace("-", "");
		assertThat(kirim(tanpaLapak, 3_000, "NTF-" + UUID.randomUUID(), true)).isEqualTo(200);

		Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> hasil(tanpaLapak) != null && hasil(asing) != null && hasil(terlaluBanyak) != null
				&& hasil(tanpaPedagang) != null && "DIBAYAR,SUDAH_DIBAYAR".equals(hasil(referensi)));
		assertThat(dibayar(id)).isEqualTo(3_000);
		assertThat(dibayar(lain)).isZero();
		assertThat(hasil(tanpaPedagang)).isEqualTo("TIDAK_WAJIB");
		assertThat(hasil(terlaluBanyak)).isEqualTo("JUMLAH_TIDAK_SAH");
		assertThat(hasil(asing)).isEqualTo("BUKAN_TAGIHAN");

		String halaman = mvc.perform(get("/staf/pasar/lapak/bulan").with(user(staf.adminOpd("Perindag")).roles(Peran.ADMIN_OPD.name())))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		var daftar = Jsoup.parse(halaman).select("#qris-belum-cocok li");
		assertThat(daftar.select("[data-referensi=" + asing + "]").text()).contains("Rp15.000", "Referensi bukan nomor tagihan retribusi lapak.");
		assertThat(daftar.select("[data-referensi=" + referensi + "]").text()).contains("Rp2.000", "sudah dibayar sebelumnya");
		assertThat(daftar.select("[data-referensi=" + tanpaLapak + "]").text()).contains("Lapak pada nomor tagihan tidak terdaftar.");
	}
}
