package id.kotacerdas.akun.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import id.kotacerdas.IntegrationTest;
import id.kotacerdas.akun.KunciApi;
import id.kotacerdas.platform.Siaran;

/**
 * Issue 18: API keys are checked against an in-memory copy (no round trip per filing) that a revocation
 * empties at once on the instance that revoked and, through {@link Siaran}, within a second on every other.
 */
@IntegrationTest
class KunciAktifTests {

	@Autowired
	KunciApiService layanan;

	@Autowired
	KunciApi kunciApi;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Siaran siaran;

	@Test
	void aKeyRevokedHereIsRefusedOnTheNextCheck() {
		KunciApiService.KunciBaru baru = layanan.buat("Aplikasi Lapor Kupang", Set.of("open311"), "admin");
		assertThat(kunciApi.periksa(baru.kunci(), "open311")).isPresent();
		assertThat(kunciApi.periksa(baru.kunci(), "wifi")).isEmpty();
		layanan.cabut(baru.id());
		assertThat(kunciApi.periksa(baru.kunci(), "open311")).isEmpty();
	}

	@Test
	void aKeyRevokedByAnotherInstanceIsRefusedWithinASecondOfItsMessage() throws Exception {
		CountDownLatch dibuatTersiar = new CountDownLatch(1);
		siaran.langgan(KunciAktif.TOPIK, id -> dibuatTersiar.countDown());
		KunciApiService.KunciBaru baru = layanan.buat("Aplikasi Kelurahan Oesapa", Set.of("open311"), "admin");
		// the issuing instance's own message has emptied the copy: the next check reads the table once
		assertThat(dibuatTersiar.await(5, TimeUnit.SECONDS)).isTrue();
		assertThat(kunciApi.periksa(baru.kunci(), "open311")).isPresent();
		// the other instance's revocation: its row change, then its message when it commits
		jdbc.sql("update akun.kunci_api set dicabut = now() where id = ?").param(baru.id()).update();
		assertThat(kunciApi.periksa(baru.kunci(), "open311")).as("checked from memory, not the table").isPresent();
		siaran.kirim(KunciAktif.TOPIK, Long.toString(baru.id()));
		long batas = System.nanoTime() + Duration.ofSeconds(1).toNanos();
		while (kunciApi.periksa(baru.kunci(), "open311").isPresent() && System.nanoTime() < batas) {
			Thread.sleep(10);
		}
		assertThat(kunciApi.periksa(baru.kunci(), "open311")).isEmpty();
	}
}
