package id.kotacerdas.qris;

import java.time.LocalDate;
import java.util.Optional;

/**
 * Reading and checking QRIS codes for other modules (a business owner proving QRIS adoption with
 * a photo of their sticker, say).
 */
public interface Qris {

	/**
	 * Checks a payload and reads its fields. Never throws for bad input: every problem is a reason
	 * in the result (Indonesian and English texts in the {@code i18n/qris} bundle).
	 */
	HasilPeriksaQris periksa(String payload);

	/**
	 * The text of the QR code in a picture (a phone photo of a printed sticker, a screenshot), or
	 * empty when no code can be found in it. The picture is read on the platform's bounded pool.
	 *
	 * @throws id.kotacerdas.platform.PermintaanDitolakException (413/415) when the upload is too
	 *         large or not a picture
	 */
	Optional<String> bacaGambar(byte[] gambar);

	/**
	 * The MDR a QRIS transaction of that amount costs a merchant of that criterion on that date,
	 * from the table kept as data ({@code kc.qris.tarif-mdr}); empty when no rule was in force. The
	 * merchant bears it: a surcharge to the buyer is forbidden.
	 */
	Optional<BiayaMdr> biayaMdr(KriteriaMerchant kriteria, long nominal, LocalDate tanggal);
}
