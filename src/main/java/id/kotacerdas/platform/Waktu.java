package id.kotacerdas.platform;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;

import org.springframework.context.i18n.LocaleContext;
import org.springframework.context.i18n.LocaleContextHolder;

/**
 * Time zone and date formats used across the city's services. Always WITA; the words follow the
 * language of the page being rendered (Indonesian unless the visitor chose English), and
 * Indonesian outside a web request (messages to citizens, files).
 */
public final class Waktu {

	/** Waktu Indonesia Tengah (UTC+8), the civil time of Kupang. */
	public static final ZoneId WITA = ZoneId.of("Asia/Makassar");

	private static final Locale INDONESIA = Locale.forLanguageTag("id-ID");

	private static final DateTimeFormatter TANGGAL_JAM = DateTimeFormatter.ofPattern("d MMMM yyyy, HH.mm 'WITA'", INDONESIA);

	private static final DateTimeFormatter TANGGAL = DateTimeFormatter.ofPattern("d MMMM yyyy", INDONESIA);

	private static final DateTimeFormatter TANGGAL_JAM_EN = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm 'WITA'", Locale.ENGLISH);

	private static final DateTimeFormatter TANGGAL_EN = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

	private static final DateTimeFormatter BULAN = DateTimeFormatter.ofPattern("MMMM yyyy", INDONESIA);

	private static final DateTimeFormatter BULAN_EN = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.ENGLISH);

	private Waktu() {
	}

	public static ZonedDateTime wita(Instant waktu) {
		return waktu.atZone(WITA);
	}

	/** e.g. "22 November 2026, 14.05 WITA"; in English "22 Nov 2026, 14:05 WITA". */
	public static String formatTanggalJam(Instant waktu) {
		return waktu == null ? "" : format(wita(waktu), TANGGAL_JAM, TANGGAL_JAM_EN);
	}

	/** e.g. "22 November 2026"; in English "22 Nov 2026". */
	public static String formatTanggal(Instant waktu) {
		return waktu == null ? "" : format(wita(waktu), TANGGAL, TANGGAL_EN);
	}

	/** A calendar date (a holiday, a due date) in the same words as {@link #formatTanggal(Instant)}. */
	public static String formatTanggal(LocalDate tanggal) {
		return tanggal == null ? "" : format(tanggal, TANGGAL, TANGGAL_EN);
	}

	/** The same words in a language named by the caller (a message rendered for its recipient, not for the page). */
	public static String formatTanggal(LocalDate tanggal, Locale bahasa) {
		return tanggal == null ? "" : (inggris(bahasa) ? TANGGAL_EN : TANGGAL).format(tanggal);
	}

	/** A month of a report, e.g. "November 2026" ("Desember 2026", in English "December 2026"). */
	public static String formatBulan(YearMonth bulan) {
		return bulan == null ? "" : format(bulan, BULAN, BULAN_EN);
	}

	private static String format(TemporalAccessor waktu, DateTimeFormatter indonesia, DateTimeFormatter inggris) {
		return (inggris() ? inggris : indonesia).format(waktu);
	}

	/** Only a page's chosen language counts: without a request (jobs, outbox) the bound locale is the JVM's. */
	private static boolean inggris() {
		LocaleContext konteks = LocaleContextHolder.getLocaleContext();
		return inggris(konteks == null ? null : konteks.getLocale());
	}

	private static boolean inggris(Locale bahasa) {
		return bahasa != null && "en".equals(bahasa.getLanguage());
	}
}
