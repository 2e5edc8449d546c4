package id.kotacerdas.sms.internal;

/**
 * One SMS as the gateway delivered it.
 *
 * @param id the gateway's message id, or null
 * @param waktu the gateway's time stamp as sent (its format differs between gateways), or null
 */
record PesanMasuk(String id, String pengirim, String teks, String waktu) {
}
