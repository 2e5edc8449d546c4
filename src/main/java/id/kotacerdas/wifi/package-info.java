/**
 * Public Wi-Fi: the registry of the city's free hotspots (Dinas Kominfo), the public map with opening hours, their
 * health from heartbeats and active probes (uptime per month, cost per available hour, alerts when one stays down),
 * the coverage of public-service places, and captive-portal usage imported from RADIUS or portal exports. See
 * docs/wifi.md.
 * <p>
 * No other module depends on it; everything is in {@code internal}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "platform", "akun", "audit", "wilayah", "notifikasi", "ekspor", "pengaduan" })
package id.kotacerdas.wifi;
