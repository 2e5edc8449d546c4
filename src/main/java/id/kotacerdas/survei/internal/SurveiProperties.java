package id.kotacerdas.survei.internal;

import java.math.BigDecimal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param mutu the lower limits of the quality grades on the converted IKM (25–100)
 * @param targetIkm the city's public-service compliance target for the IKM ("zona hijau")
 */
@ConfigurationProperties("kc.survei")
record SurveiProperties(@DefaultValue Mutu mutu, @DefaultValue("80") BigDecimal targetIkm) {

	/**
	 * PermenPANRB 14/2017: A 88.31–100, B 76.61–88.30, C 65.00–76.60, D 25.00–64.99. Each value
	 * here is the lowest IKM of its grade; below {@code c} is D.
	 */
	record Mutu(@DefaultValue("88.31") BigDecimal a, @DefaultValue("76.61") BigDecimal b, @DefaultValue("65.00") BigDecimal c) {

		Mutu {
			if (!(a.compareTo(b) > 0 && b.compareTo(c) > 0 && c.compareTo(Ikm.MIN) > 0 && a.compareTo(Ikm.MAKS) <= 0)) {
				throw new IllegalArgumentException("kc.survei.mutu: need 25 < c < b < a <= 100, not a=" + a + " b=" + b + " c=" + c);
			}
		}
	}
}
