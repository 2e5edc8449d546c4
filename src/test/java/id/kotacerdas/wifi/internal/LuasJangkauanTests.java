package id.kotacerdas.wifi.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;

/**
 * The area within reach against hand calculations: a seeded boundary (a box of 0.02° × 0.02° near Kupang, whose true
 * area on the WGS84 ellipsoid follows from the authalic formula), a disc fully inside (πr²), two discs 100 m apart
 * (2πr² less the lens 2r²·acos(d/2r) − (d/2)·√(4r² − d²)), and a disc on the boundary's straight west edge (πr²/2).
 */
class LuasJangkauanTests {

	private static final double UTARA = -10.18;

	private static final double SELATAN = -10.20;

	private static final double BARAT = 123.58;

	private static final double TIMUR = 123.60;

	private static final double R = 100;

	private static final double E = Math.sqrt(LuasJangkauan.E2_WGS84);

	private final LuasJangkauan luas = new LuasJangkauan(new GeometryFactory().createPolygon(new Coordinate[] { new Coordinate(BARAT, SELATAN),
			new Coordinate(TIMUR, SELATAN), new Coordinate(TIMUR, UTARA), new Coordinate(BARAT, UTARA), new Coordinate(BARAT, SELATAN) }));

	/** The authalic q(φ) of the ellipsoid: the area between two parallels over Δλ is (Δλ/2)·b²·(q(φ₂) − q(φ₁)). */
	private static double q(double lat) {
		double s = Math.sin(Math.toRadians(lat));
		return s / (1 - E * E * s * s) + Math.log((1 + E * s) / (1 - E * s)) / (2 * E);
	}

	/** Degrees of longitude for {@code meter} metres east at a latitude (the ellipsoid's prime-vertical radius). */
	private static double bujur(double meter, double lat) {
		double s = Math.sin(Math.toRadians(lat));
		double n = LuasJangkauan.A_WGS84 / Math.sqrt(1 - E * E * s * s);
		return Math.toDegrees(meter / (n * Math.cos(Math.toRadians(lat))));
	}

	@Test
	void theBoundarysAreaMatchesTheEllipsoidsAndADiscInsideIsPiRSquared() {
		double b2 = LuasJangkauan.A_WGS84 * LuasJangkauan.A_WGS84 * (1 - LuasJangkauan.E2_WGS84);
		double kotak = Math.toRadians(TIMUR - BARAT) / 2 * b2 * (q(UTARA) - q(SELATAN));
		LuasJangkauan.Hasil h = luas.hitung(List.of(new double[] { -10.19, 123.59 }), R);
		assertThat(h.wilayahM2()).isCloseTo(kotak, within(kotak * 0.0005));
		assertThat(h.terjangkauM2()).isCloseTo(Math.PI * R * R, within(Math.PI * R * R * 0.001));
		assertThat(h.titik()).isEqualTo(1);
	}

	@Test
	void twoOverlappingDiscsCountTheirUnionOnceAndADiscOnTheEdgeCountsOnlyInside() {
		double lat = -10.19;
		double d = 100;
		double lensa = 2 * R * R * Math.acos(d / (2 * R)) - d / 2 * Math.sqrt(4 * R * R - d * d);
		double gabungan = 2 * Math.PI * R * R - lensa;
		double tepi = Math.PI * R * R / 2;
		List<double[]> titik = List.of(new double[] { lat, 123.59 - bujur(d / 2, lat) }, new double[] { lat, 123.59 + bujur(d / 2, lat) },
				new double[] { lat, BARAT });
		LuasJangkauan.Hasil h = luas.hitung(titik, R);
		// 50,548 m² for the pair, 15,708 m² for the half disc
		assertThat(h.terjangkauM2()).isCloseTo(gabungan + tepi, within((gabungan + tepi) * 0.001));
		assertThat(luas.hitung(List.of(), R).terjangkauM2()).isZero();
	}
}
