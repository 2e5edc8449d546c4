package id.kotacerdas.kalender;

import java.time.LocalDate;

/**
 * A day the city government does not work although it is a weekday or not: a national holiday,
 * or with {@code cutiBersama} a collective leave day of the SKB 3 Menteri.
 */
public record HariLibur(LocalDate tanggal, String nama, boolean cutiBersama) {
}
