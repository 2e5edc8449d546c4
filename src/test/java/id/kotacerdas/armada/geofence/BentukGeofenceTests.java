package id.kotacerdas.armada.geofence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

import id.kotacerdas.platform.PermintaanDitolakException;

/** Geofence shapes and their index, with places in Kupang. */
class BentukGeofenceTests {

	/** Around the Kupang mayor's office on Jl. S.K. Lerik: lon/lat as GeoJSON wants. */
	static final String KANTOR_WALI_KOTA = """
			{"type":"Polygon","coordinates":[[[123.6300,-10.1640],[123.6350,-10.1640],[123.6350,-10.1600],[123.6300,-10.1600],[123.6300,-10.1640]]]}""";

	@Test
	void aCircleIsMeasuredInMetres() {
		// SPBU Oebobo, 150 m radius
		var spbu = BentukGeofence.dari(-10.1700, 123.6050, 150.0, null);
		assertThat(spbu.memuat(-10.1700, 123.6050)).isTrue();
		// 0.0012° of latitude ≈ 134 m: inside; 0.0015° ≈ 167 m: outside
		assertThat(spbu.memuat(-10.1712, 123.6050)).isTrue();
		assertThat(spbu.memuat(-10.1715, 123.6050)).isFalse();
		// east-west: a degree of longitude is shorter by cos(10.17°) ≈ 0.984
		assertThat(spbu.memuat(-10.1700, 123.6063)).isTrue();
		assertThat(spbu.memuat(-10.1700, 123.6066)).isFalse();
	}

	@Test
	void aPolygonHoldsWhatIsInsideIt() {
		var kantor = BentukGeofence.dari(null, null, null, KANTOR_WALI_KOTA);
		assertThat(kantor.memuat(-10.1620, 123.6325)).isTrue();
		assertThat(kantor.memuat(-10.1640, 123.6320)).as("on the edge").isTrue();
		assertThat(kantor.memuat(-10.1650, 123.6325)).isFalse();
		// swapped lat/lon is a different place entirely
		assertThat(kantor.memuat(123.6325, -10.1620)).isFalse();
	}

	@Test
	void badShapesAreRefused() {
		assertThatThrownBy(() -> BentukGeofence.dari(null, null, null, null)).isInstanceOf(PermintaanDitolakException.class);
		assertThatThrownBy(() -> BentukGeofence.dari(-10.17, 123.60, 100.0, KANTOR_WALI_KOTA)).isInstanceOf(PermintaanDitolakException.class);
		assertThatThrownBy(() -> BentukGeofence.dari(-10.17, null, 100.0, null)).isInstanceOf(PermintaanDitolakException.class);
		assertThatThrownBy(() -> BentukGeofence.dari(null, null, null, "{\"type\":\"Point\",\"coordinates\":[123.6,-10.17]}"))
			.isInstanceOf(PermintaanDitolakException.class);
		assertThatThrownBy(() -> BentukGeofence.dari(null, null, null, "{\"type\":\"Polygon\"")).isInstanceOf(PermintaanDitolakException.class);
		// a bow tie crosses itself
		assertThatThrownBy(() -> BentukGeofence.dari(null, null, null,
				"{\"type\":\"Polygon\",\"coordinates\":[[[123.60,-10.17],[123.61,-10.16],[123.61,-10.17],[123.60,-10.16],[123.60,-10.17]]]}"))
			.isInstanceOf(PermintaanDitolakException.class);
	}

	@Test
	void theIndexFindsOnlyTheGeofencesHoldingAPoint() {
		var spbu = new Geofence(1, "SPBU Oebobo", JenisGeofence.SPBU, null, -10.1700, 123.6050, 150.0, null);
		var kantor = new Geofence(2, "Kantor Wali Kota", JenisGeofence.KANTOR, null, null, null, null, KANTOR_WALI_KOTA);
		var peta = new PetaGeofence(List.of(new PetaGeofence.Masukan(spbu, BentukGeofence.dari(spbu)),
				new PetaGeofence.Masukan(kantor, BentukGeofence.dari(kantor))));
		assertThat(peta.memuat(-10.1701, 123.6051)).containsExactly(spbu);
		assertThat(peta.memuat(-10.1620, 123.6325)).containsExactly(kantor);
		// the corner of the circle's box is outside the circle
		assertThat(peta.memuat(-10.1713, 123.6063)).isEmpty();
		assertThat(peta.memuat(-10.1500, 123.5800)).isEmpty();
	}
}
