import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Load client for the Open311 benchmark (see run.sh). Phase 1: {@code klien} threads, each with
 * its own keep-alive HTTP/1.1 connection, POST requests.json for {@code detik} seconds; every 200
 * is a committed report. Phase 2: the same number of threads insert single rows with autocommit
 * into a scratch table on the same PostgreSQL for the same time: the raw durable-write rate.
 *
 * Usage: java -cp postgresql.jar BebanOpen311.java BASE_URL API_KEY JDBC_URL KLIEN DETIK LAT LON
 */
public class BebanOpen311 {

	public static void main(String[] args) throws Exception {
		String dasar = args[0];
		String kunci = args[1];
		String jdbc = args[2];
		int klien = Integer.parseInt(args[3]);
		int detik = Integer.parseInt(args[4]);
		String lat = args[5];
		String lon = args[6];

		System.out.printf("klien=%d detik=%d cpu=%d%n", klien, detik, Runtime.getRuntime().availableProcessors());
		// warm-up: JIT, connection pools
		hasil("pemanasan", http(dasar, kunci, klien, 5, lat, lon));
		long[][] h = http(dasar, kunci, klien, detik, lat, lon);
		double rps = hasil("POST requests.json", h);
		double ips = insert(jdbc, klien, detik);
		System.out.printf("rasio Open311 / insert mentah = %.3f%n", rps / ips);
	}

	/** @return per thread: latencies in microseconds of the 200 answers; the last slot counts non-200 answers */
	static long[][] http(String dasar, String kunci, int klien, int detik, String lat, String lon) throws Exception {
		long akhir = System.nanoTime() + Duration.ofSeconds(detik).toNanos();
		long[][] latensi = new long[klien][];
		List<Thread> utas = new ArrayList<>();
		for (int t = 0; t < klien; t++) {
			int nomor = t;
			Thread th = new Thread(() -> {
				HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
				long[] l = new long[1 << 16];
				int n = 0;
				long gagal = 0;
				while (System.nanoTime() < akhir) {
					String tubuh = "api_key=" + enc(kunci) + "&service_code=jalan-rusak&lat=" + lat + "&long=" + lon
							+ "&description=" + enc("Uji beban Open311 " + nomor + "-" + n) + "&attribute%5Bukuran%5D=3";
					HttpRequest r = HttpRequest.newBuilder(URI.create(dasar + "/open311/v2/requests.json"))
						.header("Content-Type", "application/x-www-form-urlencoded; charset=utf-8")
						.POST(HttpRequest.BodyPublishers.ofString(tubuh)).build();
					long t0 = System.nanoTime();
					try {
						HttpResponse<String> j = http.send(r, HttpResponse.BodyHandlers.ofString());
						long us = (System.nanoTime() - t0) / 1000;
						if (j.statusCode() == 200) {
							if (n == l.length) {
								l = Arrays.copyOf(l, n * 2);
							}
							l[n++] = us;
						}
						else {
							gagal++;
						}
					}
					catch (Exception ex) {
						gagal++;
					}
				}
				long[] hasil = Arrays.copyOf(l, n + 1);
				hasil[n] = gagal;
				latensi[nomor] = hasil;
			});
			utas.add(th);
			th.start();
		}
		for (Thread th : utas) {
			th.join();
		}
		return new long[][] { gabung(latensi, detik) };
	}

	private static long[] gabung(long[][] perUtas, int detik) {
		int total = 0;
		long gagal = 0;
		for (long[] l : perUtas) {
			total += l.length - 1;
			gagal += l[l.length - 1];
		}
		long[] semua = new long[total + 2];
		int i = 0;
		for (long[] l : perUtas) {
			System.arraycopy(l, 0, semua, i, l.length - 1);
			i += l.length - 1;
		}
		semua[total] = gagal;
		semua[total + 1] = detik;
		return semua;
	}

	static double hasil(String nama, long[][] h) {
		long[] semua = h[0];
		int n = semua.length - 2;
		long gagal = semua[n];
		long detik = semua[n + 1];
		long[] l = Arrays.copyOf(semua, n);
		Arrays.sort(l);
		double rps = n / (double) detik;
		System.out.printf("%s: %d ok, %d gagal, %.1f/s, p50 %.1f ms, p99 %.1f ms, maks %.1f ms%n", nama, n, gagal, rps,
				persentil(l, 0.50), persentil(l, 0.99), n == 0 ? 0 : l[n - 1] / 1000.0);
		return rps;
	}

	static double persentil(long[] urut, double p) {
		return urut.length == 0 ? 0 : urut[Math.min(urut.length - 1, (int) Math.ceil(p * urut.length) - 1)] / 1000.0;
	}

	/** Single-row INSERTs, each its own committed transaction, from {@code klien} connections. */
	static double insert(String url, int klien, int detik) throws Exception {
		try (Connection c = DriverManager.getConnection(url, "postgres", "")) {
			c.createStatement().execute("create table if not exists bench_insert (id bigserial primary key, teks text not null, "
					+ "waktu timestamptz not null default now())");
		}
		long akhir = System.nanoTime() + Duration.ofSeconds(detik).toNanos();
		AtomicLong jumlah = new AtomicLong();
		List<Thread> utas = new ArrayList<>();
		for (int t = 0; t < klien; t++) {
			Thread th = new Thread(() -> {
				try (Connection c = DriverManager.getConnection(url, "postgres", "");
						PreparedStatement s = c.prepareStatement("insert into bench_insert (teks) values (?)")) {
					c.setAutoCommit(true);
					while (System.nanoTime() < akhir) {
						s.setString(1, "Uji beban insert mentah");
						s.executeUpdate();
						jumlah.incrementAndGet();
					}
				}
				catch (Exception ex) {
					throw new IllegalStateException(ex);
				}
			});
			utas.add(th);
			th.start();
		}
		for (Thread th : utas) {
			th.join();
		}
		try (Connection c = DriverManager.getConnection(url, "postgres", "")) {
			c.createStatement().execute("drop table bench_insert");
		}
		double ips = jumlah.get() / (double) detik;
		System.out.printf("insert mentah (autocommit, %d koneksi): %d baris, %.1f/s%n", klien, jumlah.get(), ips);
		return ips;
	}

	static String enc(String s) {
		return URLEncoder.encode(s, StandardCharsets.UTF_8);
	}
}
