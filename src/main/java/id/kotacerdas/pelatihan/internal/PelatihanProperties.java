package id.kotacerdas.pelatihan.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param opd short name of the agency that organises training by default (from the city's agency list)
 * @param targetDilatih the city's target of trained businesses (the seed's 6,000), the indicator's denominator
 * @param bulanTindakLanjut months after a session that its follow-up is due
 * @param klasifikasiSertifikat the archive classification code of the certificates' register
 * @param unitSertifikat the unit code in a certificate's number
 */
@ConfigurationProperties("kc.pelatihan")
record PelatihanProperties(@DefaultValue("Dinas Koperasi dan UKM") String opd, @DefaultValue("6000") long targetDilatih,
		@DefaultValue("3") int bulanTindakLanjut, @DefaultValue("500") String klasifikasiSertifikat,
		@DefaultValue("Diskop-UKM") String unitSertifikat) {
}
