package id.kotacerdas.akun.internal;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param masuk how sign-in guessing is throttled
 * @param peranOperator roles that may read metrics and health details (operators); everyone else sees only UP/DOWN.
 *        Set in application.yml, which also hands it to {@code management.endpoint.health.roles}
 */
@ConfigurationProperties("kc.akun")
record AkunProperties(@DefaultValue Masuk masuk, List<String> peranOperator) {

	/**
	 * @param batasPerAlamat failed attempts on one username from one client address before a pause
	 * @param batasPerAkun failed attempts on one username from all addresses together before a pause; much higher,
	 *        so strangers cannot easily keep an account's owner out, yet a botnet cannot guess without end
	 * @param jedaAwal the first pause; each further one in a row lasts twice as long
	 * @param jedaMaks the longest pause
	 */
	record Masuk(@DefaultValue("5") int batasPerAlamat, @DefaultValue("100") int batasPerAkun,
			@DefaultValue("1m") Duration jedaAwal, @DefaultValue("1h") Duration jedaMaks) {
	}
}
