package id.kotacerdas.dokumen.internal;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param folder where the self-signed city certificate is generated and kept when no keystore is configured
 * @param keystore the city's own certificate (PKCS#12); empty = the generated one
 * @param bsre the national signing service; empty URL = not available
 * @param intervalPenyelesaian how often documents whose issuing was interrupted after the number was taken are finished
 */
@ConfigurationProperties("kc.dokumen")
record DokumenProperties(Path folder, @DefaultValue Keystore keystore, @DefaultValue Bsre bsre,
		@DefaultValue("1m") Duration intervalPenyelesaian) {

	/**
	 * @param lokasi the PKCS#12 file; empty = generate a self-signed one in {@code folder}
	 * @param sandi its password
	 * @param alias the key's alias; empty = the first key in the file
	 */
	record Keystore(Path lokasi, String sandi, String alias) {

		boolean diatur() {
			return lokasi != null && !lokasi.toString().isBlank();
		}
	}

	/**
	 * @param url the service's base URL (e.g. {@code https://esign.example.go.id}); empty = not available
	 * @param pengguna the client's user name (HTTP Basic)
	 * @param sandi the client's password
	 * @param percobaan attempts on an outage (5xx or no connection) before answering 503
	 * @param batasWaktu per request
	 */
	record Bsre(String url, String pengguna, String sandi, @DefaultValue("2") int percobaan, @DefaultValue("60s") Duration batasWaktu) {

		boolean diatur() {
			return url != null && !url.isBlank();
		}
	}
}
