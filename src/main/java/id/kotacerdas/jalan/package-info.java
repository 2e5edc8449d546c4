/**
 * City roads (jalan): the segment register (name, length, width, surface, condition class with its date and method —
 * visual, or IRI/SDI when measured — and the last works), "jalan rusak" complaints attached to a segment
 * ({@link id.kotacerdas.pengaduan.JenisAset}), and the share of roads in good or fair condition. See docs/pju.md.
 * <p>
 * Its own module rather than part of {@code pju}: roads are PUPR's register, which street lights (and later drainage,
 * sidewalks) only refer to. Its API is {@link id.kotacerdas.jalan.DaftarRuas}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "platform", "pengaduan", "opd", "akun", "audit" })
package id.kotacerdas.jalan;
