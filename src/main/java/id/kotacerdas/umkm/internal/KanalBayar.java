package id.kotacerdas.umkm.internal;

import java.util.Locale;

/**
 * A way the business is paid.
 *
 * @param nmid the National Merchant ID of a QRIS channel ({@code ID} + 10–15 digits), or null
 * @param tautan the shop's address of an e-commerce channel, or null
 */
record KanalBayar(Jenis jenis, String nmid, String tautan) {

	enum Jenis {

		TUNAI, QRIS, TRANSFER, TOKO_DARING;

		public String kodePesan() {
			return "umkm.kanal." + name().toLowerCase(Locale.ROOT).replace('_', '-');
		}
	}
}
