/**
 * The community satisfaction survey (SKM, PermenPANRB 14/2017) offered once per completed
 * application of any flow of the engine, its index IKM per service, unit and period with the
 * regulation's quality grades, and the public compliance page (on-time share and median working days
 * per service and unit, from {@link id.kotacerdas.permohonan.PenyelesaianPermohonan}). See docs/survei.md.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "platform", "opd", "permohonan", "ekspor" })
package id.kotacerdas.survei;
