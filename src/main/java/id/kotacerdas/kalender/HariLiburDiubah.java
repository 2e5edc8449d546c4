package id.kotacerdas.kalender;

import java.time.LocalDate;

/** A holiday on {@code tanggal} was entered, renamed or removed: working days around it count differently from now on. */
public record HariLiburDiubah(LocalDate tanggal) {
}
