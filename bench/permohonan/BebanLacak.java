import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * Load client of the tracking-page benchmark (JDK only, run with {@code java BebanLacak.java}).
 *   java BebanLacak.java BASE_URL CODES_FILE N REFERENCE_PATH
 * N sequential GETs of /c/{code} for codes drawn (seeded) from the file, then N of the reference path;
 * p50/p95/max of each and the ratio of the p95s. Only ever aimed at this machine's own server.
 */
public class BebanLacak {

	public static void main(String[] args) throws Exception {
		String base = args[0];
		if (!base.startsWith("http://localhost:") && !base.startsWith("http://127.0.0.1:")) {
			throw new IllegalArgumentException("only a local server");
		}
		List<String> kode = Files.readAllLines(Path.of(args[1])).stream().filter(s -> !s.isBlank()).toList();
		int n = Integer.parseInt(args[2]);
		HttpClient http = HttpClient.newHttpClient();
		Random acak = new Random(2026);
		List<Double> lacak = ukur(http, n, () -> base + "/c/" + kode.get(acak.nextInt(kode.size())));
		List<Double> acuan = ukur(http, n, () -> base + args[3]);
		double p95Lacak = q(lacak, 0.95);
		double p95Acuan = q(acuan, 0.95);
		System.out.printf("%-28s p50 %6.2f ms  p95 %6.2f ms  max %7.2f ms  (n=%d)%n", "/c/{kode}", q(lacak, 0.5), p95Lacak,
				lacak.get(lacak.size() - 1), n);
		System.out.printf("%-28s p50 %6.2f ms  p95 %6.2f ms  max %7.2f ms  (n=%d)%n", args[3], q(acuan, 0.5), p95Acuan,
				acuan.get(acuan.size() - 1), n);
		System.out.printf("p95 ratio tracking / reference: %.1f%n", p95Lacak / p95Acuan);
	}

	private static List<Double> ukur(HttpClient http, int n, java.util.function.Supplier<String> url) throws Exception {
		List<Double> ms = new ArrayList<>();
		for (int k = 0; k < n + 50; k++) {
			String u = url.get();
			long t0 = System.nanoTime();
			HttpResponse<byte[]> r = http.send(HttpRequest.newBuilder(URI.create(u)).build(), HttpResponse.BodyHandlers.ofByteArray());
			if (r.statusCode() != 200) {
				throw new IllegalStateException(u + " -> " + r.statusCode());
			}
			if (k >= 50) { // the first ones warm the JIT and the caches
				ms.add((System.nanoTime() - t0) / 1e6);
			}
		}
		Collections.sort(ms);
		return ms;
	}

	private static double q(List<Double> ms, double p) {
		return ms.get(Math.min(ms.size() - 1, (int) Math.ceil(p * ms.size()) - 1));
	}
}
