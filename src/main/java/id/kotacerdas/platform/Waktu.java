package id.kotacerdas.platform;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Time zone and Indonesian formats used across the city's services. */
public final class Waktu {

	/** Waktu Indonesia Tengah (UTC+8), the civil time of Kupang. */
	public static final ZoneId WITA = ZoneId.of("Asia/Makassar");

	private static final Locale INDONESIA = Locale.forLanguageTag("id-ID");

	private static final DateTimeFormatter TANGGAL_JAM = DateTimeFormatter.ofPattern("d MMMM yyyy, HH.mm 'WITA'", INDONESIA);

	private static final DateTimeFormatter TANGGAL = DateTimeFormatter.ofPattern("d MMMM yyyy", INDONESIA);

	private Waktu() {
	}

	public static ZonedDateTime wita(Instant waktu) {
		return waktu.atZone(WITA);
	}

	/** e.g. "22 November 2026, 14.05 WITA". */
	public static String formatTanggalJam(Instant waktu) {
		return waktu == null ? "" : TANGGAL_JAM.format(wita(waktu));
	}

	/** e.g. "22 November 2026". */
	public static String formatTanggal(Instant waktu) {
		return waktu == null ? "" : TANGGAL.format(wita(waktu));
	}
}
