package id.kotacerdas.whatsapp.internal;

import java.net.URI;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code kc.whatsapp.*}: the Cloud API's settings ({@code KC_WHATSAPP_*}, see the README). The
 * channel is on only when the verify token, app secret, access token and phone-number id are all given.
 *
 * @param verifyToken answered back in the subscription challenge
 * @param appSecret the app secret that signs each webhook ({@code X-Hub-Signature-256})
 * @param token the access token for sending and media downloads
 * @param phoneNumberId the business number's id: messages are sent from {@code /{id}/messages}
 * @param apiUrl the Graph API base, with its version
 * @param kedaluwarsa how long an unfinished conversation (its draft) is kept
 * @param templat the approved template for messages outside the 24-hour customer-service window
 * @param batasWaktu connection and answer timeout of Cloud API calls
 */
@ConfigurationProperties("kc.whatsapp")
record WhatsappProperties(@DefaultValue("") String verifyToken, @DefaultValue("") String appSecret, @DefaultValue("") String token,
		@DefaultValue("") String phoneNumberId, @DefaultValue("https://graph.facebook.com/v21.0") URI apiUrl,
		@DefaultValue("2h") Duration kedaluwarsa, @DefaultValue Templat templat, @DefaultValue("10s") Duration batasWaktu) {

	/**
	 * An approved message template with one body parameter ({{1}}) that takes the notification's text.
	 *
	 * @param nama the template's name as approved in WhatsApp Manager
	 * @param bahasa its language code, e.g. {@code id}
	 */
	record Templat(@DefaultValue("kota_cerdas_pemberitahuan") String nama, @DefaultValue("id") String bahasa) {
	}

	boolean aktif() {
		return !verifyToken.isBlank() && !appSecret.isBlank() && !token.isBlank() && !phoneNumberId.isBlank();
	}

	/** The base without a trailing slash. */
	String api() {
		String s = apiUrl.toString();
		return s.endsWith("/") ? s.substring(0, s.length() - 1) : s;
	}
}
