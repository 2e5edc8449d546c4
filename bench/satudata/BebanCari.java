import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.DoubleConsumer;
import java.util.function.Supplier;

/**
 * Load client of the package_search benchmark (JDK only, run with {@code java BebanCari.java}).
 *   java BebanCari.java BASE_URL N
 * N sequential package_search calls of a seeded mix (words + three facets; an organisation filter sorted by
 * metadata_modified; a deep page of everything), then N of status_show (same controller and envelope, no query) as
 * the reference; p50/p95/p99/max of the mix, of each kind in it and of the reference, and the ratio of the p95s. Only ever aimed at this machine's own server.
 */
public class BebanCari {

	private static final String[] KATA = { "penduduk", "kemiskinan", "pendidikan", "kesehatan", "jalan", "air", "sampah", "pasar", "harga",
			"umkm", "pariwisata", "anggaran", "pajak", "banjir", "internet", "sekolah", "puskesmas", "pertanian", "kelurahan", "layanan" };

	public static void main(String[] args) throws Exception {
		String base = args[0];
		if (!base.startsWith("http://localhost:") && !base.startsWith("http://127.0.0.1:")) {
			throw new IllegalArgumentException("only a local server");
		}
		int n = Integer.parseInt(args[1]);
		int organisasi = Integer.parseInt(args.length > 2 ? args[2] : "40");
		HttpClient http = HttpClient.newHttpClient();
		Random acak = new Random(2026);
		String aksi = base + "/api/3/action/";
		String faset = enc("[\"organization\",\"tags\",\"res_format\"]");
		// each call of the mix also timed under its kind, so a slow kind shows
		Map<String, List<Double>> jenis = new LinkedHashMap<>();
		String[] kini = new String[1];
		List<Double> cari = ukur(http, n, () -> switch (acak.nextInt(3)) {
			case 0 -> tanda(kini, "q + 3 facets, rows 10",
					aksi + "package_search?q=" + KATA[acak.nextInt(KATA.length)] + "&rows=10&facet.field=" + faset);
			case 1 -> tanda(kini, "fq organisation, rows 20", aksi + "package_search?fq=" + enc("organization:bench-opd-" + (1 + acak.nextInt(organisasi)))
					+ "&rows=20&sort=" + enc("metadata_modified desc"));
			default -> tanda(kini, "by name, rows 100, deep", aksi + "package_search?rows=100&start=" + acak.nextInt(4900) + "&sort=" + enc("name asc"));
		}, (ms) -> jenis.computeIfAbsent(kini[0], k -> new ArrayList<>()).add(ms));
		List<Double> acuan = ukur(http, n, () -> aksi + "status_show", ms -> {
		});
		cetak("package_search (mix)", cari);
		jenis.forEach((k, v) -> {
			Collections.sort(v);
			cetak("  " + k, v);
		});
		cetak("status_show", acuan);
		System.out.printf("p95 ratio package_search / status_show: %.1f%n", q(cari, 0.95) / q(acuan, 0.95));
	}

	private static String tanda(String[] kini, String jenis, String url) {
		kini[0] = jenis;
		return url;
	}

	private static void cetak(String nama, List<Double> ms) {
		System.out.printf("%-28s p50 %6.2f ms  p95 %6.2f ms  p99 %7.2f ms  max %7.2f ms  (n=%d)%n", nama, q(ms, 0.5), q(ms, 0.95), q(ms, 0.99),
				ms.get(ms.size() - 1), ms.size());
	}

	private static String enc(String s) {
		return URLEncoder.encode(s, StandardCharsets.UTF_8);
	}

	private static List<Double> ukur(HttpClient http, int n, Supplier<String> url, DoubleConsumer perPanggilan) throws Exception {
		List<Double> ms = new ArrayList<>();
		for (int k = 0; k < n + 50; k++) {
			String u = url.get();
			long t0 = System.nanoTime();
			HttpResponse<byte[]> r = http.send(HttpRequest.newBuilder(URI.create(u)).build(), HttpResponse.BodyHandlers.ofByteArray());
			if (r.statusCode() != 200) {
				throw new IllegalStateException(u + " -> " + r.statusCode());
			}
			if (k >= 50) { // the first ones warm the JIT and the caches
				double t = (System.nanoTime() - t0) / 1e6;
				ms.add(t);
				perPanggilan.accept(t);
			}
		}
		Collections.sort(ms);
		return ms;
	}

	private static double q(List<Double> ms, double p) {
		return ms.get(Math.min(ms.size() - 1, (int) Math.ceil(p * ms.size()) - 1));
	}
}
