package id.kotacerdas.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import com.zaxxer.hikari.HikariDataSource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * Two instances, each with its own {@link Siaran} (own listening connection, own pool) on one
 * PostgreSQL: what one sends, both hear; a transaction's message only on commit; a listener whose
 * connection is killed comes back and tells its subscribers to reload.
 */
class SiaranTests {

	static EmbeddedPostgres postgres;

	static Instans a;

	static Instans b;

	@BeforeAll
	static void mulai() throws IOException {
		postgres = EmbeddedPostgres.builder().start();
		a = new Instans();
		b = new Instans();
	}

	@AfterAll
	static void selesai() throws IOException {
		a.tutup();
		b.tutup();
		postgres.close();
	}

	@Test
	void aMessageSentOnOneInstanceReachesTheSubscribersOfEveryInstanceIncludingItself() throws Exception {
		BlockingQueue<String> diA = new LinkedBlockingQueue<>();
		BlockingQueue<String> diB = new LinkedBlockingQueue<>();
		BlockingQueue<String> topikLain = new LinkedBlockingQueue<>();
		a.siaran.langgan("uji.kategori", diA::add);
		b.siaran.langgan("uji.kategori", diB::add);
		b.siaran.langgan("uji.lain", topikLain::add);

		a.siaran.kirim("uji.kategori", "Jalan Rusak berubah: ç, ü, 🚧");

		assertThat(diA.poll(2, TimeUnit.SECONDS)).isEqualTo("Jalan Rusak berubah: ç, ü, 🚧");
		assertThat(diB.poll(2, TimeUnit.SECONDS)).isEqualTo("Jalan Rusak berubah: ç, ü, 🚧");
		assertThat(topikLain.poll(300, TimeUnit.MILLISECONDS)).isNull();
	}

	@Test
	void insideATransactionTheMessageLeavesOnCommitAndNeverOnRollback() throws Exception {
		BlockingQueue<String> diB = new LinkedBlockingQueue<>();
		b.siaran.langgan("uji.transaksi", diB::add);

		a.transaksi.executeWithoutResult(status -> {
			a.siaran.kirim("uji.transaksi", "batal");
			status.setRollbackOnly();
		});
		a.transaksi.executeWithoutResult(status -> {
			a.siaran.kirim("uji.transaksi", "jadi");
			try {
				// still open: nothing may be heard before the commit
				assertThat(diB.poll(500, TimeUnit.MILLISECONDS)).isNull();
			}
			catch (InterruptedException ex) {
				throw new IllegalStateException(ex);
			}
		});

		assertThat(diB.poll(2, TimeUnit.SECONDS)).isEqualTo("jadi");
		assertThat(diB.poll(300, TimeUnit.MILLISECONDS)).isNull();
	}

	@Test
	void aListenerWhoseConnectionIsKilledReconnectsAndTellsItsSubscribersToReload() throws Exception {
		BlockingQueue<String> diB = new LinkedBlockingQueue<>();
		AtomicInteger muatUlang = new AtomicInteger();
		b.siaran.langgan("uji.putus", diB::add, muatUlang::incrementAndGet);
		assertThat(b.siaran.mendengar()).isTrue();

		// the pool's connections stay: only the dedicated listening ones are killed, both instances'
		List<Integer> dibunuh = a.jdbc.sql("select pid from pg_stat_activity where application_name = ?")
			.param(SaluranSiaran.NAMA_APLIKASI).query(Integer.class).list();
		assertThat(dibunuh).hasSize(2);
		a.jdbc.sql("select pg_terminate_backend(pid) from pg_stat_activity where application_name = ?")
			.param(SaluranSiaran.NAMA_APLIKASI).query().listOfRows();

		tunggu(() -> muatUlang.get() == 1 && b.siaran.mendengar() && a.siaran.mendengar(), Duration.ofSeconds(10));
		a.siaran.kirim("uji.putus", "setelah sambung ulang");
		assertThat(diB.poll(2, TimeUnit.SECONDS)).isEqualTo("setelah sambung ulang");
		assertThat(muatUlang.get()).isEqualTo(1);
	}

	@Test
	void aMessageLargerThanPostgresqlAllowsIsRefusedBeforeItIsSent() {
		String besar = "x".repeat(Siaran.BATAS_BYTE);
		assertThat(Siaran.muatan("t", "x".repeat(Siaran.BATAS_BYTE - 2))).hasSize(Siaran.BATAS_BYTE);
		assertThatThrownBy(() -> a.siaran.kirim("t", besar)).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> a.siaran.kirim("dua\nbaris", "x")).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> a.siaran.langgan(" ", x -> {
		})).isInstanceOf(IllegalArgumentException.class);
	}

	private static void tunggu(java.util.function.BooleanSupplier syarat, Duration batas) throws InterruptedException {
		long akhir = System.nanoTime() + batas.toNanos();
		while (!syarat.getAsBoolean()) {
			assertThat(System.nanoTime()).as("condition within " + batas).isLessThan(akhir);
			Thread.sleep(50);
		}
	}

	/** What one application instance has: its pool, its transactions, its channel. */
	static final class Instans {

		final HikariDataSource pool = new HikariDataSource();

		final SaluranSiaran saluran;

		final Siaran siaran;

		final TransactionTemplate transaksi;

		final JdbcClient jdbc;

		Instans() {
			String url = postgres.getJdbcUrl("postgres", "postgres");
			pool.setJdbcUrl(url);
			pool.setUsername("postgres");
			pool.setMaximumPoolSize(3);
			saluran = new SaluranSiaran(pool, url, "postgres", "");
			siaran = new Siaran(saluran);
			saluran.start();
			transaksi = new TransactionTemplate(new DataSourceTransactionManager(pool));
			jdbc = JdbcClient.create(pool);
		}

		void tutup() {
			saluran.stop();
			pool.close();
		}
	}
}
