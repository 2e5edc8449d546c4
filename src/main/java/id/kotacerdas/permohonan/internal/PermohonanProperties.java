package id.kotacerdas.permohonan.internal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param prefiks the city's prefix of tracking codes (Kupang: {@code KPG}, as in {@code KPG-7F3Q2}); 2–5 capital letters
 * @param intervalEskalasi how often overdue steps are looked for
 */
@ConfigurationProperties("kc.permohonan")
record PermohonanProperties(@DefaultValue("KPG") String prefiks, @DefaultValue("5m") Duration intervalEskalasi) {

	PermohonanProperties {
		if (!prefiks.matches("[A-Z]{2,5}")) {
			throw new IllegalArgumentException("kc.permohonan.prefiks: 2 to 5 capital letters, not " + prefiks);
		}
	}
}
