package id.kotacerdas.platform;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import javax.sql.DataSource;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.jdbc.health.DataSourceHealthIndicator;

/**
 * The {@code db} health check, answered within {@code batas} even when the database does not
 * answer at all: the check itself (Spring Boot's) runs on its own thread, one at a time, and a
 * probe that arrives while it is still waiting for a connection is told DOWN at once instead of
 * queueing behind the pool's connection timeout.
 */
class KesehatanBasisData implements HealthIndicator, DisposableBean {

	private final DataSourceHealthIndicator pemeriksa;

	private final Duration batas;

	private final ExecutorService utas = Executors.newSingleThreadExecutor(r -> {
		Thread t = new Thread(r, "kesehatan-basis-data");
		t.setDaemon(true);
		return t;
	});

	private CompletableFuture<Health> berjalan;

	KesehatanBasisData(DataSource dataSource, Duration batas) {
		this.pemeriksa = new DataSourceHealthIndicator(dataSource);
		this.batas = batas;
	}

	@Override
	public Health health() {
		CompletableFuture<Health> periksa;
		synchronized (this) {
			if (berjalan == null || berjalan.isDone()) {
				berjalan = CompletableFuture.supplyAsync(pemeriksa::health, utas);
			}
			periksa = berjalan;
		}
		try {
			return periksa.get(batas.toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (TimeoutException ex) {
			return Health.down().withDetail("error", "no connection within " + batas.toMillis() + " ms").build();
		}
		catch (ExecutionException ex) {
			return Health.down(ex.getCause()).build();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return Health.down(ex).build();
		}
	}

	@Override
	public void destroy() {
		utas.shutdownNow();
	}
}
