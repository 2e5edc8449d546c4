/**
 * Issued documents anyone can verify: kinds of document with a template the agency edits (HTML rendered
 * to PDF), numbers from a gap-free register per classification code, unit and year (WITA), a QR code to
 * the public verification page {@code /v/{id}} (with upload-to-verify by SHA-256), revocation, and the
 * signature behind a port (local PAdES with the city certificate, or BSrE). Generic: it knows nothing of
 * the modules that issue through it. See docs/dokumen.md.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "platform", "opd", "akun", "audit", "berkas" })
package id.kotacerdas.dokumen;
