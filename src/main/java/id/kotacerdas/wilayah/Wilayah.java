package id.kotacerdas.wilayah;

import java.util.List;
import java.util.Optional;

/** The module's API: the city's regions and the point-in-region lookup. */
public interface Wilayah {

	List<Kecamatan> kecamatan();

	List<Kelurahan> kelurahan();

	Optional<Kelurahan> kelurahan(String kode);

	Optional<Kecamatan> kecamatan(String kode);

	/** The kelurahan containing the WGS84 point, or empty when the point lies outside the city. */
	Optional<Kelurahan> temukan(double lat, double lon);

	/** The kelurahan boundaries as an RFC 7946 FeatureCollection. */
	String kelurahanGeoJson();
}
