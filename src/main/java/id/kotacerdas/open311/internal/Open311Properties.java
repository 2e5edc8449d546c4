package id.kotacerdas.open311.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param jurisdictionId the one jurisdiction served; a request naming another gets 404
 * @param urlUji base URL of a test endpoint to list in discovery, or empty
 * @param kontak the discovery {@code contact}
 * @param layananKunci the discovery {@code key_service}: how to obtain an API key
 * @param postPerMenitIp POSTs one IP address may make per minute (burst of the same size)
 * @param postPerMenitKunci POSTs one API key may make per minute (burst of the same size)
 */
@ConfigurationProperties("kc.open311")
record Open311Properties(@DefaultValue("kupangkota.go.id") String jurisdictionId, @DefaultValue("") String urlUji,
		@DefaultValue("Dinas Komunikasi dan Informatika Kota Kupang, diskominfo@kupangkota.go.id") String kontak,
		@DefaultValue("Kunci API diterbitkan oleh Dinas Kominfo Kota Kupang atas permohonan tertulis ke diskominfo@kupangkota.go.id") String layananKunci,
		@DefaultValue("60") int postPerMenitIp, @DefaultValue("120") int postPerMenitKunci) {
}
