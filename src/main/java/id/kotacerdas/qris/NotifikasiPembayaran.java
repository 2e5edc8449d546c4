package id.kotacerdas.qris;

import java.time.Instant;

/**
 * A payment as the acquirer reports it.
 *
 * @param idNotifikasi the provider's unique id of this notification (idempotency key)
 * @param referensi the payment's reference: the bill number the dynamic code carried, or the provider's transaction id
 * @param nominal whole rupiah
 * @param nmid the merchant's NMID, when the provider names it
 */
public record NotifikasiPembayaran(String idNotifikasi, String referensi, long nominal, Instant waktu, String nmid) {
}
