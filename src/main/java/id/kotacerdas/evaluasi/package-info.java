/**
 * Evaluation bundles with one click: the forms the city answers each year (Kominfo's smart-city self-assessment,
 * SPBE, PEKPPP/Ombudsman) as layouts that are data (a YAML file per form and year, uploaded by Kominfo), filled
 * from the modules' figures and Kominfo's SPBE assessment, and written as XLSX, PDF and a ZIP of the evidence files.
 * See docs/evaluasi.md.
 * <p>
 * No other module depends on it; everything is in {@code internal}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "platform", "akun", "audit", "opd", "berkas", "layanan", "masterplan" })
package id.kotacerdas.evaluasi;
