package id.kotacerdas.umkm.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param opd short name of the agency that verifies registrations (from the city's agency list)
 * @param batasHariKerja the verification step's limit in working days, published to the owner
 */
@ConfigurationProperties("kc.umkm")
record UmkmProperties(@DefaultValue("Dinas Koperasi dan UKM") String opd, @DefaultValue("5") int batasHariKerja) {
}
