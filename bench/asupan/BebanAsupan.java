import java.io.FileWriter;
import java.io.PrintWriter;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Load client for the intake benchmark and the kill -9 test (see jalankan.sh, ketahanan.sh; the loop and
 * percentiles are bench/lib's {@code Beban}): KLIEN threads, each with its own keep-alive HTTP/1.1 connection,
 * POST Open311 requests.json in a closed loop for DETIK seconds (a warm-up of PEMANASAN seconds first, not
 * counted). Every 200 is a committed report; with a file argument each acknowledged service_request_id is written
 * to it (flushed at once, so it survives the server being killed).
 *
 * Usage: java -cp "$bench_cp" bench/asupan/BebanAsupan.java BASE_URL API_KEY KLIEN PEMANASAN DETIK [ACK_FILE]
 */
public class BebanAsupan {

	private static final Pattern NOMOR = Pattern.compile("\"service_request_id\":\"([^\"]+)\"");

	public static void main(String[] args) throws Exception {
		String dasar = Beban.lokal(args[0]);
		String kunci = args[1];
		int klien = Integer.parseInt(args[2]);
		int pemanasan = Integer.parseInt(args[3]);
		int detik = Integer.parseInt(args[4]);
		PrintWriter ack = args.length > 5 ? new PrintWriter(new FileWriter(args[5]), true) : null;
		Beban.Permintaan ajukan = (t, n) -> HttpRequest.newBuilder(URI.create(dasar + "/open311/v2/requests.json"))
			.header("Content-Type", "application/x-www-form-urlencoded; charset=utf-8")
			.POST(HttpRequest.BodyPublishers.ofString("api_key=" + enc(kunci) + "&service_code=jalan-rusak&lat=-10.1710&long=123.6245"
					+ "&description=" + enc("Jalan berlubang di depan rumah nomor " + t + "-" + n) + "&attribute%5Bukuran%5D=3"))
			.build();
		if (pemanasan > 0) {
			Beban.tertutup("warm-up", klien, pemanasan, 200, ajukan, null, false).cetak();
		}
		if (detik > 0) {
			Beban.tertutup("POST requests.json", klien, detik, 200, ajukan, ack == null ? null : (t, j) -> {
				Matcher m = NOMOR.matcher(j.body());
				if (m.find()) {
					synchronized (ack) {
						ack.println(m.group(1));
					}
				}
			}, ack != null).cetak();
		}
		if (ack != null) {
			ack.close();
		}
	}

	static String enc(String s) {
		return URLEncoder.encode(s, StandardCharsets.UTF_8);
	}
}
