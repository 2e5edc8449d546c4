/**
 * SIMPEG: the records of the city's civil servants (PNS and PPPK) following SIASN's "data utama",
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "platform", "opd", "akun", "audit", "berkas", "notifikasi", "ekspor" })
package id.kotacerdas.kepegawaian;
