package id.kotacerdas.qris;

import java.time.Instant;

/**
 * An acquirer confirmed a payment (published once per notification, after it was stored). Market
 * retribution and other modules listen with {@code @ApplicationModuleListener} and match the
 * reference or the NMID.
 *
 * @param nominal whole rupiah
 */
public record PembayaranDiterima(String penyedia, String referensi, long nominal, Instant waktu, String nmid) {
}
