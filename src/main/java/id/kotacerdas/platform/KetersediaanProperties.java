package id.kotacerdas.platform;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the server stays available under load and through outages.
 *
 * @param urlDasar the public base URL ({@code KC_URL_DASAR}); empty = the address the server listens on
 * @param pekerjaanBerat the pool for CPU-heavy request work such as photo decoding
 * @param batasKesehatan how long the database health check may take before it answers DOWN
 */
@ConfigurationProperties("kc")
public record KetersediaanProperties(@DefaultValue("") String urlDasar, @DefaultValue PekerjaanBerat pekerjaanBerat,
		@DefaultValue("1500ms") Duration batasKesehatan) {

	/**
	 * @param utas workers; 0 = one per processor core
	 * @param antrean jobs that may wait for a worker before further ones are refused with 503
	 * @param tungguMaks how long a request waits for its job
	 */
	public record PekerjaanBerat(@DefaultValue("0") int utas, @DefaultValue("2") int antrean,
			@DefaultValue("60s") Duration tungguMaks) {
	}
}
