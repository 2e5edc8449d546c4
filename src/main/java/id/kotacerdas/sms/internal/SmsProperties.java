package id.kotacerdas.sms.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the inbound SMS gateway ({@code kc.sms.*}). Without {@code rahasia} the channel is off and
 * its endpoint answers 404.
 *
 * @param rahasia the shared secret the gateway signs each callback with (HMAC-SHA256 of the raw body, hex or Base64)
 * @param headerTandaTangan the header carrying the signature
 * @param kataKunci the city's keyword, the first word of every report by SMS
 * @param kolom the gateway's field names
 * @param bantuanPerHari format-help replies one sender gets at most in 24 hours (a gateway or an auto-responder
 *        answering our reply never loops for long)
 */
@ConfigurationProperties("kc.sms")
record SmsProperties(@DefaultValue("") String rahasia, @DefaultValue("X-Signature") String headerTandaTangan,
		@DefaultValue("KUPANG") String kataKunci, @DefaultValue Kolom kolom, @DefaultValue("3") int bantuanPerHari) {

	/**
	 * Field names in the gateway's form or JSON body (a JSON path with dots for nested objects).
	 *
	 * @param id the gateway's message id, optional: without it sender, time and text identify a message
	 */
	record Kolom(@DefaultValue("pengirim") String pengirim, @DefaultValue("pesan") String teks, @DefaultValue("waktu") String waktu,
			@DefaultValue("id") String id) {
	}

	boolean aktif() {
		return !rahasia.isBlank();
	}
}
