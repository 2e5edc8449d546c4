package id.kotacerdas.open311.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import id.kotacerdas.platform.Waktu;

/**
 * The parameters of one request, read defensively: the spec says an empty parameter equals an
 * absent one, unknown parameters are ignored, and anything malformed is a 400 naming the
 * parameter. Text that could only come from broken encodings or binary junk (control characters,
 * the replacement character) is refused up front, so it never reaches storage or XML output.
 */
final class Parameter {

	static final int PANJANG_MAKS = 10_000;

	private static final Pattern ATRIBUT = Pattern.compile("attribute\\[([^\\[\\]]{1,100})\\](\\[\\])?");

	private static final Pattern ZONA_TANPA_PLUS = Pattern.compile("(.*T.*) (\\d{2}:?\\d{2})");

	private final Map<String, String[]> nilai;

	Parameter(Map<String, String[]> nilai) {
		this.nilai = nilai;
		nilai.forEach((nama, isi) -> {
			if (nama.length() > 200) {
				throw Open311Exception.tidakValid("open311.parameter-terlalu-panjang", "parameter");
			}
			periksaTeks(nama, "parameter");
			for (String v : isi) {
				if (v != null) {
					if (v.length() > PANJANG_MAKS) {
						throw Open311Exception.tidakValid("open311.parameter-terlalu-panjang", nama);
					}
					periksaTeks(v, nama);
				}
			}
		});
	}

	private static void periksaTeks(String teks, String nama) {
		for (int i = 0; i < teks.length(); i++) {
			char c = teks.charAt(i);
			if (Character.isHighSurrogate(c) && i + 1 < teks.length() && Character.isLowSurrogate(teks.charAt(i + 1))) {
				i++;
			}
			else if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7F || c >= '\uFFFD' || Character.isSurrogate(c)) {
				throw Open311Exception.tidakValid("open311.karakter-tidak-sah", nama);
			}
		}
	}

	/** The stripped value, or null when absent or blank; a parameter given twice with different values is refused. */
	String teks(String nama) {
		String[] isi = nilai.get(nama);
		if (isi == null) {
			return null;
		}
		List<String> ada = Arrays.stream(isi).filter(v -> v != null && !v.isBlank()).map(String::strip).distinct().toList();
		if (ada.size() > 1) {
			throw Open311Exception.tidakValid("open311.parameter-ganda", nama);
		}
		return ada.isEmpty() ? null : ada.get(0);
	}

	String teks(String nama, int maks) {
		String t = teks(nama);
		if (t != null && t.length() > maks) {
			throw Open311Exception.tidakValid("open311.parameter-terlalu-panjang", nama);
		}
		return t;
	}

	/** A comma-delimited list; empty when absent. */
	List<String> daftar(String nama) {
		String t = teks(nama);
		return t == null ? List.of() : Arrays.stream(t.split(",")).map(String::strip).filter(s -> !s.isEmpty()).distinct().toList();
	}

	Double desimal(String nama) {
		String t = teks(nama);
		if (t == null) {
			return null;
		}
		try {
			double d = Double.parseDouble(t);
			if (!Double.isFinite(d) || !t.matches("[+-]?[0-9]*\\.?[0-9]+([eE][+-]?[0-9]+)?")) {
				throw new NumberFormatException(t);
			}
			return d;
		}
		catch (NumberFormatException ex) {
			throw Open311Exception.tidakValid("open311.bukan-angka", nama);
		}
	}

	int bulat(String nama, int bawaan, int min, int maks) {
		String t = teks(nama);
		if (t == null) {
			return bawaan;
		}
		try {
			int n = Integer.parseInt(t);
			if (n < min || n > maks) {
				throw Open311Exception.tidakValid("open311.di-luar-rentang", nama, min, maks);
			}
			return n;
		}
		catch (NumberFormatException ex) {
			throw Open311Exception.tidakValid("open311.di-luar-rentang", nama, min, maks);
		}
	}

	boolean benar(String nama) {
		String t = teks(nama);
		if (t == null || t.equalsIgnoreCase("false") || t.equals("0")) {
			return false;
		}
		if (t.equalsIgnoreCase("true") || t.equals("1")) {
			return true;
		}
		throw Open311Exception.tidakValid("open311.bukan-boolean", nama);
	}

	/**
	 * A W3C-DTF date-time. The spec wants an offset; a missing one means WITA, and a "+" that arrived
	 * as a space (an unencoded query string) is read back as "+".
	 */
	Instant waktu(String nama) {
		String t = teks(nama);
		if (t == null) {
			return null;
		}
		Matcher m = ZONA_TANPA_PLUS.matcher(t);
		String s = m.matches() ? m.group(1) + "+" + m.group(2) : t;
		try {
			return OffsetDateTime.parse(s).toInstant();
		}
		catch (DateTimeParseException ex) {
			try {
				return s.contains("T") ? LocalDateTime.parse(s).atZone(Waktu.WITA).toInstant()
						: LocalDate.parse(s).atStartOfDay(Waktu.WITA).toInstant();
			}
			catch (DateTimeParseException ex2) {
				throw Open311Exception.tidakValid("open311.tanggal-tidak-valid", nama);
			}
		}
	}

	/** {@code attribute[CODE]=v} and {@code attribute[CODE][]=v1&attribute[CODE][]=v2}, by code. */
	Map<String, List<String>> atribut() {
		Map<String, List<String>> hasil = new LinkedHashMap<>();
		nilai.forEach((nama, isi) -> {
			Matcher m = ATRIBUT.matcher(nama);
			if (m.matches()) {
				List<String> daftar = hasil.computeIfAbsent(m.group(1), k -> new ArrayList<>());
				Arrays.stream(isi).filter(v -> v != null && !v.isBlank()).map(String::strip).forEach(daftar::add);
			}
		});
		return hasil;
	}
}
