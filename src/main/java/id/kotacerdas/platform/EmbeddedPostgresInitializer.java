package id.kotacerdas.platform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.util.FileSystemUtils;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * Starts an embedded PostgreSQL when no {@code spring.datasource.url} is configured, so that a
 * fresh clone runs with one command. It runs before any bean exists and publishes its JDBC URL
 * as ordinary {@code spring.datasource.*} properties: pooling, Flyway and health checks then work
 * exactly as they do against an external server.
 */
public class EmbeddedPostgresInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresInitializer.class);

	@Override
	public void initialize(ConfigurableApplicationContext context) {
		ConfigurableEnvironment env = context.getEnvironment();
		if (!env.getProperty("spring.datasource.url", "").isBlank()) {
			return;
		}
		boolean ephemeral = env.getProperty("kc.database.ephemeral", Boolean.class, false);
		Path dataDir = ephemeral ? temporaryDirectory()
				: Path.of(env.getProperty("kc.data-dir", "./data")).toAbsolutePath().normalize().resolve("postgres");
		EmbeddedPostgres postgres = start(dataDir, !ephemeral);
		log.info("Embedded PostgreSQL listening on port {}, data in {}", postgres.getPort(), dataDir);

		env.getPropertySources().addFirst(new MapPropertySource("embeddedPostgres", Map.of(
				"spring.datasource.url", postgres.getJdbcUrl("postgres", "postgres"),
				"spring.datasource.username", "postgres",
				"spring.datasource.password", "")));

		// Registered first, destroyed last: the pool closes its connections before the server stops.
		context.getBeanFactory().registerSingleton("embeddedPostgres", postgres);
		((org.springframework.beans.factory.support.DefaultSingletonBeanRegistry) context.getBeanFactory())
			.registerDisposableBean("embeddedPostgres", () -> {
				postgres.close();
				if (ephemeral) {
					FileSystemUtils.deleteRecursively(dataDir);
				}
			});
	}

	/**
	 * The library starts PostgreSQL tuned for throw-away test databases (no fsync, asynchronous
	 * commit). A persistent server gets them back, because a 2xx answer promises the data is on disk.
	 */
	private static EmbeddedPostgres start(Path dataDir, boolean tahanLama) {
		try {
			Files.createDirectories(dataDir);
			stopOrphanedServer(dataDir);
			return EmbeddedPostgres.builder()
				.setDataDirectory(dataDir)
				.setCleanDataDirectory(false)
				.setRegisterShutdownHook(false)
				.setPGStartupWait(Duration.ofSeconds(60))
				.setServerConfig("max_connections", "100")
				.setServerConfig("fsync", tahanLama ? "on" : "off")
				.setServerConfig("synchronous_commit", tahanLama ? "on" : "off")
				.setServerConfig("timezone", "UTC")
				.setLocaleConfig("encoding", "UTF8")
				.start();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Embedded PostgreSQL could not start in " + dataDir, ex);
		}
	}

	/**
	 * A JVM killed with {@code kill -9} leaves its PostgreSQL child running on the data folder;
	 * stop it so that this start can take the folder over (PostgreSQL recovers from its WAL).
	 */
	private static void stopOrphanedServer(Path dataDir) throws IOException {
		Path pidFile = dataDir.resolve("postmaster.pid");
		if (!Files.exists(pidFile)) {
			return;
		}
		long pid = Long.parseLong(Files.readAllLines(pidFile).get(0).trim());
		ProcessHandle.of(pid).filter(p -> p.info().command().orElse("").endsWith("postgres")).ifPresent(orphan -> {
			log.warn("Stopping PostgreSQL (pid {}) left behind by an earlier run", pid);
			orphan.destroy();
			orphan.onExit().orTimeout(30, java.util.concurrent.TimeUnit.SECONDS).join();
		});
	}

	private static Path temporaryDirectory() {
		try {
			return Files.createTempDirectory("kc-pg-");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}
}
