package id.kotacerdas.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import id.kotacerdas.KotaCerdasApplication;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * The whole application with a replica configured. The "replica" is the primary server reached
 * under another application_name, so the schema matches; pg_stat_activity then shows that the
 * public statistics page ran a transaction on the replica pool.
 */
class ReplikaAplikasiTests {

	@Test
	void thePublicStatisticsPageIsReadThroughTheReplicaPool() throws Exception {
		try (EmbeddedPostgres pg = EmbeddedPostgres.builder().start()) {
			String url = pg.getJdbcUrl("postgres", "postgres");
			try (ConfigurableApplicationContext app = SpringApplication.run(KotaCerdasApplication.class,
					"--spring.datasource.url=" + url, "--spring.datasource.username=postgres",
					"--kc.basis-data.replika.url=" + url + "&ApplicationName=kc-replika",
					"--kc.basis-data.replika.username=postgres", "--kc.basis-data.replika.kueri-lag=select 0",
					"--server.port=0", "--spring.jmx.enabled=false")) {
				int port = app.getEnvironment().getRequiredProperty("local.server.port", Integer.class);
				HttpResponse<String> jawaban = HttpClient.newHttpClient().send(
						HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/pengaduan/statistik")).build(),
						HttpResponse.BodyHandlers.ofString());
				assertThat(jawaban.statusCode()).isEqualTo(200);
				JdbcClient jdbc = JdbcClient.create(pg.getPostgresDatabase());
				// the page's read-only transaction ends with COMMIT on a replica-pool connection; the lag
				// check runs without a transaction, and nothing else uses that pool
				assertThat(jdbc.sql("select query from pg_stat_activity where application_name = 'kc-replika'")
					.query(String.class).list()).anyMatch(q -> q.equalsIgnoreCase("commit"));
			}
		}
	}
}
