/**
 * Citizen complaints (pengaduan): intake on the web and through {@link id.kotacerdas.pengaduan.LayananPengaduan}
 * (which the Open311 module builds on), routing to the responsible agency's TRC team, the lifecycle
 * with working-day SLA (counted by {@link id.kotacerdas.kalender.KalenderKerja}), notifications, and statistics per agency.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "platform", "wilayah", "opd", "akun", "audit", "kalender", "notifikasi", "berkas", "ekspor" })
package id.kotacerdas.pengaduan;
