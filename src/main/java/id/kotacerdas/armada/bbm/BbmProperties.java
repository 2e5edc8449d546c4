package id.kotacerdas.armada.bbm;

import java.math.BigDecimal;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The fuel gate's allowances; they share the prefix {@code kc.armada} with the tracker settings.
 *
 * @param toleransiLiter litres allowed on top of distance ÷ norm
 * @param selangMinimum shortest time between two fills of one vehicle
 * @param selisihOdometerMaks largest accepted share of difference between odometer and GPS distance
 */
@ConfigurationProperties("kc.armada")
record BbmProperties(@DefaultValue("5") BigDecimal toleransiLiter, @DefaultValue("4h") Duration selangMinimum,
		@DefaultValue("0.2") BigDecimal selisihOdometerMaks) {
}
