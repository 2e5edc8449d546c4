import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;

/**
 * Load client of the tracking-page benchmark (JDK only; the loop and percentiles are bench/lib's {@code Beban}).
 *   java -cp "$bench_cp" bench/permohonan/BebanLacak.java BASE_URL CODES_FILE N REFERENCE_PATH
 * N sequential GETs of /c/{code} for codes drawn (seeded) from the file, then N of the reference path;
 * p50/p95/max of each and the ratio of the p95s. Only ever aimed at this machine's own server.
 */
public class BebanLacak {

	public static void main(String[] args) throws Exception {
		String base = Beban.lokal(args[0]);
		List<String> kode = Files.readAllLines(Path.of(args[1])).stream().filter(s -> !s.isBlank()).toList();
		int n = Integer.parseInt(args[2]);
		Random acak = new Random(2026);
		Beban.Hasil lacak = Beban.berurutan("/c/{kode}", n, () -> base + "/c/" + kode.get(acak.nextInt(kode.size())));
		Beban.Hasil acuan = Beban.berurutan(args[3], n, () -> base + args[3]);
		lacak.cetakBerurutan();
		acuan.cetakBerurutan();
		System.out.printf("p95 ratio tracking / reference: %.1f%n", lacak.ms(0.95) / acuan.ms(0.95));
	}
}
