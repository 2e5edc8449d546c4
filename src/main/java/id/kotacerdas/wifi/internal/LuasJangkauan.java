package id.kotacerdas.wifi.internal;

import java.util.ArrayList;
import java.util.List;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.CoordinateFilter;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.operation.buffer.BufferParameters;
import org.locationtech.jts.operation.union.UnaryUnionOp;

/**
 * The area of a region within reach of a set of points: the union of a disc of the reach around each point, intersected
 * with the region (JTS). Areas in square metres on a local equirectangular projection of the WGS84 ellipsoid centred on
 * the region: x = N₀·cos φ₀·Δλ, y = M₀·Δφ with the radii of curvature at the centre's latitude. Distances and areas are
 * true at the centre; across a city 20 km wide the error stays below 0.05 %, far under the uncertainty of a radio
 * range. Immutable and safe to share once built.
 */
final class LuasJangkauan {

	/** WGS84 semi-major axis and first eccentricity squared. */
	static final double A_WGS84 = 6_378_137.0;

	static final double E2_WGS84 = 6.69437999014e-3;

	/** Segments per quarter circle: a 256-gon, whose area is within 0.01 % of the disc's. */
	private static final int SEGMEN_SEPEREMPAT = 64;

	private static final GeometryFactory GEOMETRI = new GeometryFactory();

	private final double lat0;

	private final double lon0;

	/** Metres per radian of latitude (M₀) and of longitude (N₀·cos φ₀) at the centre. */
	private final double mPerRadLat;

	private final double mPerRadLon;

	private final Geometry wilayah;

	/** @param wilayahWgs84 the region with x = longitude, y = latitude in degrees (polygons, possibly many) */
	LuasJangkauan(Geometry wilayahWgs84) {
		Envelope kotak = wilayahWgs84.getEnvelopeInternal();
		this.lat0 = kotak.centre().y;
		this.lon0 = kotak.centre().x;
		double phi = Math.toRadians(lat0);
		double w = 1 - E2_WGS84 * Math.sin(phi) * Math.sin(phi);
		this.mPerRadLat = A_WGS84 * (1 - E2_WGS84) / Math.pow(w, 1.5);
		this.mPerRadLon = A_WGS84 / Math.sqrt(w) * Math.cos(phi);
		Geometry proyeksi = wilayahWgs84.copy();
		proyeksi.apply((CoordinateFilter) c -> {
			double x = Math.toRadians(c.x - lon0) * mPerRadLon;
			double y = Math.toRadians(c.y - lat0) * mPerRadLat;
			c.x = x;
			c.y = y;
		});
		proyeksi.geometryChanged();
		// region files often carry slivers and self-touching rings; buffer(0) repairs them before the union
		List<Geometry> bagian = new ArrayList<>();
		for (int i = 0; i < proyeksi.getNumGeometries(); i++) {
			Geometry g = proyeksi.getGeometryN(i);
			bagian.add(g.isValid() ? g : g.buffer(0));
		}
		this.wilayah = UnaryUnionOp.union(bagian);
	}

	/** @param terjangkauM2 the region's area within reach; @param wilayahM2 the region's area */
	record Hasil(double terjangkauM2, double wilayahM2, int titik) {
	}

	/** The region's area within {@code jangkauanM} metres of any of the points ({lat, lon} in degrees). */
	Hasil hitung(List<double[]> titikLatLon, double jangkauanM) {
		List<Geometry> lingkaran = new ArrayList<>(titikLatLon.size());
		for (double[] t : titikLatLon) {
			Coordinate c = new Coordinate(Math.toRadians(t[1] - lon0) * mPerRadLon, Math.toRadians(t[0] - lat0) * mPerRadLat);
			lingkaran.add(GEOMETRI.createPoint(c).buffer(jangkauanM, SEGMEN_SEPEREMPAT, BufferParameters.CAP_ROUND));
		}
		double terjangkau = lingkaran.isEmpty() ? 0 : UnaryUnionOp.union(lingkaran).intersection(wilayah).getArea();
		return new Hasil(terjangkau, wilayah.getArea(), titikLatLon.size());
	}
}
