package id.kotacerdas.kalender.internal;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.NavigableMap;
import java.util.TreeMap;

import id.kotacerdas.kalender.HariLibur;
import id.kotacerdas.platform.Waktu;

/**
 * The working-day calendar as of one reading of the holidays. Immutable, so every SLA computation
 * reads it without a lock or a query. Spans are counted with a running index (weekdays since a
 * Monday, less the weekday holidays up to the date), so a span of any length costs a binary search.
 */
final class Kalender {

	/** A deadline is the end of its day: something received at any hour gets whole days. */
	private static final LocalTime AKHIR_HARI = LocalTime.of(23, 59, 59);

	/** 5 January 1970, a Monday: the origin of the running index. */
	private static final long SENIN_ASAL = LocalDate.of(1970, 1, 5).toEpochDay();

	private static final int HARI_SEPEKAN = 7;

	private static final int HARI_KERJA_SEPEKAN = 5;

	private final NavigableMap<LocalDate, HariLibur> libur;

	/** Epoch days of the holidays falling Monday to Friday, ascending: what a weekday count must subtract. */
	private final long[] liburHariBiasa;

	Kalender(Collection<HariLibur> daftar) {
		TreeMap<LocalDate, HariLibur> peta = new TreeMap<>();
		daftar.forEach(h -> peta.put(h.tanggal(), h));
		libur = Collections.unmodifiableNavigableMap(peta);
		liburHariBiasa = peta.keySet().stream().filter(Kalender::hariBiasa).mapToLong(LocalDate::toEpochDay).toArray();
	}

	boolean hariKerja(LocalDate tanggal) {
		return hariBiasa(tanggal) && !libur.containsKey(tanggal);
	}

	Instant tambahHariKerja(Instant mulai, int hariKerja) {
		if (hariKerja < 0) {
			throw new IllegalArgumentException("a number of working days cannot be negative: " + hariKerja);
		}
		LocalDate tanggal = Waktu.wita(mulai).toLocalDate();
		for (int sisa = hariKerja; sisa > 0;) {
			tanggal = tanggal.plusDays(1);
			if (hariKerja(tanggal)) {
				sisa--;
			}
		}
		return tanggal.atTime(AKHIR_HARI).atZone(Waktu.WITA).toInstant();
	}

	int hariKerjaAntara(LocalDate dari, LocalDate sampai) {
		return Math.toIntExact(indeks(sampai) - indeks(dari));
	}

	List<HariLibur> hariLibur(int tahun) {
		return List.copyOf(libur.subMap(LocalDate.of(tahun, 1, 1), true, LocalDate.of(tahun, 12, 31), true).values());
	}

	/** Working days from the origin up to and including {@code tanggal} (negative before it); only differences mean something. */
	private long indeks(LocalDate tanggal) {
		long hari = tanggal.toEpochDay() - SENIN_ASAL;
		long hariBiasa = Math.floorDiv(hari, HARI_SEPEKAN) * HARI_KERJA_SEPEKAN
				+ Math.min(Math.floorMod(hari, HARI_SEPEKAN) + 1, HARI_KERJA_SEPEKAN);
		int posisi = Arrays.binarySearch(liburHariBiasa, tanggal.toEpochDay());
		long liburSampai = posisi >= 0 ? posisi + 1 : -posisi - 1;
		return hariBiasa - liburSampai;
	}

	private static boolean hariBiasa(LocalDate tanggal) {
		DayOfWeek hari = tanggal.getDayOfWeek();
		return hari != DayOfWeek.SATURDAY && hari != DayOfWeek.SUNDAY;
	}
}
