package id.kotacerdas.kepegawaian;

import java.time.LocalDate;

/**
 * An employee left the city's service: their legal status became one of leaving (retired,
 * transferred out, dismissed, deceased), by the form or by an import. Published inside the
 * transaction that stores the change, so a listener's own flags commit (or roll back) with it:
 * the staff account (by NIP) is to be deactivated, a vehicle they hold is to be re-assigned.
 *
 * @param kedudukanHukum the new legal status's code in the personnel reference list
 * @param opdId the agency they served in
 * @param tanggal the day (WITA) the change was recorded
 */
public record PegawaiKeluarDinas(String nip, String nama, String kedudukanHukum, long opdId, LocalDate tanggal) {
}
