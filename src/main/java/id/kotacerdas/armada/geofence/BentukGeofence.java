package id.kotacerdas.armada.geofence;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygonal;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.geojson.GeoJsonReader;

import id.kotacerdas.platform.JarakBumi;
import id.kotacerdas.platform.PermintaanDitolakException;

/**
 * The shape of a geofence, ready for fast point tests. A circle is measured on the sphere (a
 * circle in degrees would be an ellipse); a polygon is a JTS prepared geometry in lon/lat.
 */
public sealed interface BentukGeofence {

	GeometryFactory GEOMETRI = new GeometryFactory();

	double METER_PER_DERAJAT = 111_320;

	boolean memuat(double lat, double lon);

	/** Bounding box in lon/lat, for the spatial index. */
	Envelope batas();

	/** @throws PermintaanDitolakException when the shape is missing, ambiguous or not a valid polygon */
	static BentukGeofence dari(Double lat, Double lon, Double radiusM, String geojson) {
		boolean lingkaran = lat != null || lon != null || radiusM != null;
		boolean poligon = geojson != null && !geojson.isBlank();
		if (lingkaran == poligon) {
			throw new PermintaanDitolakException("armada.geofence.bentuk-satu");
		}
		if (lingkaran) {
			if (lat == null || lon == null || radiusM == null) {
				throw new PermintaanDitolakException("armada.geofence.lingkaran-lengkap");
			}
			return new Lingkaran(lat, lon, radiusM);
		}
		Geometry g;
		try {
			g = new GeoJsonReader(GEOMETRI).read(geojson);
		}
		catch (ParseException | RuntimeException ex) {
			throw new PermintaanDitolakException("armada.geofence.geojson-rusak");
		}
		Envelope e = g.getEnvelopeInternal();
		if (!(g instanceof Polygonal) || g.isEmpty() || !g.isValid() || e.getMinX() < -180 || e.getMaxX() > 180 || e.getMinY() < -90
				|| e.getMaxY() > 90) {
			throw new PermintaanDitolakException("armada.geofence.geojson-rusak");
		}
		return new Poligon(PreparedGeometryFactory.prepare(g));
	}

	static BentukGeofence dari(Geofence g) {
		return dari(g.lat(), g.lon(), g.radiusM(), g.geojson());
	}

	record Lingkaran(double lat, double lon, double radiusM) implements BentukGeofence {

		@Override
		public boolean memuat(double lat, double lon) {
			return JarakBumi.meter(this.lat, this.lon, lat, lon) <= radiusM;
		}

		@Override
		public Envelope batas() {
			double dLat = radiusM / METER_PER_DERAJAT;
			double dLon = radiusM / (METER_PER_DERAJAT * Math.max(0.01, Math.cos(Math.toRadians(lat))));
			return new Envelope(lon - dLon, lon + dLon, lat - dLat, lat + dLat);
		}
	}

	record Poligon(PreparedGeometry geometri) implements BentukGeofence {

		@Override
		public boolean memuat(double lat, double lon) {
			return geometri.covers(GEOMETRI.createPoint(new Coordinate(lon, lat)));
		}

		@Override
		public Envelope batas() {
			return geometri.getGeometry().getEnvelopeInternal();
		}
	}
}
