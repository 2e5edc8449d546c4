/** The city's agencies (Perangkat Daerah): dinas, badan, kecamatan, RSUD, as editable records. */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "platform", "audit" })
package id.kotacerdas.opd;
