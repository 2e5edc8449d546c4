package id.kotacerdas.umkm.internal;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Opening hours in OpenStreetMap's {@code opening_hours} syntax, the subset small businesses need: {@code 24/7};
 * rules separated by {@code ;}, each days ({@code Mo}, {@code Mo-Fr}, {@code Mo-Fr,Su}, {@code PH} for public
 * holidays, or none for every day) followed by time spans ({@code 08:00-12:00,13:00-17:00}, a span may pass
 * midnight: {@code 18:00-02:00}) or {@code off}. Months, weeks, sunrise and comments are refused rather than
 * misread. The same text goes into schema.org's {@code openingHours}, which uses this syntax.
 */
record JamBuka(String teks, boolean sepanjangWaktu, List<Aturan> aturan) {

	private static final String HARI_POLA = "(?:Mo|Tu|We|Th|Fr|Sa|Su|PH)";

	private static final Pattern ATURAN = Pattern.compile(
			"(?:(" + HARI_POLA + "(?:-" + HARI_POLA + ")?(?:," + HARI_POLA + "(?:-" + HARI_POLA + ")?)*)\\s+)?(off|\\d\\d:\\d\\d-\\d\\d:\\d\\d(?:,\\d\\d:\\d\\d-\\d\\d:\\d\\d)*)");

	private static final Pattern JAM = Pattern.compile("(\\d\\d):(\\d\\d)");

	/** Days as written: a single day or a range of two, or public holidays ({@code PH}). */
	record RentangHari(String dari, String sampai) {
	}

	record Rentang(LocalTime buka, LocalTime tutup) {
	}

	/** @param hari empty for every day; @param jam empty when closed ({@code off}) */
	record Aturan(List<RentangHari> hari, List<Rentang> jam) {
	}

	/** Reads the text; an {@link IllegalArgumentException} for anything outside the subset. */
	static JamBuka baca(String teks) {
		if (teks == null || teks.isBlank()) {
			throw new IllegalArgumentException("kosong");
		}
		String t = teks.strip().replaceAll("\\s+", " ");
		if (t.equals("24/7")) {
			return new JamBuka(t, true, List.of());
		}
		List<Aturan> aturan = new ArrayList<>();
		for (String bagian : t.split(";")) {
			Matcher m = ATURAN.matcher(bagian.strip());
			if (!m.matches()) {
				throw new IllegalArgumentException("aturan tidak dikenal: " + bagian.strip());
			}
			List<RentangHari> hari = new ArrayList<>();
			if (m.group(1) != null) {
				for (String h : m.group(1).split(",")) {
					String[] ujung = h.split("-");
					if (ujung.length == 2 && (ujung[0].equals("PH") || ujung[1].equals("PH"))) {
						throw new IllegalArgumentException("PH bukan bagian rentang hari");
					}
					hari.add(new RentangHari(ujung[0], ujung.length == 2 ? ujung[1] : null));
				}
			}
			List<Rentang> jam = new ArrayList<>();
			if (!m.group(2).equals("off")) {
				for (String r : m.group(2).split(",")) {
					String[] ujung = r.split("-");
					jam.add(new Rentang(jam(ujung[0]), jam(ujung[1])));
				}
			}
			aturan.add(new Aturan(List.copyOf(hari), List.copyOf(jam)));
		}
		return new JamBuka(t, false, List.copyOf(aturan));
	}

	/** 24:00 is the end of the day, as OSM allows for a closing time. */
	private static LocalTime jam(String s) {
		Matcher m = JAM.matcher(s);
		if (!m.matches()) {
			throw new IllegalArgumentException("jam: " + s);
		}
		int j = Integer.parseInt(m.group(1));
		int menit = Integer.parseInt(m.group(2));
		if (j == 24 && menit == 0) {
			return LocalTime.MAX;
		}
		if (j > 23 || menit > 59) {
			throw new IllegalArgumentException("jam: " + s);
		}
		return LocalTime.of(j, menit);
	}

	/**
	 * The hours in words, one line per rule. {@code kata} gives the reader's words for the keys {@code hari.Mo} …
	 * {@code hari.Su}, {@code hari.PH}, {@code setiap-hari}, {@code tutup} and {@code 24-jam}.
	 */
	List<String> dalamKata(Function<String, String> kata) {
		if (sepanjangWaktu) {
			return List.of(kata.apply("24-jam"));
		}
		return aturan.stream().map(a -> {
			String hari = a.hari().isEmpty() ? kata.apply("setiap-hari")
					: a.hari().stream()
						.map(h -> h.sampai() == null ? kata.apply("hari." + h.dari()) : kata.apply("hari." + h.dari()) + "–" + kata.apply("hari." + h.sampai()))
						.collect(Collectors.joining(", "));
			String jam = a.jam().isEmpty() ? kata.apply("tutup")
					: a.jam().stream().map(r -> jamTeks(r.buka()) + "–" + jamTeks(r.tutup())).collect(Collectors.joining(", "));
			return hari + ": " + jam;
		}).toList();
	}

	/** Indonesian writes times with a dot: 08.00. */
	private static String jamTeks(LocalTime t) {
		return t.equals(LocalTime.MAX) ? "24.00" : String.format("%02d.%02d", t.getHour(), t.getMinute());
	}
}
