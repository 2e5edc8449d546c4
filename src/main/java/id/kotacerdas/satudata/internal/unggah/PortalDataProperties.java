package id.kotacerdas.satudata.internal.unggah;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The open-data portal's settings.
 *
 * @param ambangSelKecil the smallest count of people or reports published (BPS practice: 3); smaller counts are suppressed
 * @param datasetHitunganOrang codes of the modules' datasets that count people or reports, suppressed like uploads so flagged
 * @param barisMaks the most rows an uploaded sheet may have
 * @param perHalaman datasets per page of the search
 */
@ConfigurationProperties("kc.satudata.portal")
public record PortalDataProperties(@DefaultValue("3") int ambangSelKecil,
		@DefaultValue("statistik-pengaduan-bulanan") List<String> datasetHitunganOrang, @DefaultValue("50000") int barisMaks,
		@DefaultValue("10") int perHalaman) {
}
