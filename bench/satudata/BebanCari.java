import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Random;

/**
 * Load client of the package_search benchmark (JDK only; the loop and percentiles are bench/lib's {@code Beban}).
 *   java -cp "$bench_cp" bench/satudata/BebanCari.java BASE_URL N [ORGANISATIONS]
 * N sequential package_search calls of a seeded mix (words + three facets; an organisation filter sorted by
 * metadata_modified; a deep page of everything), then N of status_show (same controller and envelope, no query) as
 * the reference; p50/p95/p99/max of the mix, of each kind alone and of the reference, and the ratio of the p95s.
 * Only ever aimed at this machine's own server.
 */
public class BebanCari {

	private static final String[] KATA = { "penduduk", "kemiskinan", "pendidikan", "kesehatan", "jalan", "air", "sampah", "pasar", "harga",
			"umkm", "pariwisata", "anggaran", "pajak", "banjir", "internet", "sekolah", "puskesmas", "pertanian", "kelurahan", "layanan" };

	public static void main(String[] args) throws Exception {
		String base = Beban.lokal(args[0]);
		int n = Integer.parseInt(args[1]);
		int organisasi = Integer.parseInt(args.length > 2 ? args[2] : "40");
		Random acak = new Random(2026);
		String aksi = base + "/api/3/action/";
		String faset = enc("[\"organization\",\"tags\",\"res_format\"]");
		Beban.Hasil cari = Beban.berurutan("package_search (mix)", n, () -> switch (acak.nextInt(3)) {
			case 0 -> wordsAndFacets(aksi, faset, acak);
			case 1 -> byOrganisation(aksi, organisasi, acak);
			default -> deepByName(aksi, acak);
		});
		// each kind of the mix on its own as well, so a slow kind shows
		Beban.Hasil[] jenis = { Beban.berurutan("  q + 3 facets, rows 10", n / 3, () -> wordsAndFacets(aksi, faset, acak)),
				Beban.berurutan("  fq organisation, rows 20", n / 3, () -> byOrganisation(aksi, organisasi, acak)),
				Beban.berurutan("  by name, rows 100, deep", n / 3, () -> deepByName(aksi, acak)) };
		Beban.Hasil acuan = Beban.berurutan("status_show", n, () -> aksi + "status_show");
		cari.cetakBerurutan();
		for (Beban.Hasil h : jenis) {
			h.cetakBerurutan();
		}
		acuan.cetakBerurutan();
		System.out.printf("p95 ratio package_search / status_show: %.1f%n", cari.ms(0.95) / acuan.ms(0.95));
	}

	private static String wordsAndFacets(String aksi, String faset, Random acak) {
		return aksi + "package_search?q=" + KATA[acak.nextInt(KATA.length)] + "&rows=10&facet.field=" + faset;
	}

	private static String byOrganisation(String aksi, int organisasi, Random acak) {
		return aksi + "package_search?fq=" + enc("organization:bench-opd-" + (1 + acak.nextInt(organisasi))) + "&rows=20&sort="
				+ enc("metadata_modified desc");
	}

	private static String deepByName(String aksi, Random acak) {
		return aksi + "package_search?rows=100&start=" + acak.nextInt(4900) + "&sort=" + enc("name asc");
	}

	private static String enc(String s) {
		return URLEncoder.encode(s, StandardCharsets.UTF_8);
	}
}
