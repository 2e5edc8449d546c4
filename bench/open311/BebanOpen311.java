import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Load client for the Open311 benchmark (see run.sh; the HTTP loop and percentiles are bench/lib's {@code Beban}).
 * Phase 1: {@code klien} threads, each with its own keep-alive HTTP/1.1 connection, POST requests.json for
 * {@code detik} seconds; every 200 is a committed report. Phase 2: the same number of threads insert single rows
 * with autocommit into a scratch table on the same PostgreSQL for the same time: the raw durable-write rate.
 *
 * Usage: java -cp "$bench_cp:postgresql.jar" bench/open311/BebanOpen311.java BASE_URL API_KEY JDBC_URL KLIEN DETIK LAT LON
 */
public class BebanOpen311 {

	public static void main(String[] args) throws Exception {
		String dasar = Beban.lokal(args[0]);
		String kunci = args[1];
		String jdbc = args[2];
		int klien = Integer.parseInt(args[3]);
		int detik = Integer.parseInt(args[4]);
		String lat = args[5];
		String lon = args[6];

		System.out.printf("klien=%d detik=%d cpu=%d%n", klien, detik, Runtime.getRuntime().availableProcessors());
		Beban.Permintaan ajukan = (t, n) -> HttpRequest.newBuilder(URI.create(dasar + "/open311/v2/requests.json"))
			.header("Content-Type", "application/x-www-form-urlencoded; charset=utf-8")
			.POST(HttpRequest.BodyPublishers.ofString("api_key=" + enc(kunci) + "&service_code=jalan-rusak&lat=" + lat + "&long=" + lon
					+ "&description=" + enc("Uji beban Open311 " + t + "-" + n) + "&attribute%5Bukuran%5D=3"))
			.build();
		// warm-up: JIT, connection pools
		Beban.tertutup("pemanasan", klien, 5, 200, ajukan, null, false).cetak();
		Beban.Hasil h = Beban.tertutup("POST requests.json", klien, detik, 200, ajukan, null, false);
		h.cetak();
		double ips = insert(jdbc, klien, detik);
		System.out.printf("rasio Open311 / insert mentah = %.3f%n", h.laju() / ips);
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
