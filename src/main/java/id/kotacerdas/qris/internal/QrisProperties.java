package id.kotacerdas.qris.internal;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.core.io.Resource;

/**
 * {@code kc.qris.*}.
 *
 * @param tarifMdr the MDR table (CSV: berlaku_mulai, kriteria, nominal_sampai, persen, sumber)
 * @param penyedia the acquirers whose payment notifications are accepted at {@code /qris/callback/{kode}}
 */
@ConfigurationProperties("kc.qris")
record QrisProperties(@DefaultValue("classpath:qris/tarif-mdr.csv") Resource tarifMdr, @DefaultValue List<Penyedia> penyedia) {

	/**
	 * One acquirer with the generic signed-JSON adapter.
	 *
	 * @param kode its name in the callback address (letters, digits, hyphen)
	 * @param rahasia the shared HMAC-SHA256 secret
	 * @param urlStatus where a payment's status is asked (the reference is appended), or null when the acquirer offers none
	 */
	record Penyedia(String kode, String rahasia, String urlStatus) {
	}
}
