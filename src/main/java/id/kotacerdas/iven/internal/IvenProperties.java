package id.kotacerdas.iven.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param opd short name of the agency that approves event submissions (from the city's agency list)
 * @param batasHariKerja the approval step's limit in working days, published to the submitter
 * @param segarkanJam how often a subscribed calendar should fetch the feed again (REFRESH-INTERVAL), in hours
 * @param radiusLaporanMeter a report card counts complaints and businesses within this distance of the venue
 */
@ConfigurationProperties("kc.iven")
record IvenProperties(@DefaultValue("Dispar") String opd, @DefaultValue("5") int batasHariKerja, @DefaultValue("6") int segarkanJam,
		@DefaultValue("500") int radiusLaporanMeter) {
}
