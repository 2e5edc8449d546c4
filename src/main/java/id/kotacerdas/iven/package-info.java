/**
 * Events in the city's kelurahan: submission by kelurahan staff or a community on the staged-application engine
 * ({@code permohonan}), approval by Dinas Pariwisata, versioned changes (postponed, cancelled), the public calendar
 * (month and list, per kelurahan, kecamatan and city, printable per kelurahan with QR codes), iCalendar feeds
 * (RFC 5545/7986, ical4j), Atom, JSON and schema.org JSON-LD, and the kelurahan coverage figure. See docs/iven.md.
 * <p>
 * No other module depends on it; everything is in {@code internal}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "platform", "opd", "akun", "audit", "wilayah", "berkas",
		"permohonan" })
package id.kotacerdas.iven;
