package id.kotacerdas.pasar.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of price collection ({@code kc.pasar.*}).
 *
 * @param opd short name of the agency whose staff collect prices (from the city's agency list)
 * @param batasSimpangan how many standard deviations from the last four weeks a price may lie before the enumerator is asked
 * @param riwayatMinimum observations in those four weeks needed before the deviation is judged at all
 * @param simpanganMinimumPersen the smallest deviation assumed, in percent of the mean, so a flat history does not flag every change
 */
@ConfigurationProperties("kc.pasar")
record PasarProperties(@DefaultValue("Perindag") String opd, @DefaultValue("3") double batasSimpangan,
		@DefaultValue("5") int riwayatMinimum, @DefaultValue("2") double simpanganMinimumPersen) {

	Kewajaran kewajaran() {
		return new Kewajaran(batasSimpangan, riwayatMinimum, simpanganMinimumPersen);
	}
}
