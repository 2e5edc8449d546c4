package id.kotacerdas.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import id.kotacerdas.KotaCerdasApplication;

class EmbeddedPostgresTests {

	@TempDir
	Path dataDir;

	@Test
	void dataWrittenSurvivesARestartOnTheSameDataFolder() {
		try (ConfigurableApplicationContext pertama = start()) {
			pertama.getBean(JdbcClient.class)
				.sql("insert into opd.opd (nama, singkatan, jenis) values ('Dinas Uji Ketahanan', 'DUK', 'dinas')").update();
		}
		assertThat(dataDir.resolve("postgres/PG_VERSION")).exists();
		assertThat(dataDir.resolve("postgres/postmaster.pid")).doesNotExist(); // stopped cleanly with the app

		try (ConfigurableApplicationContext kedua = start()) {
			JdbcClient jdbc = kedua.getBean(JdbcClient.class);
			assertThat(jdbc.sql("select count(*) from opd.opd where singkatan = 'DUK'").query(Integer.class).single()).isEqualTo(1);
			// seeds ran once: the second start found the data and loaded nothing again
			assertThat(jdbc.sql("select count(*) from wilayah.kelurahan").query(Integer.class).single()).isEqualTo(51);
			assertThat(jdbc.sql("select count(*) from opd.opd").query(Integer.class).single()).isEqualTo(41);
			assertThat(jdbc.sql("select count(*) from akun.pengguna where username = 'admin'").query(Integer.class).single()).isEqualTo(1);
		}
	}

	private ConfigurableApplicationContext start() {
		assertThat(Files.isDirectory(dataDir)).isTrue();
		return SpringApplication.run(KotaCerdasApplication.class, "--kc.database.ephemeral=false", "--kc.data-dir=" + dataDir,
				"--server.port=0", "--spring.jmx.enabled=false");
	}
}
