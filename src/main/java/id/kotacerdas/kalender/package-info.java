/**
 * The city government's working days in WITA: Monday to Friday except national holidays and cuti
 * bersama, which Kominfo enters once for the whole city. Every SLA of every module counts with
 * {@link id.kotacerdas.kalender.KalenderKerja}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "platform", "audit" })
package id.kotacerdas.kalender;
