package id.kotacerdas.wifi.internal;

import java.time.Instant;

/**
 * A public hotspot as registered.
 *
 * @param biayaBulanan what the city pays the ISP a month, whole rupiah
 * @param tempatLayanan code of the configured public-service place it serves, or null
 * @param nasId the router's NAS-Identifier in RADIUS and captive-portal exports, or null
 * @param alamatProbe where the active probe connects ({@code tcp://host:port}, {@code http(s)://…}), or null
 * @param adaToken whether a heartbeat token was issued
 * @param dipantauSejak since when its health is measured, null while it is not
 */
record Hotspot(long id, String nama, JenisTempat jenisTempat, String kelurahanKode, double lat, double lon, String isp, String ssid,
		int bandwidthMbps, long biayaBulanan, JamOperasional jam, StatusHotspot status, String tempatLayanan, String nasId, String alamatProbe,
		boolean adaToken, Instant dipantauSejak, Instant peringatanMati) {

	boolean dipantau() {
		return dipantauSejak != null;
	}

	/** Free Wi-Fi a citizen may look for: withdrawn hotspots are not shown. */
	boolean tampilPublik() {
		return status != StatusHotspot.NONAKTIF;
	}
}
