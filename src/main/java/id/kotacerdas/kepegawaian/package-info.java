/**
 * SIMPEG: the records of the city's civil servants (PNS and PPPK) following SIASN's "data utama",
 * kept by the personnel agency (BKPPD), with their career history, the organisation tree, daily work
 * reports, the SIASN import and quality check, calendars, DUK and statistics. The register, its pages
 * and reference lists are internal; the API is the event {@link id.kotacerdas.kepegawaian.PegawaiKeluarDinas}
 * (an employee left service). The NIK and NIP value types are the platform's. See docs/kepegawaian.md.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "platform", "opd", "akun", "audit", "berkas", "notifikasi", "ekspor" })
package id.kotacerdas.kepegawaian;
