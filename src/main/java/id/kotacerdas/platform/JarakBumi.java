package id.kotacerdas.platform;

/** Distances on the Earth's surface between WGS84 points (latitude, longitude in degrees). */
public final class JarakBumi {

	/** Mean Earth radius (IUGG), so the sphere's error stays below 0.5 % anywhere. */
	static final double JARI_JARI_M = 6_371_008.8;

	private JarakBumi() {
	}

	/** Great-circle distance in metres (haversine). */
	public static double meter(double lat1, double lon1, double lat2, double lon2) {
		double dLat = Math.toRadians(lat2 - lat1);
		double dLon = Math.toRadians(lon2 - lon1);
		double a = Math.sin(dLat / 2) * Math.sin(dLat / 2)
				+ Math.cos(Math.toRadians(lat1)) * Math.cos(Math.toRadians(lat2)) * Math.sin(dLon / 2) * Math.sin(dLon / 2);
		return 2 * JARI_JARI_M * Math.asin(Math.min(1, Math.sqrt(a)));
	}
}
