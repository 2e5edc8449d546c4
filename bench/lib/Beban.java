import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * The load loop and percentiles every HTTP bench client shares (JDK only). Compiled once by bench/lib/umum.sh
 * ({@code bench_lib}); a client is then run as {@code java -cp "$bench_cp" bench/<module>/BebanX.java ...}.
 * Only ever aimed at this machine's own server.
 */
public final class Beban {

	private Beban() {
	}

	/** The request a client thread sends next ({@code klien}: its number, {@code ke}: its how-manieth). */
	public interface Permintaan {

		HttpRequest buat(int klien, int ke);
	}

	/** Called with every answer counted as a success. */
	public interface Terima {

		void terima(int klien, HttpResponse<String> jawaban);
	}

	/** A run: successes with their latencies (µs, sorted), failures, wall time. */
	public record Hasil(String nama, int klien, long[] latensiUs, long gagal, double detik) {

		public long ok() {
			return latensiUs.length;
		}

		public double laju() {
			return ok() / detik;
		}

		/** The p-quantile (0 < p ≤ 1) in milliseconds, nearest rank. */
		public double ms(double p) {
			return latensiUs.length == 0 ? 0 : latensiUs[Math.min(latensiUs.length - 1, (int) Math.ceil(p * latensiUs.length) - 1)] / 1000.0;
		}

		public double maksMs() {
			return latensiUs.length == 0 ? 0 : latensiUs[latensiUs.length - 1] / 1000.0;
		}

		/** One line for closed-loop runs; scripts read {@code rate=}. */
		public void cetak() {
			System.out.printf("%s: clients=%d ok=%d failed=%d rate=%.1f/s p50=%.1fms p99=%.1fms max=%.1fms%n", nama, klien, ok(), gagal,
					laju(), ms(0.50), ms(0.99), maksMs());
		}

		/** One line for sequential runs: p50, p95, p99, max. */
		public void cetakBerurutan() {
			System.out.printf("%-28s p50 %6.2f ms  p95 %6.2f ms  p99 %7.2f ms  max %7.2f ms  (n=%d)%n", nama, ms(0.50), ms(0.95), ms(0.99),
					maksMs(), ok());
		}
	}

	/** Refuses anything but a server on this machine. */
	public static String lokal(String dasar) {
		if (!dasar.startsWith("http://localhost:") && !dasar.startsWith("http://127.0.0.1:")) {
			throw new IllegalArgumentException("only a local server: " + dasar);
		}
		return dasar;
	}

	/**
	 * Closed loop: {@code klien} threads, each with its own keep-alive HTTP/1.1 connection, send their next request
	 * when the previous one is answered, for {@code detik} seconds. An answer with {@code sukses} status counts (and
	 * goes to {@code terima}, which may be null); anything else is a failure. With {@code berhentiSaatPutus} a thread
	 * stops at its first I/O error (the server is gone: the kill -9 test).
	 */
	public static Hasil tertutup(String nama, int klien, int detik, int sukses, Permintaan permintaan, Terima terima,
			boolean berhentiSaatPutus) throws InterruptedException {
		long mulai = System.nanoTime();
		long akhir = mulai + Duration.ofSeconds(detik).toNanos();
		long[][] latensi = new long[klien][];
		AtomicLong gagal = new AtomicLong();
		List<Thread> utas = new ArrayList<>();
		for (int t = 0; t < klien; t++) {
			int nomor = t;
			Thread th = new Thread(() -> {
				HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
				long[] l = new long[1 << 14];
				int n = 0;
				int ke = 0;
				while (System.nanoTime() < akhir) {
					HttpRequest r = permintaan.buat(nomor, ke++);
					long t0 = System.nanoTime();
					try {
						HttpResponse<String> j = http.send(r, HttpResponse.BodyHandlers.ofString());
						long us = (System.nanoTime() - t0) / 1000;
						if (j.statusCode() == sukses) {
							if (terima != null) {
								terima.terima(nomor, j);
							}
							if (n == l.length) {
								l = Arrays.copyOf(l, n * 2);
							}
							l[n++] = us;
						}
						else {
							gagal.incrementAndGet();
						}
					}
					catch (InterruptedException ex) {
						Thread.currentThread().interrupt();
						break;
					}
					catch (Exception ex) {
						gagal.incrementAndGet();
						if (berhentiSaatPutus) {
							break;
						}
					}
				}
				latensi[nomor] = Arrays.copyOf(l, n);
			}, "beban-" + t);
			utas.add(th);
			th.start();
		}
		for (Thread th : utas) {
			th.join();
		}
		double lama = (System.nanoTime() - mulai) / 1e9;
		return new Hasil(nama, klien, Arrays.stream(latensi).flatMapToLong(Arrays::stream).sorted().toArray(), gagal.get(), lama);
	}

	/**
	 * One client, {@code n} GETs one after another (after 50 that warm the JIT and the caches, not counted); any
	 * answer but 200 stops the run.
	 */
	public static Hasil berurutan(String nama, int n, Supplier<String> url) throws Exception {
		HttpClient http = HttpClient.newHttpClient();
		long[] us = new long[n];
		long mulai = System.nanoTime();
		for (int k = 0; k < n + 50; k++) {
			String u = url.get();
			long t0 = System.nanoTime();
			HttpResponse<byte[]> r = http.send(HttpRequest.newBuilder(URI.create(u)).build(), HttpResponse.BodyHandlers.ofByteArray());
			if (r.statusCode() != 200) {
				throw new IllegalStateException(u + " -> " + r.statusCode());
			}
			if (k >= 50) {
				us[k - 50] = (System.nanoTime() - t0) / 1000;
			}
		}
		Arrays.sort(us);
		return new Hasil(nama, 1, us, 0, (System.nanoTime() - mulai) / 1e9);
	}
}
