import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Load client of the complaint benchmark (JDK only, run with {@code java Beban.java}).
 *   java Beban.java latensi BASE_URL N PATH...   sequential GETs, p50/p95/max per path; "{n}" in a path becomes
 *                                                 the request's number (000, 001, ...), to defeat result caches
 *   java Beban.java intake BASE_URL THREADS SECONDS KELURAHAN_KODE   web-form filings per second
 * Only ever aimed at this machine's own server.
 */
public class Beban {

	public static void main(String[] args) throws Exception {
		String base = args[1];
		if (!base.startsWith("http://localhost:") && !base.startsWith("http://127.0.0.1:")) {
			throw new IllegalArgumentException("only a local server");
		}
		if (args[0].equals("latensi")) {
			int n = Integer.parseInt(args[2]);
			HttpClient http = HttpClient.newHttpClient();
			for (int i = 3; i < args.length; i++) {
				List<Double> ms = new ArrayList<>();
				for (int k = 0; k < n + 5; k++) {
					long t0 = System.nanoTime();
					String jalur = args[i].replace("{n}", String.format("%03d", k));
					HttpResponse<byte[]> r = http.send(HttpRequest.newBuilder(URI.create(base + jalur)).build(),
							HttpResponse.BodyHandlers.ofByteArray());
					if (r.statusCode() != 200) {
						throw new IllegalStateException(args[i] + " -> " + r.statusCode());
					}
					if (k >= 5) { // the first few warm the caches
						ms.add((System.nanoTime() - t0) / 1e6);
					}
				}
				Collections.sort(ms);
				System.out.printf("%-90s p50 %7.1f ms  p95 %7.1f ms  max %7.1f ms  (n=%d)%n", args[i], q(ms, 0.5), q(ms, 0.95),
						ms.get(ms.size() - 1), n);
			}
		}
		else {
			int threads = Integer.parseInt(args[2]);
			long akhir = System.nanoTime() + Duration.ofSeconds(Long.parseLong(args[3])).toNanos();
			String kelurahan = args[4];
			AtomicLong ok = new AtomicLong();
			AtomicLong gagal = new AtomicLong();
			ExecutorService pool = Executors.newFixedThreadPool(threads);
			List<Future<?>> f = new ArrayList<>();
			long t0 = System.nanoTime();
			for (int t = 0; t < threads; t++) {
				f.add(pool.submit(() -> {
					HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
					String form = http.send(HttpRequest.newBuilder(URI.create(base + "/pengaduan/baru")).build(),
							HttpResponse.BodyHandlers.ofString()).body();
					Matcher m = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(form);
					if (!m.find()) {
						throw new IllegalStateException("no CSRF token in the form");
					}
					String isi = "_csrf=" + m.group(1) + "&kategori=sampah&kelurahan=" + kelurahan + "&alamat="
							+ URLEncoder.encode("Jl. Beban", StandardCharsets.UTF_8) + "&deskripsi="
							+ URLEncoder.encode("Sampah menumpuk (uji beban)", StandardCharsets.UTF_8);
					while (System.nanoTime() < akhir) {
						HttpResponse<Void> r = http.send(HttpRequest.newBuilder(URI.create(base + "/pengaduan"))
							.header("Content-Type", "application/x-www-form-urlencoded")
							.POST(HttpRequest.BodyPublishers.ofString(isi)).build(), HttpResponse.BodyHandlers.discarding());
						(r.statusCode() == 302 ? ok : gagal).incrementAndGet();
					}
					return null;
				}));
			}
			for (Future<?> x : f) {
				x.get();
			}
			pool.shutdown();
			double detik = (System.nanoTime() - t0) / 1e9;
			System.out.printf("intake: %d reports in %.1f s with %d clients = %.1f reports/s (%d refused)%n", ok.get(), detik, threads,
					ok.get() / detik, gagal.get());
		}
	}

	private static double q(List<Double> urut, double p) {
		return urut.get(Math.min(urut.size() - 1, (int) Math.ceil(p * urut.size()) - 1));
	}
}
