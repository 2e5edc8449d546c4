package id.kotacerdas.platform;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.core.io.Resource;

/**
 * The city this instance serves. Kota Kupang is only the default configuration: another city
 * points these at its own region, boundary and agency files.
 */
@ConfigurationProperties("kc.kota")
public record KotaProperties(String nama, String kode, Resource wilayahCsv, Resource kelurahanGeojson,
		Resource opdCsv, List<Double> pusatPeta) {
}
