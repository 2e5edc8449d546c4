/**
 * The smart-city masterplan (Kupang: Perwali 49/2019, roadmap 2019–2028): the register of programmes and indicators per
 * dimension and element with baselines and yearly targets, their values — computed live from the modules'
 * {@link id.kotacerdas.platform.Indikator} beans and stored as snapshots with their source, or entered by the responsible
 * agency with a proof and verified by Kominfo on the staged-application engine — and the public and leadership
 * dashboards with the map of the modules' {@link id.kotacerdas.platform.LapisanPeta}. See docs/masterplan.md.
 * <p>
 * Its API is {@link id.kotacerdas.masterplan.RegisterMasterplan}: every figure of a year with its proof, for the
 * evaluation bundles.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "platform", "opd", "akun", "audit", "berkas", "permohonan" })
package id.kotacerdas.masterplan;
