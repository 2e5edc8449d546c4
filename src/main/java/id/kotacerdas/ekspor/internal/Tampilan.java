package id.kotacerdas.ekspor.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import id.kotacerdas.ekspor.Kolom;
import id.kotacerdas.platform.Waktu;

/**
 * Values as text, for the formats that hold text only. In a PDF people read them: numbers grouped
 * in thousands ({@code 1.234,5}), {@code Rp1.234.567}, {@code 30 November 2026}. In a CSV a
 * spreadsheet reads them: the locale's decimal separator without grouping, so Excel and
 * LibreOffice in that locale take them for numbers, percentages with their sign ({@code 85,5%}, read
 * as 0.855), and ISO dates ({@code 2026-11-30}, {@code 2026-11-30 14:05} in WITA), which every
 * locale's spreadsheet reads as dates.
 */
final class Tampilan {

	private final boolean untukCsv;

	private final DecimalFormatSymbols simbol;

	private final DateTimeFormatter tanggal;

	private final DateTimeFormatter tanggalJam;

	/** One format per pattern: building one per cell would cost more than writing it. */
	private final Map<String, DecimalFormat> angka = new HashMap<>();

	private Tampilan(boolean untukCsv, Locale bahasa, DateTimeFormatter tanggal, DateTimeFormatter tanggalJam) {
		this.untukCsv = untukCsv;
		this.simbol = DecimalFormatSymbols.getInstance(bahasa);
		this.tanggal = tanggal;
		this.tanggalJam = tanggalJam.withZone(Waktu.WITA);
	}

	static Tampilan csv(Locale bahasa) {
		return new Tampilan(true, bahasa, DateTimeFormatter.ISO_LOCAL_DATE, DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm"));
	}

	static Tampilan pdf(Locale bahasa) {
		return new Tampilan(false, bahasa, DateTimeFormatter.ofPattern("d MMMM yyyy", bahasa), tanggalJamDibaca(bahasa));
	}

	/** A moment as people read it: {@code 30 November 2026, 14.05 WITA} (English: {@code 14:05}). */
	static DateTimeFormatter tanggalJamDibaca(Locale bahasa) {
		String jam = Locale.ENGLISH.equals(bahasa) ? "HH:mm" : "HH.mm";
		return DateTimeFormatter.ofPattern("d MMMM yyyy, " + jam + " 'WITA'", bahasa).withZone(Waktu.WITA);
	}

	/** The value as text; an empty cell for null, and a value of the wrong kind as it prints itself. */
	String teks(Kolom<?> kolom, Object nilai) {
		if (nilai == null) {
			return "";
		}
		String teks = switch (kolom.jenis()) {
			case TEKS -> null;
			case BILANGAN -> angka(nilai, pola(0, ""));
			case RUPIAH -> angka(nilai, pola(0, untukCsv ? "" : "'Rp'"));
			case DESIMAL -> angka(nilai, pola(kolom.tempatDesimal(), ""));
			case PERSEN -> angka(nilai, pola(kolom.tempatDesimal(), "") + "'%'");
			case TANGGAL -> nilai instanceof LocalDate t ? tanggal.format(t) : null;
			case TANGGAL_JAM -> nilai instanceof Instant t ? tanggalJam.format(t) : null;
		};
		return teks != null ? teks : nilai.toString();
	}

	/** {@code #,##0.0} to be read, {@code 0.0} for a spreadsheet, with a prefix such as {@code 'Rp'}. */
	private String pola(int tempat, String awalan) {
		return awalan + (untukCsv ? "0" : "#,##0") + (tempat > 0 ? "." + "0".repeat(tempat) : "");
	}

	private String angka(Object nilai, String pola) {
		if (!(nilai instanceof Number n) || !Double.isFinite(n.doubleValue())) {
			return null;
		}
		DecimalFormat format = angka.computeIfAbsent(pola, p -> {
			DecimalFormat f = new DecimalFormat(p, simbol);
			f.setRoundingMode(RoundingMode.HALF_UP);
			return f;
		});
		// through the decimal it prints as, so 0.15 rounds to 0.2 rather than by its binary value
		return format.format(n instanceof BigDecimal b ? b : new BigDecimal(n.toString()));
	}
}
