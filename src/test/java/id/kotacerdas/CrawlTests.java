package id.kotacerdas;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import javax.imageio.ImageIO;

import org.assertj.core.api.SoftAssertions;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

import id.kotacerdas.pengaduan.LaporanBaru;
import id.kotacerdas.pengaduan.LayananPengaduan;
import id.kotacerdas.pengaduan.TandaTerima;
import id.kotacerdas.wilayah.Kecamatan;
import id.kotacerdas.wilayah.Kelurahan;
import id.kotacerdas.wilayah.Wilayah;

/**
 * Every page a user can reach by following links, for every demo role and in both languages: no
 * server error, no missing message key (Thymeleaf renders one as {@code ??key_locale??}), and
 * no word a citizen or officer would not know (enum constants, region codes, raw JSON, …). Pages
 * added later are covered as soon as something links to them. Each visit is listed in
 * {@code target/crawl/}; the slowest pages are printed as a figure to watch, not asserted.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("demo")
class CrawlTests {

	/** Password of the demo accounts (README, {@code akun.internal.DataDemo}). */
	private static final String SANDI_DEMO = "demo-kupang-2026";

	/**
	 * Far above what the demo reaches (Kominfo, who sees every module, reached about 1,500 in session 8); a crawl that
	 * hits it has found a link loop.
	 */
	private static final int MAKS_HALAMAN = 3000;

	/**
	 * Concrete addresses visited per address pattern (e.g. per detail route): enough to meet the
	 * demo's kinds of reports (each status, named, anonymous, confidential) and vehicles.
	 */
	private static final int CONTOH_PER_POLA = 6;

	private static final Pattern KUNCI_HILANG = Pattern.compile("\\?\\?[^?\\s<>\"']+_[a-z]{2}[\\w-]*\\?\\?");

	/** Actions are not pages to visit. */
	private static final Set<String> LEWATI = Set.of("/logout");

	/** Acronyms that people read as words although an enum of the code has them as constants. */
	private static final Set<String> SINGKATAN = Set.of("JSON", "XML", "SPBU", "OPD", "NIP", "STNK", "CSV", "XLSX", "PDF", "QRIS", "SMS",
			// certificates UMKM hold are called by these names (umkm)
			"PIRT", "BPOM", "SNI",
			// lamp type, road roughness and distress indices, the street-light control protocol (pju, jalan)
			"LED", "IRI", "SDI", "TALQ");

	/** Single-word constants of the application's enums (BARU, AKTIF, BAIK, …): on screen they must be words. */
	private static final Set<String> KONSTANTA = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("id.kotacerdas")
		.stream()
		.filter(JavaClass::isEnum)
		.flatMap(c -> Stream.of(c.reflect().getEnumConstants()).map(e -> ((Enum<?>) e).name()))
		.filter(n -> n.matches("[A-Z]{3,}") && !SINGKATAN.contains(n))
		.collect(Collectors.toCollection(TreeSet::new));

	/**
	 * Words a TRC officer does not know, on any page in any language (the city's region codes are
	 * added from its data, see {@link #kodeWilayah()}).
	 */
	private static final Map<String, Pattern> KATA_ASING = Map.of(
			"the word 'dispatcher'", Pattern.compile("(?i)\\bdispatcher\\b"),
			"enum constants", Pattern.compile("\\b[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+\\b|\\b(?:" + String.join("|", KONSTANTA) + ")\\b"),
			"raw JSON", Pattern.compile("\\{\\s*\"[\\w.-]+\"\\s*:"),
			"ISO dates", Pattern.compile("\\b\\d{4}-\\d{2}-\\d{2}\\b"));

	/** Indonesian pages write decimals with a comma ("34,5 km"). */
	private static final Map<String, Pattern> KATA_ASING_ID = Map.of("decimal points",
			Pattern.compile("\\b\\d+\\.\\d+\\s?(?:km|L|liter|%)(?![\\w.])"));

	/** English pages name months in English (April, September and November are the same in both). */
	private static final Map<String, Pattern> KATA_ASING_EN = Map.of("Indonesian month names",
			Pattern.compile("\\b\\d{1,2} (?:Januari|Februari|Maret|Mei|Juni|Juli|Agustus|Oktober|Desember) \\d{4}\\b"));

	private static final Map<String, List<Kunjungan>> HASIL = new ConcurrentHashMap<>();

	@LocalServerPort
	int port;

	@Autowired
	LayananPengaduan pengaduan;

	@Autowired
	Wilayah wilayah;

	record Kunjungan(String url, int status, long ms, String dari) {
	}

	static Stream<Arguments> pengunjung() {
		List<String> peran = List.of("anonim", "warga", "trc.dlhk", "trc.pupr", "dlhk", "kominfo", "walikota", "bkppd", "pegawai.dlhk", "petugas.pasar",
				"kelurahan.naikoten2", "camat.kotaraja", "dpmptsp", "bapenda", "koperasi",
				"pariwisata", "trc.dishub");
		return peran.stream().flatMap(p -> Stream.of(Arguments.of(p, "id"), Arguments.of(p, "en")));
	}

	@ParameterizedTest(name = "{0} ({1})")
	@MethodSource("pengunjung")
	void everyReachablePageAnswersWithoutServerErrorMissingKeyOrCode(String peran, String bahasa) {
		Perayap perayap = new Perayap(new Pengunjung("http://localhost:" + port), bahasa, kodeWilayah());
		// entry points nothing links to (operations, API docs) besides the pages people start from
		List<String> awal = new ArrayList<>(List.of("/", "/pengaduan", "/pengaduan/baru", "/masuk", "/actuator/health", "/swagger-ui.html"));
		switch (peran) {
			case "anonim" -> {
			}
			case "warga" -> {
				TandaTerima tanda = laporanBernama();
				awal.add("/pengaduan/tindak-lanjut/" + tanda.tokenTindakLanjut());
				awal.add("/pengaduan/" + tanda.nomor());
			}
			default -> {
				perayap.pengunjung.masuk(peran, SANDI_DEMO);
				awal.add("/staf");
			}
		}
		List<Kunjungan> kunjungan = perayap.jelajahi(awal);
		HASIL.put(peran + " (" + bahasa + ")", kunjungan);
		catat(peran + "-" + bahasa, kunjungan);

		SoftAssertions.assertSoftly(soft -> {
			soft.assertThat(kunjungan).as("pages visited").hasSizeLessThan(MAKS_HALAMAN);
			soft.assertThat(perayap.galat).as("server errors and missing message keys as %s (%s)", peran, bahasa).isEmpty();
			soft.assertThat(perayap.kata).as("words staff and citizens do not know, as %s (%s)", peran, bahasa).isEmpty();
		});
	}

	/** The Kemendagri codes of the city's kecamatan and kelurahan: people read names, not these. */
	private Pattern kodeWilayah() {
		Stream<String> kode = Stream.concat(wilayah.kecamatan().stream().map(Kecamatan::kode),
				wilayah.kelurahan().stream().map(Kelurahan::kode));
		return Pattern.compile("(?<![\\d.])(?:" + kode.map(Pattern::quote).collect(Collectors.joining("|")) + ")(?![\\d.])");
	}

	/** A report whose reporter left a name, phone and e-mail, with a photo: the citizen's own link. */
	private TandaTerima laporanBernama() {
		return pengaduan.ajukan(new LaporanBaru("sampah", "Tumpukan sampah di depan pasar belum diangkut sejak Senin.", -10.1718,
				123.6075, null, "Jl. Soekarno, depan pasar", "Maria Bere", "081234567890", "maria.bere@contoh.invalid", false, false,
				Map.of(), List.of(foto()), "web"));
	}

	private static byte[] foto() {
		BufferedImage gambar = new BufferedImage(64, 48, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = gambar.createGraphics();
		g.setColor(new Color(0x2e7d32));
		g.fillRect(0, 0, 64, 48);
		g.dispose();
		ByteArrayOutputStream keluar = new ByteArrayOutputStream();
		try {
			ImageIO.write(gambar, "jpeg", keluar);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return keluar.toByteArray();
	}

	/** Every visit in target/crawl/, to see what a crawl covered. */
	private static void catat(String nama, List<Kunjungan> kunjungan) {
		try {
			Path berkas = Path.of("target", "crawl", nama + ".txt");
			Files.createDirectories(berkas.getParent());
			Files.write(berkas, kunjungan.stream()
				.map(k -> String.format(Locale.ROOT, "%d %5d ms %s  <- %s", k.status(), k.ms(), k.url(), k.dari()))
				.toList());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@AfterAll
	static void ringkasan() {
		StringBuilder sb = new StringBuilder("\nCrawl: pages per role and language\n");
		new TreeMap<>(HASIL).forEach((peran, daftar) -> {
			Map<Integer, Long> perStatus = daftar.stream()
				.collect(Collectors.groupingBy(Kunjungan::status, TreeMap::new, Collectors.counting()));
			sb.append(String.format(Locale.ROOT, "  %-16s %4d pages  %s%n", peran, daftar.size(), perStatus));
		});
		sb.append("Slowest 10 pages:\n");
		HASIL.entrySet().stream()
			.flatMap(e -> e.getValue().stream().map(k -> Map.entry(e.getKey(), k)))
			.sorted(Comparator.comparingLong((Map.Entry<String, Kunjungan> e) -> e.getValue().ms()).reversed())
			.limit(10)
			.forEach(e -> sb.append(String.format(Locale.ROOT, "  %5d ms  %-16s %s%n", e.getValue().ms(), e.getKey(),
					e.getValue().url())));
		sb.append("Client errors (4xx) reached by following links:\n");
		HASIL.forEach((peran, daftar) -> daftar.stream()
			.filter(k -> k.status() >= 400 && k.status() < 500)
			.forEach(k -> sb.append(String.format(Locale.ROOT, "  %d  %-16s %s  (from %s)%n", k.status(), peran, k.url(), k.dari()))));
		System.out.println(sb);
	}

	/** One visitor's breadth-first walk over same-origin links, in one language. */
	static final class Perayap {

		final Pengunjung pengunjung;

		private final String asal;

		private final String bahasa;

		private final Map<String, Pattern> kataAsing;

		final List<String> galat = new ArrayList<>();

		final List<String> kata = new ArrayList<>();

		private final Set<String> pilihanTerlihat = new HashSet<>();

		Perayap(Pengunjung pengunjung, String bahasa, Pattern kodeWilayah) {
			this.pengunjung = pengunjung;
			this.asal = pengunjung.asal();
			this.bahasa = bahasa;
			this.kataAsing = new LinkedHashMap<>(KATA_ASING);
			kataAsing.put("region codes", kodeWilayah);
			kataAsing.putAll("en".equals(bahasa) ? KATA_ASING_EN : KATA_ASING_ID);
		}

		List<Kunjungan> jelajahi(List<String> awal) {
			List<Kunjungan> hasil = new ArrayList<>();
			Deque<String[]> antrean = new ArrayDeque<>();
			Set<String> terlihat = new HashSet<>();
			Map<String, Integer> perPola = new HashMap<>();
			for (String a : awal) {
				tambah(asal + a, "(start)", antrean, terlihat, perPola);
			}
			while (!antrean.isEmpty() && hasil.size() < MAKS_HALAMAN) {
				String[] berikut = antrean.poll();
				String url = berikut[0];
				// the language is this crawl's choice, on every request, so the page's switch is not followed
				Pengunjung.Respons r = pengunjung.ambil("en".equals(bahasa) ? url + (url.contains("?") ? "&" : "?") + "lang=en" : url);
				hasil.add(new Kunjungan(url, r.status(), r.ms(), berikut[1]));
				if (r.status() >= 500) {
					galat.add(r.status() + " " + url + " (from " + berikut[1] + ")");
				}
				if (r.teks() != null) {
					Set<String> kunci = temukan(KUNCI_HILANG, r.teks(), Integer.MAX_VALUE);
					if (!kunci.isEmpty()) {
						galat.add("missing message keys " + kunci + " on " + url + " (from " + berikut[1] + ")");
					}
				}
				if (r.status() >= 300 && r.status() < 400 && r.lokasi() != null) {
					tambah(URI.create(url).resolve(r.lokasi()).toString(), url, antrean, terlihat, perPola);
				}
				if (r.html()) {
					Document doc = Jsoup.parse(r.teks(), url);
					periksaKata(doc, url);
					for (String tautan : tautan(doc)) {
						tambah(tautan, url, antrean, terlihat, perPola);
					}
				}
			}
			return hasil;
		}

		/** What a person reads on the page (scripts and styles aside), in words they know. */
		private void periksaKata(Document doc, String url) {
			Document salinan = doc.clone();
			salinan.select("script, style, template").remove();
			String teks = salinan.title() + " " + salinan.body().text();
			// a passage quoted in Indonesian (a citizen's WhatsApp chat, marked lang="id") is not the page's language
			Document tanpaKutipan = salinan.clone();
			tanpaKutipan.body().select("[lang=id]").remove();
			String teksHalaman = tanpaKutipan.title() + " " + tanpaKutipan.body().text();
			kataAsing.forEach((apa, pola) -> {
				Set<String> temuan = temukan(pola, KATA_ASING_EN.containsKey(apa) ? teksHalaman : teks, 5);
				if (!temuan.isEmpty()) {
					kata.add(apa + " " + temuan + " on " + url);
				}
			});
		}

		private static Set<String> temukan(Pattern pola, String teks, int paling) {
			Matcher m = pola.matcher(teks);
			Set<String> temuan = new TreeSet<>();
			while (m.find() && temuan.size() < paling) {
				temuan.add(m.group());
			}
			return temuan;
		}

		/** Where a person (or the page's own scripts, via htmx) can go from this page with a GET. */
		private List<String> tautan(Document doc) {
			List<String> hasil = new ArrayList<>();
			doc.select("a[href]").forEach(a -> hasil.add(a.absUrl("href")));
			doc.select("link[href]").forEach(l -> hasil.add(l.absUrl("href")));
			doc.select("script[src], img[src]").forEach(s -> hasil.add(s.absUrl("src")));
			doc.select("[hx-get]").forEach(h -> hasil.add(h.absUrl("hx-get")));
			for (Element form : doc.select("form")) {
				String metode = form.attr("method");
				if (!metode.isEmpty() && !metode.equalsIgnoreCase("get")) {
					continue;
				}
				String aksi = form.attr("action").isEmpty() ? doc.location().replaceFirst("[?#].*$", "") : form.absUrl("action");
				Map<String, String> awal = Pengunjung.isianForm(form);
				hasil.add(kirimGet(aksi, awal));
				// every choice of every list once (not every combination): a filter value can break a
				// page the default does not; the English crawl meets the same data through the defaults
				for (Element pilih : "en".equals(bahasa) ? List.<Element>of() : form.select("select[name]:not([disabled])")) {
					for (Element opsi : pilih.select("option")) {
						String nilai = Pengunjung.nilaiPilihan(opsi);
						if (pilihanTerlihat.add(aksi.replaceFirst("\\?.*$", "") + " " + pilih.attr("name") + "=" + nilai)) {
							Map<String, String> varian = new LinkedHashMap<>(awal);
							varian.put(pilih.attr("name"), nilai);
							hasil.add(kirimGet(aksi, varian));
						}
					}
				}
			}
			return hasil;
		}

		private static String kirimGet(String aksi, Map<String, String> isian) {
			String kueri = Pengunjung.kueri(isian);
			return kueri.isEmpty() ? aksi : aksi + "?" + kueri;
		}

		private void tambah(String url, String dari, Deque<String[]> antrean, Set<String> terlihat, Map<String, Integer> perPola) {
			URI uri;
			try {
				uri = URI.create(url.replace(" ", "%20")).normalize();
			}
			catch (IllegalArgumentException ex) {
				galat.add("malformed link " + url + " on " + dari);
				return;
			}
			boolean diSini = url.equals(asal) || url.startsWith(asal + "/") || url.startsWith(asal + "?");
			if (!diSini || LEWATI.contains(uri.getRawPath())) {
				return;
			}
			String kueri = tanpaBahasa(uri.getRawQuery());
			String bersih = asal + (uri.getRawPath().isEmpty() ? "/" : uri.getRawPath()) + (kueri.isEmpty() ? "" : "?" + kueri);
			if (!terlihat.add(bersih) || perPola.merge(pola(uri.getRawPath(), kueri), 1, Integer::sum) > CONTOH_PER_POLA) {
				return;
			}
			antrean.add(new String[] { bersih, dari });
		}

		private static String tanpaBahasa(String kueri) {
			if (kueri == null) {
				return "";
			}
			return Stream.of(kueri.split("&")).filter(p -> !p.isEmpty() && !p.startsWith("lang=")).collect(Collectors.joining("&"));
		}

		/** Addresses that differ only in ids, numbers, secrets or filter values show the same kind of page. */
		static String pola(String path, String kueri) {
			String p = Stream.of(path.split("/"))
				.map(s -> s.length() >= 20 && s.matches("[A-Za-z0-9_-]+") ? "{token}" : s.replaceAll("\\d+", "#"))
				.collect(Collectors.joining("/"));
			// a filter's values (status, year, agency, keyword) show the same page: faceted lists would otherwise multiply
			String q = Stream.of(kueri.split("&")).sorted().map(s -> s.replaceAll("=.*", "=*")).collect(Collectors.joining("&"));
			return p + "?" + q;
		}
	}
}
