package id.kotacerdas.qris.internal;

import id.kotacerdas.qris.KriteriaMerchant;

/**
 * What a payload is made from: the acquirer's template (its GUI, the merchant PAN and id it
 * issued), the NMID of the national repository, and the merchant's own details.
 *
 * @param labelTerminal the terminal label of template 62 (QRIS static codes commonly carry "A01"), or null
 */
record DataMerchant(String gui, String pan, String idMerchant, String nmid, KriteriaMerchant kriteria, String mcc, String nama,
		String kota, String kodePos, String labelTerminal) {
}
