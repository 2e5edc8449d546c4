package id.kotacerdas.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;

import javax.sql.DataSource;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.aop.support.AopUtils;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.annotation.EnableTransactionManagement;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import com.zaxxer.hikari.HikariDataSource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * Two real PostgreSQL servers: the "replica" holds a marker row the primary lacks, so every read
 * shows which server answered. A zonky server is not in recovery, so the default lag query answers
 * null ("not a replica"); the routing cases set {@code kueri-lag} to a fixed lag, as an operator
 * would for a replica whose lag is measured elsewhere.
 */
class ReplikaBacaTests {

	private static EmbeddedPostgres utama;

	private static EmbeddedPostgres replika;

	@BeforeAll
	static void mulai() throws IOException {
		utama = EmbeddedPostgres.builder().start();
		replika = EmbeddedPostgres.builder().start();
		for (var pg : new EmbeddedPostgres[] { utama, replika }) {
			JdbcClient.create(pg.getPostgresDatabase()).sql("create table penanda (server text)").update();
		}
		JdbcClient.create(utama.getPostgresDatabase()).sql("insert into penanda values ('utama')").update();
		JdbcClient.create(replika.getPostgresDatabase()).sql("insert into penanda values ('replika')").update();
	}

	@AfterAll
	static void berhenti() throws IOException {
		utama.close();
		replika.close();
	}

	private ApplicationContextRunner konteks(String... properti) {
		return new ApplicationContextRunner().withUserConfiguration(Aplikasi.class, ReplikaConfig.class)
			.withPropertyValues("uji.utama.url=" + utama.getJdbcUrl("postgres", "postgres"))
			.withPropertyValues(properti);
	}

	private String urlReplika() {
		return ReplikaProperties.PREFIX + ".url=" + replika.getJdbcUrl("postgres", "postgres");
	}

	@Test
	void aPublicReadIsServedByAFreshReplicaAWriteAndAnUnmarkedReadByThePrimary() {
		konteks(urlReplika(), ReplikaProperties.PREFIX + ".kueri-lag=select 0.5").run(ctx -> {
			Pembaca pembaca = ctx.getBean(Pembaca.class);
			assertThat(pembaca.bacaanPublik()).isEqualTo("replika");
			assertThat(pembaca.bacaanBiasa()).isEqualTo("utama");
			assertThat(pembaca.tulis()).isEqualTo("utama");
			assertThat(pembaca.bacaanPublik()).isEqualTo("replika");
		});
	}

	@Test
	void aReplicaLaggingBeyondTheBoundIsNotUsed() {
		konteks(urlReplika(), ReplikaProperties.PREFIX + ".kueri-lag=select 6", ReplikaProperties.PREFIX + ".batas-basi=5s")
			.run(ctx -> assertThat(ctx.getBean(Pembaca.class).bacaanPublik()).isEqualTo("utama"));
	}

	@Test
	void aServerThatIsNotInRecoveryDoesNotCountAsAReplica() {
		konteks(urlReplika()).run(ctx -> assertThat(ctx.getBean(Pembaca.class).bacaanPublik()).isEqualTo("utama"));
	}

	@Test
	void anUnreachableReplicaFallsBackToThePrimary() throws IOException {
		EmbeddedPostgres mati = EmbeddedPostgres.builder().start();
		String url = mati.getJdbcUrl("postgres", "postgres");
		konteks(ReplikaProperties.PREFIX + ".url=" + url, ReplikaProperties.PREFIX + ".kueri-lag=select 0").run(ctx -> {
			Pembaca pembaca = ctx.getBean(Pembaca.class);
			mati.close();
			Thread.sleep(PenjagaReplika.MASA_BERLAKU.toMillis());
			assertThat(pembaca.bacaanPublik()).isEqualTo("utama");
		});
	}

	@Test
	void withoutAReplicaNothingIsWrapped() {
		konteks().run(ctx -> {
			assertThat(ctx.getBean(DataSource.class)).isInstanceOf(HikariDataSource.class);
			assertThat(ctx.getBean(Pembaca.class).bacaanPublik()).isEqualTo("utama");
		});
	}

	@Test
	void withoutAReplicaAPublicReadRunsAsBeforeWithoutProxyOrTransaction() {
		konteks().run(ctx -> {
			BacaanSaja bacaan = ctx.getBean(BacaanSaja.class);
			assertThat(AopUtils.isAopProxy(bacaan)).as("a bean whose only annotation is @BacaanPublik").isFalse();
			assertThat(bacaan.dalamTransaksi()).isFalse();
		});
	}

	@Test
	void withAReplicaAPublicReadRunsInOneReadOnlyTransaction() {
		konteks(urlReplika(), ReplikaProperties.PREFIX + ".kueri-lag=select 0").run(ctx -> {
			assertThat(ctx.getBean(BacaanSaja.class).dalamTransaksi()).isTrue();
			assertThat(ctx.getBean(BacaanSaja.class).bacaSaja()).isTrue();
		});
	}

	@Configuration(proxyBeanMethods = false)
	@EnableTransactionManagement
	static class Aplikasi {

		@Bean
		HikariDataSource dataSource(org.springframework.core.env.Environment env) {
			HikariDataSource ds = new HikariDataSource();
			ds.setJdbcUrl(env.getRequiredProperty("uji.utama.url"));
			return ds;
		}

		@Bean
		DataSourceTransactionManager transactionManager(DataSource dataSource) {
			return new DataSourceTransactionManager(dataSource);
		}

		@Bean
		Pembaca pembaca(DataSource dataSource) {
			return new Pembaca(JdbcClient.create(dataSource));
		}

		@Bean
		BacaanSaja bacaanSaja() {
			return new BacaanSaja();
		}
	}

	/** Only {@link BacaanPublik}, nothing else that would proxy it. */
	static class BacaanSaja {

		@BacaanPublik
		public boolean dalamTransaksi() {
			return TransactionSynchronizationManager.isActualTransactionActive();
		}

		@BacaanPublik
		public boolean bacaSaja() {
			return TransactionSynchronizationManager.isCurrentTransactionReadOnly();
		}
	}

	static class Pembaca {

		private final JdbcClient jdbc;

		Pembaca(JdbcClient jdbc) {
			this.jdbc = jdbc;
		}

		@BacaanPublik
		public String bacaanPublik() {
			return server();
		}

		@Transactional(readOnly = true)
		public String bacaanBiasa() {
			return server();
		}

		@Transactional
		public String tulis() {
			jdbc.sql("insert into penanda values ('tulisan')").update();
			jdbc.sql("delete from penanda where server = 'tulisan'").update();
			return server();
		}

		private String server() {
			return jdbc.sql("select server from penanda order by server desc limit 1").query(String.class).single();
		}
	}
}
