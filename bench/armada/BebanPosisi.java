import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Load client for the OsmAnd tracker port: each simulated device keeps one HTTP/1.1 keep-alive
 * connection and sends its next position as soon as the previous one is answered (closed loop,
 * like wrk). Only loopback targets.
 *
 * java bench/armada/BebanPosisi.java PORT DEVICES SECONDS [PREFIX] [ACK_LOG] [HOURS_BACK]
 *
 * With ACK_LOG every position answered 200 is written there as "tracker timestampMillis", for
 * the durability check (kill -9 mid-load): a device stops at its first connection error. Each
 * device's timestamps start HOURS_BACK (default 6) hours ago and step 100 ms, so runs started
 * with different HOURS_BACK never send the same fix twice.
 */
public class BebanPosisi {

	public static void main(String[] args) throws Exception {
		int port = Integer.parseInt(args[0]);
		int perangkat = Integer.parseInt(args[1]);
		long detik = Long.parseLong(args[2]);
		String awalan = args.length > 3 ? args[3] : "bench-";
		Path logAck = args.length > 4 && !args[4].equals("-") ? Path.of(args[4]) : null;
		long jamMundur = args.length > 5 ? Long.parseLong(args[5]) : 6;
		long mulaiTs = System.currentTimeMillis() - jamMundur * 3600_000L;
		long selesai = System.nanoTime() + detik * 1_000_000_000L;
		AtomicLong ok = new AtomicLong();
		AtomicLong gagal = new AtomicLong();
		List<long[]> latensi = new ArrayList<>();
		int[] jumlahLatensi = new int[perangkat];
		PrintWriter ack = logAck == null ? null : new PrintWriter(Files.newBufferedWriter(logAck));
		var selesaiSemua = new CountDownLatch(perangkat);
		long t0 = System.nanoTime();
		for (int d = 0; d < perangkat; d++) {
			long[] lat = new long[300_000];
			latensi.add(lat);
			int nomor = d;
			String id = awalan + String.format("%03d", d + 1);
			Thread t = new Thread(() -> {
				int n = 0;
				try (Socket s = new Socket()) {
					s.setTcpNoDelay(true);
					s.connect(new InetSocketAddress("127.0.0.1", port));
					OutputStream out = new BufferedOutputStream(s.getOutputStream());
					InputStream in = new java.io.BufferedInputStream(s.getInputStream());
					byte[] buf = new byte[8192];
					long i = 0;
					while (System.nanoTime() < selesai) {
						long ts = mulaiTs + i * 100;
						double latD = -10.17 - (i % 20000) * 0.00001 - nomor * 0.0001;
						String q = "GET /?id=" + id + "&timestamp=" + ts + "&lat=" + latD + "&lon=123.60&speed=21.6&bearing=180&batt=80 HTTP/1.1\r\nHost: localhost\r\n\r\n";
						long a = System.nanoTime();
						out.write(q.getBytes(StandardCharsets.US_ASCII));
						out.flush();
						int status = bacaJawaban(in, buf);
						long b = System.nanoTime();
						if (n < lat.length) {
							lat[n++] = b - a;
						}
						if (status == 200) {
							ok.incrementAndGet();
							if (ack != null) {
								synchronized (ack) {
									ack.println(id + " " + ts);
								}
							}
						}
						else {
							gagal.incrementAndGet();
						}
						i++;
					}
				}
				catch (IOException ex) {
					gagal.incrementAndGet();
				}
				finally {
					jumlahLatensi[nomor] = n;
					selesaiSemua.countDown();
				}
			});
			t.start();
		}
		selesaiSemua.await();
		double dt = (System.nanoTime() - t0) / 1e9;
		if (ack != null) {
			ack.close();
		}
		int total = Arrays.stream(jumlahLatensi).sum();
		long[] semua = new long[total];
		int k = 0;
		for (int d = 0; d < perangkat; d++) {
			System.arraycopy(latensi.get(d), 0, semua, k, jumlahLatensi[d]);
			k += jumlahLatensi[d];
		}
		Arrays.sort(semua);
		System.out.printf("devices=%d seconds=%.1f ok=%d failed=%d rate=%.0f/s p50=%.2fms p99=%.2fms max=%.2fms%n", perangkat, dt,
				ok.get(), gagal.get(), ok.get() / dt, persen(semua, 0.50), persen(semua, 0.99), persen(semua, 1.0));
	}

	private static double persen(long[] urut, double p) {
		if (urut.length == 0) {
			return 0;
		}
		return urut[(int) Math.min(urut.length - 1, Math.ceil(p * urut.length) - 1)] / 1e6;
	}

	/** Reads one HTTP/1.1 response (status line, headers, Content-Length body); returns the status. */
	private static int bacaJawaban(InputStream in, byte[] buf) throws IOException {
		StringBuilder kepala = new StringBuilder();
		int c;
		while ((c = in.read()) != -1) {
			kepala.append((char) c);
			int n = kepala.length();
			if (n >= 4 && kepala.charAt(n - 1) == '\n' && kepala.charAt(n - 2) == '\r' && kepala.charAt(n - 3) == '\n' && kepala.charAt(n - 4) == '\r') {
				break;
			}
		}
		if (c == -1) {
			throw new IOException("connection closed");
		}
		String teks = kepala.toString();
		int status = Integer.parseInt(teks.substring(9, 12));
		long panjang = 0;
		for (String baris : teks.split("\r\n")) {
			if (baris.regionMatches(true, 0, "content-length:", 0, 15)) {
				panjang = Long.parseLong(baris.substring(15).trim());
			}
		}
		while (panjang > 0) {
			int r = in.read(buf, 0, (int) Math.min(buf.length, panjang));
			if (r < 0) {
				throw new IOException("connection closed");
			}
			panjang -= r;
		}
		return status;
	}
}
