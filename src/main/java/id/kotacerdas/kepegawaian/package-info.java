/**
 * SIMPEG: the records of the city's civil servants (PNS and PPPK) following SIASN's "data utama",
 * kept by the personnel agency (BKPPD). The API is {@link id.kotacerdas.kepegawaian.Nik}; the
 * register, its pages and reference lists are internal. See docs/kepegawaian.md.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "platform", "opd", "akun", "audit" })
package id.kotacerdas.kepegawaian;
