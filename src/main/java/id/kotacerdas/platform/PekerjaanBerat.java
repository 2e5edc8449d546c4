package id.kotacerdas.platform;

import java.time.Duration;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import org.springframework.beans.factory.DisposableBean;

/**
 * Runs CPU-heavy work of a request (decoding photos, say) on a small pool sized to the cores
 * with a short queue, never while the request holds a database connection. When the pool and its
 * queue are full the request is refused at once with 503 and {@code Retry-After}: a burst of
 * expensive uploads then costs the server a bounded amount of CPU and memory, and every other
 * request keeps its share.
 */
public class PekerjaanBerat implements DisposableBean {

	private final ThreadPoolExecutor pelaksana;

	private final Duration tungguMaks;

	/**
	 * @param utas workers; 0 or less means one per processor core
	 * @param antrean jobs that may wait for a worker
	 * @param tungguMaks how long a request waits for its job before it is answered 503
	 */
	public PekerjaanBerat(int utas, int antrean, Duration tungguMaks) {
		int n = utas > 0 ? utas : Runtime.getRuntime().availableProcessors();
		AtomicInteger nomor = new AtomicInteger();
		this.pelaksana = new ThreadPoolExecutor(n, n, 0, TimeUnit.MILLISECONDS, new ArrayBlockingQueue<>(Math.max(1, antrean)), r -> {
			Thread t = new Thread(r, "pekerjaan-berat-" + nomor.incrementAndGet());
			t.setDaemon(true);
			return t;
		}, new ThreadPoolExecutor.AbortPolicy());
		this.tungguMaks = tungguMaks;
	}

	/**
	 * Runs {@code kerja} on a worker and waits for its result. Exceptions of the work (a refused
	 * photo, say) reach the caller unchanged.
	 *
	 * @throws CobaLagiNantiException (503) when every worker and queue place is taken, or the job took too long
	 */
	public <T> T jalankan(Supplier<T> kerja) {
		Future<T> hasil;
		try {
			hasil = pelaksana.submit(kerja::get);
		}
		catch (RejectedExecutionException ex) {
			throw CobaLagiNantiException.sibuk();
		}
		try {
			return hasil.get(tungguMaks.toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (ExecutionException ex) {
			if (ex.getCause() instanceof RuntimeException r) {
				throw r;
			}
			if (ex.getCause() instanceof Error e) {
				throw e;
			}
			throw new IllegalStateException(ex.getCause());
		}
		catch (TimeoutException ex) {
			hasil.cancel(true);
			throw CobaLagiNantiException.sibuk();
		}
		catch (InterruptedException ex) {
			hasil.cancel(true);
			Thread.currentThread().interrupt();
			throw CobaLagiNantiException.sibuk();
		}
	}

	@Override
	public void destroy() {
		pelaksana.shutdownNow();
	}
}
