package id.kotacerdas.pengaduan.internal;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Set;

import id.kotacerdas.platform.Waktu;

/**
 * Working days of the city government in WITA: Monday to Friday, except national holidays and
 * cuti bersama.
 */
record KalenderKerja(Set<LocalDate> libur) {

	KalenderKerja {
		libur = Set.copyOf(libur);
	}

	boolean hariKerja(LocalDate tanggal) {
		DayOfWeek hari = tanggal.getDayOfWeek();
		return hari != DayOfWeek.SATURDAY && hari != DayOfWeek.SUNDAY && !libur.contains(tanggal);
	}

	/**
	 * The deadline {@code hariKerja} working days after {@code mulai}: the end (23:59:59 WITA) of
	 * the n-th working day after the day of receipt, so a report filed at any hour gets whole days.
	 */
	Instant tenggat(Instant mulai, int hariKerja) {
		LocalDate tanggal = Waktu.wita(mulai).toLocalDate();
		int sisa = hariKerja;
		while (sisa > 0) {
			tanggal = tanggal.plusDays(1);
			if (hariKerja(tanggal)) {
				sisa--;
			}
		}
		return tanggal.atTime(LocalTime.of(23, 59, 59)).atZone(Waktu.WITA).toInstant();
	}
}
