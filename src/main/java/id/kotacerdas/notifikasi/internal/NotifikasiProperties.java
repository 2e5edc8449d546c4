package id.kotacerdas.notifikasi.internal;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the outbox and its channels ({@code kc.notifikasi.*}). The first three fall back to
 * their former names under {@code kc.pengaduan} (application.yml), so a city's existing settings keep working.
 *
 * @param umurPesanMaks how long an undelivered message waits; then it is deleted, since a
 *        reporter's copy carries the private follow-up link
 * @param intervalKirim pause between runs of the sender
 * @param emailPengirim sender address of e-mails
 * @param tundaAwal pause after the first failed attempt; it doubles with each further failure…
 * @param tundaMaks …up to this
 * @param saluranLog channels the development log stands in for while they have no real channel
 *        (e.g. {@code email} without SMTP); never set in production
 * @param gateway HTTP gateways (WhatsApp, SMS), each a channel of its own name
 */
@ConfigurationProperties("kc.notifikasi")
record NotifikasiProperties(Duration umurPesanMaks, Duration intervalKirim, String emailPengirim,
		@DefaultValue("1m") Duration tundaAwal, @DefaultValue("6h") Duration tundaMaks, @DefaultValue List<String> saluranLog,
		@DefaultValue List<Gateway> gateway) {

	enum JenisIsi {
		/** {@code application/json}; placeholders are written as JSON string content (the template puts the quotes). */
		JSON,
		/** {@code application/x-www-form-urlencoded}; placeholders are URL-encoded. */
		FORM
	}

	/**
	 * An HTTP gateway. Placeholders {@code {tujuan}} (the phone number's digits), {@code {subjek}} and
	 * {@code {isi}} are replaced in the URL (URL-encoded) and in the body.
	 *
	 * @param nama the channel's name, e.g. {@code sms} or {@code whatsapp}
	 * @param metode HTTP method; GET sends no body
	 * @param header headers sent with every request, e.g. {@code Authorization} with a token from an environment variable
	 * @param isi the body template
	 * @param batasWaktu for connecting and for the whole answer
	 * @param tandaGagal a regular expression that, found in a 2xx answer, still means failure (gateways that answer
	 *        {@code 200 {"status": false}}); empty: every 2xx answer is a delivery
	 * @param sms whether the gateway delivers real SMS: texts are then transliterated to GSM 03.38 and sent in
	 *        numbered parts of at most 160 characters ({@link PecahSms}); by default only for the gateway named
	 *        {@code sms} (set false when that name stands for a WhatsApp gateway)
	 */
	record Gateway(String nama, URI url, @DefaultValue("POST") String metode, @DefaultValue Map<String, String> header,
			@DefaultValue("JSON") JenisIsi jenisIsi, @DefaultValue("") String isi, @DefaultValue("10s") Duration batasWaktu,
			@DefaultValue("") String tandaGagal, Boolean sms) {

		Gateway {
			if (nama == null || nama.isBlank() || url == null) {
				throw new IllegalArgumentException("kc.notifikasi.gateway: every gateway needs a nama and a url");
			}
			sms = sms == null ? id.kotacerdas.notifikasi.Notifikasi.SMS.equals(nama) : sms;
		}
	}
}
