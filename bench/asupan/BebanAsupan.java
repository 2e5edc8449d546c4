import java.io.FileWriter;
import java.io.PrintWriter;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Load client for the intake benchmark and the kill -9 test (see jalankan.sh, ketahanan.sh): KLIEN threads,
 * each with its own keep-alive HTTP/1.1 connection, POST Open311 requests.json in a closed loop for DETIK
 * seconds (a warm-up of PEMANASAN seconds first, not counted). Every 200 is a committed report; with a
 * file argument each acknowledged service_request_id is written to it (flushed at once, so it survives
 * the server being killed).
 *
 * Usage: java bench/asupan/BebanAsupan.java BASE_URL API_KEY KLIEN PEMANASAN DETIK [ACK_FILE]
 */
public class BebanAsupan {

	private static final Pattern NOMOR = Pattern.compile("\"service_request_id\":\"([^\"]+)\"");

	public static void main(String[] args) throws Exception {
		String dasar = args[0];
		String kunci = args[1];
		int klien = Integer.parseInt(args[2]);
		int pemanasan = Integer.parseInt(args[3]);
		int detik = Integer.parseInt(args[4]);
		PrintWriter ack = args.length > 5 ? new PrintWriter(new FileWriter(args[5]), true) : null;
		if (pemanasan > 0) {
			jalankan(dasar, kunci, klien, pemanasan, null, "warm-up");
		}
		jalankan(dasar, kunci, klien, detik, ack, "POST requests.json");
		if (ack != null) {
			ack.close();
		}
	}

	static void jalankan(String dasar, String kunci, int klien, int detik, PrintWriter ack, String nama) throws Exception {
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
				while (System.nanoTime() < akhir) {
					String tubuh = "api_key=" + enc(kunci) + "&service_code=jalan-rusak&lat=-10.1710&long=123.6245"
							+ "&description=" + enc("Jalan berlubang di depan rumah nomor " + nomor + "-" + n) + "&attribute%5Bukuran%5D=3";
					HttpRequest r = HttpRequest.newBuilder(URI.create(dasar + "/open311/v2/requests.json"))
						.header("Content-Type", "application/x-www-form-urlencoded; charset=utf-8")
						.POST(HttpRequest.BodyPublishers.ofString(tubuh)).build();
					long t0 = System.nanoTime();
					try {
						HttpResponse<String> j = http.send(r, HttpResponse.BodyHandlers.ofString());
						long us = (System.nanoTime() - t0) / 1000;
						if (j.statusCode() == 200) {
							if (ack != null) {
								Matcher m = NOMOR.matcher(j.body());
								if (m.find()) {
									synchronized (ack) {
										ack.println(m.group(1));
									}
								}
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
					catch (Exception ex) {
						gagal.incrementAndGet();
						if (ack != null) {
							break; // the server is gone (kill -9 test)
						}
					}
				}
				latensi[nomor] = Arrays.copyOf(l, n);
			});
			utas.add(th);
			th.start();
		}
		for (Thread th : utas) {
			th.join();
		}
		double lama = (System.nanoTime() - mulai) / 1e9;
		long[] semua = Arrays.stream(latensi).flatMapToLong(Arrays::stream).sorted().toArray();
		System.out.printf("%s: clients=%d ok=%d failed=%d rate=%.1f/s p50=%.1fms p99=%.1fms max=%.1fms%n", nama, klien,
				semua.length, gagal.get(), semua.length / lama, persentil(semua, 0.50), persentil(semua, 0.99),
				semua.length == 0 ? 0 : semua[semua.length - 1] / 1000.0);
	}

	static double persentil(long[] urut, double p) {
		return urut.length == 0 ? 0 : urut[Math.min(urut.length - 1, (int) Math.ceil(p * urut.length) - 1)] / 1000.0;
	}

	static String enc(String s) {
		return URLEncoder.encode(s, StandardCharsets.UTF_8);
	}
}
