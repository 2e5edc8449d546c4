package id.kotacerdas.wifi.internal;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.EnumSet;
import java.util.Set;
import java.util.function.Function;

/**
 * When a hotspot's place is open to the public: the days, and one span of hours on each of them (a span may pass
 * midnight, 18:00–02:00 belongs to the day it starts on), or around the clock when {@code buka} is null. A kantor
 * kelurahan opens on weekdays, a park or a beach every day around the clock.
 */
record JamOperasional(Set<DayOfWeek> hari, LocalTime buka, LocalTime tutup) {

	JamOperasional {
		if (hari.isEmpty()) {
			throw new IllegalArgumentException("at least one day");
		}
		if ((buka == null) != (tutup == null) || (buka != null && buka.equals(tutup))) {
			throw new IllegalArgumentException("opening and closing time both or neither, and not equal");
		}
		hari = Set.copyOf(EnumSet.copyOf(hari));
	}

	boolean sepanjangHari() {
		return buka == null;
	}

	/** Whether the place is open at that moment, read in the moment's own zone (WITA for Kupang). */
	boolean bukaPada(ZonedDateTime saat) {
		DayOfWeek hariIni = saat.getDayOfWeek();
		if (sepanjangHari()) {
			return hari.contains(hariIni);
		}
		LocalTime jam = saat.toLocalTime();
		if (buka.isBefore(tutup)) {
			return hari.contains(hariIni) && !jam.isBefore(buka) && jam.isBefore(tutup);
		}
		// past midnight: the evening of an opening day, or the early hours after one
		return (hari.contains(hariIni) && !jam.isBefore(buka)) || (hari.contains(hariIni.minus(1)) && jam.isBefore(tutup));
	}

	/** ISO day numbers as stored: {@code 12345} for Monday to Friday. */
	String kodeHari() {
		StringBuilder s = new StringBuilder();
		EnumSet.copyOf(hari).forEach(h -> s.append(h.getValue()));
		return s.toString();
	}

	static Set<DayOfWeek> hariDari(String kode) {
		Set<DayOfWeek> hari = EnumSet.noneOf(DayOfWeek.class);
		kode.chars().forEach(c -> hari.add(DayOfWeek.of(c - '0')));
		return hari;
	}

	/**
	 * In words: "Senin–Jumat, 07.30–16.00", "Setiap hari, 24 jam". {@code kata} gives the reader's words for
	 * {@code hari.1} … {@code hari.7}, {@code setiap-hari} and {@code 24-jam}.
	 */
	String dalamKata(Function<String, String> kata) {
		String jam = sepanjangHari() ? kata.apply("24-jam") : jamTeks(buka) + "–" + jamTeks(tutup);
		return hariDalamKata(kata) + ", " + jam;
	}

	/** Runs of consecutive days as ranges: Monday–Friday; Monday, Wednesday; every day. */
	private String hariDalamKata(Function<String, String> kata) {
		if (hari.size() == 7) {
			return kata.apply("setiap-hari");
		}
		StringBuilder s = new StringBuilder();
		int h = 1;
		while (h <= 7) {
			if (!hari.contains(DayOfWeek.of(h))) {
				h++;
				continue;
			}
			int akhir = h;
			while (akhir < 7 && hari.contains(DayOfWeek.of(akhir + 1))) {
				akhir++;
			}
			if (!s.isEmpty()) {
				s.append(", ");
			}
			s.append(kata.apply("hari." + h));
			if (akhir > h) {
				s.append(akhir == h + 1 ? ", " : "–").append(kata.apply("hari." + akhir));
			}
			h = akhir + 1;
		}
		return s.toString();
	}

	/** Indonesian writes times with a dot: 07.30. */
	private static String jamTeks(LocalTime t) {
		return String.format("%02d.%02d", t.getHour(), t.getMinute());
	}
}
