package id.kotacerdas.wilayah.internal;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.index.strtree.STRtree;
import org.locationtech.jts.operation.distance.IndexedFacetDistance;

/**
 * Point-in-polygon lookup over the kelurahan boundaries. The published boundaries overlap
 * their neighbours by slivers and leave small gaps, so the lookup is made deterministic:
 * where several polygons cover a point the one it lies deepest inside wins (ties by code), and a
 * point in a gap goes to the nearest polygon if that is within {@link #TOLERANSI_DERAJAT}.
 * Immutable and safe for concurrent use.
 */
final class PencariLokasi<T> {

	/** About 110 m at Kupang's latitude: wider than the gaps, far narrower than any kelurahan. */
	static final double TOLERANSI_DERAJAT = 0.001;

	private static final GeometryFactory GEOMETRI = new GeometryFactory(new PrecisionModel(), 4326);

	private record Wilayah<T>(String kode, T nilai, PreparedGeometry siap, IndexedFacetDistance tepi) {
	}

	private final STRtree indeks = new STRtree();

	PencariLokasi(Map<String, Geometry> batasPerKode, Map<String, T> nilaiPerKode) {
		batasPerKode.forEach((kode, batas) -> indeks.insert(batas.getEnvelopeInternal(), new Wilayah<>(kode,
				nilaiPerKode.get(kode), PreparedGeometryFactory.prepare(batas), new IndexedFacetDistance(batas.getBoundary()))));
		indeks.build();
	}

	Optional<T> temukan(double lat, double lon) {
		Point titik = GEOMETRI.createPoint(new Coordinate(lon, lat));
		List<Wilayah<T>> kandidat = kandidat(titik, 0);
		List<Wilayah<T>> memuat = kandidat.stream().filter(w -> w.siap().covers(titik)).toList();
		if (!memuat.isEmpty()) {
			return memuat.stream()
				.max(Comparator.<Wilayah<T>>comparingDouble(w -> w.tepi().distance(titik))
					.thenComparing(Wilayah::kode, Comparator.reverseOrder()))
				.map(Wilayah::nilai);
		}
		return kandidat(titik, TOLERANSI_DERAJAT).stream()
			.filter(w -> w.siap().getGeometry().isWithinDistance(titik, TOLERANSI_DERAJAT))
			.min(Comparator.<Wilayah<T>>comparingDouble(w -> w.siap().getGeometry().distance(titik))
				.thenComparing(Wilayah::kode))
			.map(Wilayah::nilai);
	}

	@SuppressWarnings("unchecked")
	private List<Wilayah<T>> kandidat(Point titik, double jarak) {
		var kotak = titik.getEnvelopeInternal();
		kotak.expandBy(jarak);
		return indeks.query(kotak);
	}
}
