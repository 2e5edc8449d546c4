package id.kotacerdas.pengaduan.internal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param awalanNomor prefix of tracking numbers, one per city (KPG for Kupang)
 * @param jendelaKonfirmasi how long after resolution the reporter may confirm or re-open; then it closes by itself
 * @param radiusDuplikatMeter how near an open report of the same category counts as a possible duplicate
 * @param slaResponsHariKerja working days until the first staff response is due
 * @param lamaTandaTerima how long the browser that filed a report can reload its confirmation page (with the private link)
 * @param daftarKerjaMaks the most reports the staff worklist shows at once (more than a team works through in a
 *        week; the filters narrow it down)
 * @param kelompokMaks the most filings one group commit writes (see {@link PenulisPengaduan})
 */
@ConfigurationProperties("kc.pengaduan")
record PengaduanProperties(@DefaultValue("KPG") String awalanNomor, @DefaultValue("30d") Duration jendelaKonfirmasi,
		@DefaultValue("100") int radiusDuplikatMeter, @DefaultValue("1") int slaResponsHariKerja,
		@DefaultValue("2h") Duration lamaTandaTerima, @DefaultValue("500") int daftarKerjaMaks,
		@DefaultValue("256") int kelompokMaks) {
}
