/**
 * The Open311 GeoReport v2 server ({@code /open311/v2}): discovery, services and their
 * definitions from the complaint categories, filing and reading requests through
 * {@link id.kotacerdas.pengaduan.LayananPengaduan}, FixMyStreet-style updates, paging and
 * per-key/per-IP rate limits. Every answer, errors included, is in the format the client asked for.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "platform", "pengaduan", "akun", "wilayah", "berkas" })
package id.kotacerdas.open311;
