/**
 * Events in the city's kelurahan: submission by kelurahan staff or a community on the staged-application engine
 * ({@code permohonan}), approval by Dinas Pariwisata, versioned changes (postponed, cancelled), report cards and the dossier of a series, the public calendar
 * (month and list, per kelurahan, kecamatan and city, printable per kelurahan with QR codes), iCalendar feeds
 * (RFC 5545/7986, ical4j), Atom, JSON and schema.org JSON-LD, and the kelurahan coverage figure. See docs/iven.md.
 * <p>
 * No other module depends on it; everything is in {@code internal}. An event's report card reads complaints near the
 * venue from {@code pengaduan} and the businesses around it from {@code umkm}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "platform", "opd", "akun", "audit", "wilayah", "berkas",
		"permohonan", "pengaduan", "umkm", "notifikasi" })
package id.kotacerdas.iven;
