package id.kotacerdas.armada.geofence;

/**
 * A registered place: a circle (lat, lon, radiusM) or a GeoJSON polygon.
 *
 * @param opdId the agency keeping it; null for a city-wide place kept by Kominfo
 */
public record Geofence(long id, String nama, JenisGeofence jenis, Long opdId, Double lat, Double lon, Double radiusM, String geojson) {
}
