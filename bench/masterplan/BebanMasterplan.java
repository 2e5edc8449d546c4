import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Arrays;

/**
 * Sequential GETs of each path (one client), after 50 warm-up requests each; prints p50/p95/max in ms and the body size.
 * Usage: java BebanMasterplan.java <base> <n> <path>...
 */
public class BebanMasterplan {

	public static void main(String[] args) throws Exception {
		String basis = args[0];
		int n = Integer.parseInt(args[1]);
		HttpClient klien = HttpClient.newHttpClient();
		System.out.println("| request | p50 | p95 | max | bytes |");
		System.out.println("|---|---|---|---|---|");
		for (int a = 2; a < args.length; a++) {
			HttpRequest r = HttpRequest.newBuilder(URI.create(basis + args[a])).header("Accept-Language", "id-ID").build();
			for (int i = 0; i < 50; i++) {
				klien.send(r, HttpResponse.BodyHandlers.discarding());
			}
			double[] ms = new double[n];
			long ukuran = 0;
			for (int i = 0; i < n; i++) {
				long t = System.nanoTime();
				HttpResponse<byte[]> j = klien.send(r, HttpResponse.BodyHandlers.ofByteArray());
				ms[i] = (System.nanoTime() - t) / 1e6;
				if (j.statusCode() != 200) {
					throw new IllegalStateException(args[a] + " answered " + j.statusCode());
				}
				ukuran = j.body().length;
			}
			Arrays.sort(ms);
			System.out.printf("| `GET %s` | %.1f ms | %.1f ms | %.1f ms | %,d |%n", args[a], ms[n / 2], ms[(int) Math.ceil(n * 0.95) - 1], ms[n - 1],
					ukuran);
		}
	}
}
