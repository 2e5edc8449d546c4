/**
 * The staged-application engine: flows defined as data by the module that owns a process ({@link id.kotacerdas.permohonan.AlurBaru}),
 * applications without an account that run through their steps with working-day deadlines (counted by
 * {@link id.kotacerdas.kalender.KalenderKerja}), the public tracking page {@code /c/{kode}}, the staff worklist and
 * escalation; every transition audited and published as {@link id.kotacerdas.permohonan.PermohonanBerubah}. See docs/permohonan.md.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "platform", "opd", "akun", "audit", "kalender", "notifikasi" })
package id.kotacerdas.permohonan;
