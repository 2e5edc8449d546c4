package id.kotacerdas.dokumen.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A document number's pattern: fixed text with the fields {@code [klasifikasi]}, {@code [nomor]},
 * {@code [unit]}, {@code [bulan romawi]}, {@code [bulan]} and {@code [tahun]}, e.g.
 * {@code [klasifikasi]/[nomor]/[unit]/[bulan romawi]/[tahun]} → {@code 470/12/Kel.NK-II/XII/2026}.
 */
record PolaNomor(String pola) {

	private static final Pattern BIDANG = Pattern.compile("\\[([a-z ]+)]");

	private static final List<String> DIKENAL = List.of("klasifikasi", "nomor", "unit", "bulan romawi", "bulan", "tahun");

	private static final String[] ROMAWI = { "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII" };

	/** Null when the pattern is usable, else the bundle key of what is wrong with it. */
	static String periksa(String pola) {
		if (pola == null || pola.isBlank() || pola.length() > 200) {
			return "dokumen.pola.kosong";
		}
		Matcher m = BIDANG.matcher(pola);
		boolean adaNomor = false;
		while (m.find()) {
			if (!DIKENAL.contains(m.group(1))) {
				return "dokumen.pola.bidang-tidak-dikenal";
			}
			adaNomor |= m.group(1).equals("nomor");
		}
		// without the running number, two documents of one register would share a number
		return adaNomor ? null : "dokumen.pola.tanpa-nomor";
	}

	String nomor(String klasifikasi, int urut, String unit, LocalDate tanggal) {
		Map<String, String> nilai = Map.of("klasifikasi", klasifikasi, "nomor", Integer.toString(urut), "unit", unit,
				"bulan romawi", ROMAWI[tanggal.getMonthValue() - 1], "bulan", String.format("%02d", tanggal.getMonthValue()),
				"tahun", Integer.toString(tanggal.getYear()));
		return BIDANG.matcher(pola).replaceAll(m -> Matcher.quoteReplacement(nilai.get(m.group(1))));
	}
}
