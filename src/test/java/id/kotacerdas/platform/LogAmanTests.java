package id.kotacerdas.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.joran.JoranConfigurator;
import ch.qos.logback.classic.util.LogbackMDCAdapter;

/** The application's logback configuration: text from a request cannot forge log lines. */
class LogAmanTests {

	@Test
	void lineBreaksInArgumentsAreEscapedAndTheFileAppenderFollowsLogFile(@TempDir Path dir) throws Exception {
		Path berkas = dir.resolve("kota.log");
		LoggerContext konteks = new LoggerContext();
		konteks.setMDCAdapter(new LogbackMDCAdapter());
		konteks.putProperty("LOG_FILE", berkas.toString());
		JoranConfigurator konfigurasi = new JoranConfigurator();
		konfigurasi.setContext(konteks);
		konfigurasi.doConfigure(getClass().getResource("/logback-spring.xml"));
		Logger log = konteks.getLogger("uji");
		log.info("Failed sign-in for '{}' from {}", "admin'\r\n2026-01-01T00:00:00Z  INFO 1 --- [main] x : Sign-in for 'admin' succeeded",
				"10.0.0.1\u2028palsu");
		log.info("Pattern lines\nstay as written: {}", "a\u0000b");
		konteks.stop();

		List<String> baris = Files.readAllLines(berkas, StandardCharsets.UTF_8);
		assertThat(baris).hasSize(3);
		assertThat(baris.get(0)).endsWith(
				"Failed sign-in for 'admin'\\r\\n2026-01-01T00:00:00Z  INFO 1 --- [main] x : Sign-in for 'admin' succeeded' from 10.0.0.1\\u2028palsu");
		assertThat(baris.get(1)).endsWith("Pattern lines");
		assertThat(baris.get(2)).isEqualTo("stay as written: a\\u0000b");
	}

	@Test
	void withoutLogFileThereIsOnlyTheConsole() throws Exception {
		LoggerContext konteks = new LoggerContext();
		JoranConfigurator konfigurasi = new JoranConfigurator();
		konfigurasi.setContext(konteks);
		konfigurasi.doConfigure(getClass().getResource("/logback-spring.xml"));
		var root = konteks.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
		assertThat(root.getAppender("CONSOLE")).isNotNull();
		assertThat(root.getAppender("FILE")).isNull();
		konteks.stop();
	}
}
