/**
 * Satu Data: the city's open-data catalogue. Datasets come from the modules' {@link id.kotacerdas.platform.DataTerbuka}
 * beans (registered on start, refreshed on their schedule) or from agencies' uploads, each with the Satu Data Indonesia
 * metadata and the producer → walidata → published workflow. Harvesters read it through the CKAN Action API v3
 * ({@code /api/3/action/*}) and DCAT ({@code /catalog.jsonld}, {@code /catalog.ttl}). See docs/satudata.md.
 * <p>
 * The root holds the catalogue's API ({@link id.kotacerdas.satudata.KatalogData}) for the module's own parts.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "platform", "opd", "ekspor", "berkas", "audit", "akun",
		"permohonan", "notifikasi" })
package id.kotacerdas.satudata;
