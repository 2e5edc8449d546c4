package id.kotacerdas.qris;

import java.util.Optional;
import java.util.function.Function;

/**
 * An acquirer (payment provider) through which the city learns that a QRIS payment was made. A
 * QR code alone proves nothing: a payment is confirmed only by the acquirer, either by its signed
 * notification to {@code /qris/callback/{kode}} or by asking it with {@link #tanyaStatus}.
 * <p>
 * Contract for an adapter (the generic signed-JSON one is configured under {@code kc.qris.penyedia};
 * Bank Indonesia's SNAP or a bank's own API is another bean of this type):
 * <ul>
 * <li>{@link #bacaNotifikasi} verifies the signature with the provider's secret in constant time
 * <em>before</em> reading anything, and answers empty when it does not match (the endpoint then
 * answers 401 and stores nothing);</li>
 * <li>a notification carries the provider's own unique id: the same id sent again is the same
 * notification (stored once, answered the same);</li>
 * <li>a signed but unreadable notification is refused with a {@code PermintaanDitolakException} (400);</li>
 * <li>{@link #tanyaStatus} may do network I/O and throws {@code CobaLagiNantiException} when the
 * provider does not answer.</li>
 * </ul>
 */
public interface PenyediaPembayaran {

	/** The provider's name in the callback address: lower-case letters, digits and hyphens. */
	String kode();

	/**
	 * The notification, when its signature is right.
	 *
	 * @param header the request's header by name (case-insensitive), null when absent
	 * @param isi the request body exactly as received
	 */
	Optional<NotifikasiPembayaran> bacaNotifikasi(Function<String, String> header, byte[] isi);

	/** Asks the provider about a payment by its reference; empty when the provider does not know it. */
	Optional<NotifikasiPembayaran> tanyaStatus(String referensi);
}
