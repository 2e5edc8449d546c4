package id.kotacerdas;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Base64;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Issue 8: SIGTERM (a context close) stops the application within a few seconds. Graceful
 * shutdown waits up to {@code spring.lifecycle.timeout-per-shutdown-phase} (20 s) for requests
 * in flight; an open live map is a request that never ends by itself, so it must be ended.
 */
class PemberhentianTests {

	/**
	 * Under the 20 s a held graceful-shutdown phase takes. Idle, this app stops in about 1.5 s plus
	 * the embedded PostgreSQL's own stop (2–4 s on a busy test machine).
	 */
	private static final Duration BEBERAPA_DETIK = Duration.ofSeconds(15);

	@Test
	void anOpenLiveMapStreamDoesNotHoldShutdown() throws Exception {
		ConfigurableApplicationContext app = SpringApplication.run(KotaCerdasApplication.class, "--server.port=0",
				"--spring.jmx.enabled=false");
		String port = app.getEnvironment().getProperty("local.server.port");
		HttpClient http = HttpClient.newHttpClient();
		CompletableFuture<HttpResponse<Stream<String>>> aliran = http.sendAsync(
				HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/staf/armada/peta/aliran"))
					.header("Authorization", "Basic " + Base64.getEncoder().encodeToString("admin:rahasia-uji-123".getBytes()))
					.header("Accept", "text/event-stream").build(),
				HttpResponse.BodyHandlers.ofLines());
		HttpResponse<Stream<String>> terbuka = aliran.get(30, TimeUnit.SECONDS);
		assertThat(terbuka.statusCode()).isEqualTo(200);
		CompletableFuture<Long> baris = CompletableFuture.supplyAsync(() -> terbuka.body().count());

		long mulai = System.nanoTime();
		app.close();
		Duration lama = Duration.ofNanos(System.nanoTime() - mulai);
		System.out.println("Shutdown with an open live map took " + lama.toMillis() + " ms");
		assertThat(lama).as("shutdown took %s", lama).isLessThan(BEBERAPA_DETIK);
		assertThat(baris.get(5, TimeUnit.SECONDS)).as("the stream was ended, not cut").isPositive();
	}
}
