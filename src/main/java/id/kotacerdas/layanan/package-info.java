/**
 * SODAMOLEK's service catalogue: each public service as its published standard (PermenPANRB
 * 15/2014, 14 components), its owning agency and unit, its application form (typed fields and
 * required documents stored through {@link id.kotacerdas.berkas.LayananBerkas}) and its ordered
 * steps, run by the engine {@link id.kotacerdas.permohonan.MesinPermohonan}; the public catalogue,
 * the SIPPN export, the citizen's application and the back office's document check. See docs/layanan.md.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "platform", "opd", "akun", "audit", "berkas", "ekspor", "permohonan", "dokumen" })
package id.kotacerdas.layanan;
