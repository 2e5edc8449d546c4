/**
 * SIMPEG: the records of the city's civil servants (PNS and PPPK) following SIASN's "data utama",
 * kept by the personnel agency (BKPPD). The register, its pages and reference lists are internal
 * (no API yet); the NIK and NIP value types are the platform's. The calendars ahead, the DUK and the
 * statistics export through {@code ekspor} and mail digests through {@code notifikasi}. See docs/kepegawaian.md.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "platform", "opd", "akun", "audit", "ekspor", "notifikasi" })
package id.kotacerdas.kepegawaian;
