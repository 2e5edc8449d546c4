package id.kotacerdas.umkm.internal;

import java.util.Locale;

import id.kotacerdas.qris.KriteriaMerchant;

/**
 * A way the business is paid.
 *
 * @param nmid the National Merchant ID of a QRIS channel ({@code ID} + 10–15 digits), or null
 * @param kriteria the merchant criterion of the QRIS code the owner showed, or null
 * @param diperiksa true when the NMID was read from a correct QRIS code (a sticker photo or its text), not only typed
 * @param tautan the shop's address of an e-commerce channel, or null
 */
record KanalBayar(Jenis jenis, String nmid, KriteriaMerchant kriteria, boolean diperiksa, String tautan) {

	static KanalBayar tanpaKode(Jenis jenis, String tautan) {
		return new KanalBayar(jenis, null, null, false, tautan);
	}

	enum Jenis {

		TUNAI, QRIS, TRANSFER, TOKO_DARING;

		public String kodePesan() {
			return "umkm.kanal." + name().toLowerCase(Locale.ROOT).replace('_', '-');
		}
	}
}
