package id.kotacerdas.wifi.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import id.kotacerdas.IntegrationTest;
import id.kotacerdas.notifikasi.KotakUji;
import id.kotacerdas.notifikasi.Notifikasi;
import id.kotacerdas.platform.Sidik;

/**
 * The heartbeat endpoint (token per hotspot, stored hashed), the active TCP/HTTP probe against real sockets, and the
 * outage alert through the outbox, once per outage.
 */
@IntegrationTest
class KesehatanWifiTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	RegisterWifi register;

	@Autowired
	HotspotRepository repo;

	@Autowired
	KesehatanWifi kesehatan;

	@Autowired
	ProbeWifi probe;

	@Autowired
	WifiProperties properti;

	@Autowired
	Notifikasi notifikasi;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate transaksi;

	private long detak(long id) {
		return jdbc.sql("SELECT count(*) FROM wifi.detak WHERE hotspot_id = ?").param(id).query(Long.class).single();
	}

	@Test
	void aRouterWithItsTokenRecordsASignOfLifeOncePerSlotAndNoTokenOrAWrongOneIsRefused() throws Exception {
		long id = HotspotUji.kantorKelurahan(register, "Wi-Fi Kantor Kelurahan Oebobo detak", HotspotUji.OEBOBO, "-10.16885", "123.60194");
		String token = register.buatToken(HotspotUji.KOMINFO, id);

		// only the hash is stored
		String tersimpan = jdbc.sql("SELECT token_hash FROM wifi.hotspot WHERE id = ?").param(id).query(String.class).single();
		assertThat(tersimpan).isEqualTo(Sidik.sha256(token)).doesNotContain(token);

		mvc.perform(post("/api/wifi/detak")).andExpect(status().isUnauthorized());
		mvc.perform(post("/api/wifi/detak").header("Authorization", "Bearer salah-" + token)).andExpect(status().isUnauthorized());
		assertThat(detak(id)).isZero();

		mvc.perform(post("/api/wifi/detak").header("Authorization", "Bearer " + token)).andExpect(status().isNoContent());
		// a router whose wget cannot set headers sends the token as a form field; the same slot is stored once
		mvc.perform(post("/api/wifi/detak").contentType(MediaType.APPLICATION_FORM_URLENCODED).content("token=" + token))
			.andExpect(status().isNoContent());
		assertThat(detak(id)).isEqualTo(1);
		assertThat(repo.cari(id).orElseThrow().dipantau()).isTrue();

		// a new token replaces the old one
		String baru = register.buatToken(HotspotUji.KOMINFO, id);
		mvc.perform(post("/api/wifi/detak").header("Authorization", "Bearer " + token)).andExpect(status().isUnauthorized());
		mvc.perform(post("/api/wifi/detak").header("Authorization", "Bearer " + baru)).andExpect(status().isNoContent());
	}

	@Test
	void theProbeRecordsAHotspotThatAcceptsAConnectionAndNotOneThatDoesNot() throws Exception {
		try (ServerSocket terbuka = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
			int tertutup;
			try (ServerSocket s = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
				tertutup = s.getLocalPort();
			}
			long hidup = denganProbe("tcp://127.0.0.1:" + terbuka.getLocalPort());
			long mati = denganProbe("tcp://127.0.0.1:" + tertutup);
			assertThat(repo.cari(hidup).orElseThrow().dipantau()).isTrue();
			probe.putaran();
			assertThat(detak(hidup)).isEqualTo(1);
			assertThat(detak(mati)).isZero();
			assertThat(jdbc.sql("SELECT sumber FROM wifi.detak WHERE hotspot_id = ?").param(hidup).query(String.class).single())
				.isEqualTo(KesehatanWifi.PROBE);
		}
		assertThat(probe.jangkau("http://127.0.0.1:1/")).isFalse();
	}

	private long denganProbe(String alamat) {
		var isian = HotspotUji.isian("Wi-Fi Pasar Inpres Naikoten probe", "PASAR", "53.71.05.1004", "-10.17900", "123.59900");
		isian.put("alamatProbe", alamat);
		isian.put("sepanjangHari", "true");
		return register.simpan(HotspotUji.KOMINFO, null, isian, List.of("1", "2", "3", "4", "5", "6", "7"));
	}

	@Test
	void aHotspotSilentLongerThanTheThresholdIsReportedOncePerOutage() {
		long id = HotspotUji.kantorKelurahan(register, "Wi-Fi Kantor Kelurahan Fatululi padam", HotspotUji.FATULULI, "-10.16347", "123.60859");
		String nama = repo.cari(id).orElseThrow().nama();
		String penerima = "jaringan-" + id + "@kupangkota.go.id";
		WifiProperties p = new WifiProperties(properti.slot(), Duration.ofHours(2), 90, List.of(penerima), properti.probe(), List.of(), properti.jangkauanM());
		Instant awal = Instant.parse("2026-11-30T00:00:00Z");
		repo.mulaiPantau(id, awal);
		// alive 00:00–01:00 UTC; the last slot ends 01:00
		repo.catatHidupRentang(id, awal, awal.plus(Duration.ofHours(1)), properti.slot(), KesehatanWifi.DETAK);

		// 02:30: silent 1.5 h, under the threshold (other tests' hotspots share the database: count this one's alerts only)
		pada(awal.plus(Duration.ofMinutes(150)), p);
		assertThat(peringatan(penerima, nama)).isZero();
		// 03:30: silent 2.5 h: one alert; 04:30: still the same outage, no second one
		pada(awal.plus(Duration.ofMinutes(210)), p);
		assertThat(peringatan(penerima, nama)).isEqualTo(1);
		pada(awal.plus(Duration.ofMinutes(270)), p);
		assertThat(peringatan(penerima, nama)).isEqualTo(1);
		// it comes back at 05:00 and falls silent again: 07:30 is a new outage of 2.5 h
		repo.catatHidup(id, awal.plus(Duration.ofHours(5)), KesehatanWifi.DETAK);
		pada(awal.plus(Duration.ofMinutes(450)), p);
		assertThat(peringatan(penerima, nama)).isEqualTo(2);
	}

	@Test
	void twoInstancesCheckingAtTheSameMomentSendTheOutageAlertOnce() throws Exception {
		long id = HotspotUji.kantorKelurahan(register, "Wi-Fi Taman Kota Fatululi padam", HotspotUji.FATULULI, "-10.16310", "123.60790");
		String nama = repo.cari(id).orElseThrow().nama();
		String penerima = "jaringan-dua-" + id + "@kupangkota.go.id";
		WifiProperties p = new WifiProperties(properti.slot(), Duration.ofHours(2), 90, List.of(penerima), properti.probe(), List.of(), properti.jangkauanM());
		Instant awal = Instant.parse("2026-11-29T00:00:00Z");
		repo.mulaiPantau(id, awal);
		repo.catatHidupRentang(id, awal, awal.plus(Duration.ofHours(1)), properti.slot(), KesehatanWifi.DETAK);
		Clock jam = Clock.fixed(awal.plus(Duration.ofMinutes(210)), ZoneOffset.UTC);
		CountDownLatch aSudahMemeriksa = new CountDownLatch(1);
		CountDownLatch lepasA = new CountDownLatch(1);
		ExecutorService dua = Executors.newFixedThreadPool(2);
		try {
			// A has checked and marked but not committed when B checks: the window two instances' runs can share
			Future<Integer> diA = dua.submit(() -> transaksi.execute(s -> {
				int n = new PeringatanWifi(repo, new KesehatanWifi(repo, p, jam), notifikasi, p, jam).periksa();
				aSudahMemeriksa.countDown();
				try {
					lepasA.await(30, TimeUnit.SECONDS);
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
				}
				return n;
			}));
			assertThat(aSudahMemeriksa.await(30, TimeUnit.SECONDS)).isTrue();
			Future<Integer> diB = dua.submit(() -> transaksi.execute(s -> new PeringatanWifi(repo, new KesehatanWifi(repo, p, jam), notifikasi, p, jam).periksa()));
			long batas = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
			// B either finishes or waits for A's row lock; then A commits
			while (!diB.isDone() && System.nanoTime() < batas && jdbc.sql("""
					SELECT count(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND query ILIKE '%wifi.hotspot%'""")
				.query(Long.class).single() == 0) {
				Thread.sleep(20);
			}
			lepasA.countDown();
			diA.get(30, TimeUnit.SECONDS);
			diB.get(30, TimeUnit.SECONDS);
		}
		finally {
			lepasA.countDown();
			dua.shutdown();
		}
		assertThat(peringatan(penerima, nama)).isEqualTo(1);
	}

	private int pada(Instant kini, WifiProperties p) {
		Clock jam = Clock.fixed(kini, ZoneOffset.UTC);
		PeringatanWifi peringatan = new PeringatanWifi(repo, new KesehatanWifi(repo, p, jam), notifikasi, p, jam);
		return transaksi.execute(s -> peringatan.periksa());
	}

	private long peringatan(String penerima, String nama) {
		return KotakUji.menunggu(notifikasi, Notifikasi.EMAIL, penerima).stream().filter(m -> m.teks().isi().contains(nama)).count();
	}
}
