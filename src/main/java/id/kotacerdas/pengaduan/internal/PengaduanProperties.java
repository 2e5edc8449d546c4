package id.kotacerdas.pengaduan.internal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param awalanNomor prefix of tracking numbers, one per city (KPG for Kupang)
 * @param jendelaKonfirmasi how long after resolution the reporter may confirm or re-open; then it closes by itself
 * @param radiusDuplikatMeter how near an open report of the same category counts as a possible duplicate
 * @param slaResponsHariKerja working days until the first staff response is due
 * @param emailPengirim sender address of e-mail notifications
 * @param lamaTandaTerima how long the browser that filed a report can reload its confirmation page (with the private link)
 * @param umurPesanMaks how long an undelivered message waits in the outbox; then it is deleted, since the
 *        reporter's copy carries the private follow-up link in plain text
 * @param daftarKerjaMaks the most reports the staff worklist shows at once (more than a team works through in a
 *        week; the filters narrow it down)
 */
@ConfigurationProperties("kc.pengaduan")
record PengaduanProperties(@DefaultValue("KPG") String awalanNomor, @DefaultValue("30d") Duration jendelaKonfirmasi,
		@DefaultValue("100") int radiusDuplikatMeter, @DefaultValue("1") int slaResponsHariKerja,
		@DefaultValue("pengaduan@kupangkota.go.id") String emailPengirim,
		@DefaultValue("2h") Duration lamaTandaTerima, @DefaultValue("7d") Duration umurPesanMaks,
		@DefaultValue("500") int daftarKerjaMaks) {
}
