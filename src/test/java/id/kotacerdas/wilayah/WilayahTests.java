package id.kotacerdas.wilayah;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.io.geojson.GeoJsonReader;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import id.kotacerdas.IntegrationTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

@IntegrationTest
class WilayahTests {

	private static final GeometryFactory GF = new GeometryFactory();

	@Autowired
	Wilayah wilayah;

	@Autowired
	MockMvc mvc;

	@Autowired
	ObjectMapper json;

	@Test
	void listsTheSixKecamatanAndFiftyOneKelurahanOfKupang() throws Exception {
		mvc.perform(get("/api/wilayah/kecamatan"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$", hasSize(6)))
			.andExpect(jsonPath("$[0].kode").value("53.71.01"))
			.andExpect(jsonPath("$[0].nama").value("Alak"));
		mvc.perform(get("/api/wilayah/kelurahan"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$", hasSize(51)))
			.andExpect(jsonPath("$[0].kode").value("53.71.01.1001"))
			.andExpect(jsonPath("$[0].nama").value("Namosain"))
			.andExpect(jsonPath("$[0].kodepos").value("85232"))
			.andExpect(jsonPath("$[0].kecamatan.kode").value("53.71.01"))
			.andExpect(jsonPath("$[0].kecamatan.nama").value("Alak"));
	}

	@Test
	void servesTheBoundariesAsAnRfc7946FeatureCollection() throws Exception {
		String body = mvc.perform(get("/api/wilayah/kelurahan.geojson"))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith("application/geo+json"))
			.andReturn().getResponse().getContentAsString();
		JsonNode fc = json.readTree(body);
		assertThat(fc.path("type").asString()).isEqualTo("FeatureCollection");
		assertThat(fc.path("features")).hasSize(51);
		for (JsonNode f : fc.path("features")) {
			assertThat(f.path("geometry").path("type").asString()).isIn("Polygon", "MultiPolygon");
			assertThat(f.path("properties").path("kode").asString()).startsWith("53.71.");
			// RFC 7946: longitude first
			double lon = f.path("geometry").path("coordinates").get(0).get(0).get(0).asDouble();
			assertThat(lon).isBetween(123.4, 123.8);
		}
	}

	/** Every kelurahan: a point certainly inside it (JTS interior point) is located there. */
	@ParameterizedTest(name = "{0}")
	@MethodSource("kelurahanKupang")
	void locatesAPointInsideEachKelurahan(String kode, Geometry batas) {
		Point dalam = batas.getInteriorPoint();
		assertThat(wilayah.temukan(dalam.getY(), dalam.getX())).map(Kelurahan::kode).contains(kode);
	}

	/** Seeded random points inside each kelurahan and in no neighbour's overlapping sliver. */
	@ParameterizedTest(name = "{0}")
	@MethodSource("kelurahanKupang")
	void locatesRandomPointsInsideEachKelurahan(String kode, Geometry batas) {
		Random acak = new Random(kode.hashCode());
		var kotak = batas.getEnvelopeInternal();
		int diuji = 0;
		for (int i = 0; i < 2000 && diuji < 25; i++) {
			double lon = kotak.getMinX() + acak.nextDouble() * kotak.getWidth();
			double lat = kotak.getMinY() + acak.nextDouble() * kotak.getHeight();
			Point titik = GF.createPoint(new Coordinate(lon, lat));
			if (!batas.contains(titik) || diLuarTumpangTindih(kode, titik)) {
				continue;
			}
			assertThat(wilayah.temukan(lat, lon)).as("(%s, %s)", lat, lon).map(Kelurahan::kode).contains(kode);
			diuji++;
		}
		assertThat(diuji).isPositive();
	}

	@Test
	void aPointOnASharedBorderGoesToOneOfTheNeighboursDeterministically() {
		Map<String, Geometry> batas = batas();
		Geometry a = batas.get("53.71.04.1001");
		String tetangga = batas.entrySet().stream()
			.filter(e -> !e.getKey().equals("53.71.04.1001") && e.getValue().intersects(a))
			.map(Map.Entry::getKey).findFirst().orElseThrow();
		Geometry tepiBersama = a.getBoundary().intersection(batas.get(tetangga).buffer(1e-6));
		Coordinate c = tepiBersama.getCoordinates()[tepiBersama.getCoordinates().length / 2];
		var pertama = wilayah.temukan(c.y, c.x);
		assertThat(pertama).map(Kelurahan::kode).get().isIn("53.71.04.1001", tetangga);
		for (int i = 0; i < 5; i++) {
			assertThat(wilayah.temukan(c.y, c.x)).isEqualTo(pertama);
		}
	}

	@ParameterizedTest
	@CsvSource({ "0,0", "-6.2,106.8", "-10.05,123.55", "-10.40,123.60", "-10.17,123.95", "90,180" })
	void pointsOutsideTheCityAreNotFound(double lat, double lon) throws Exception {
		assertThat(wilayah.temukan(lat, lon)).isEmpty();
		mvc.perform(get("/api/wilayah/locate").param("lat", String.valueOf(lat)).param("lon", String.valueOf(lon)))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith("application/problem+json"))
			.andExpect(jsonPath("$.detail", containsString("di luar wilayah kota")));
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "lat=abc&lon=123.6", "lat=-10.17", "lat=-91&lon=123.6", "lat=-10.17&lon=181",
			"lat=NaN&lon=123.6", "lat=&lon=", "lat=1e400&lon=123.6" })
	void malformedOrOutOfRangeCoordinatesAreRejected(String query) throws Exception {
		mvc.perform(get("/api/wilayah/locate?" + query))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith("application/problem+json"));
	}

	@Test
	void locateAnswersWithTheKelurahanAndItsKecamatan() throws Exception {
		Kelurahan k = wilayah.kelurahan("53.71.04.1001").orElseThrow();
		Point p = batas().get(k.kode()).getInteriorPoint();
		mvc.perform(get("/api/wilayah/locate").param("lat", String.valueOf(p.getY())).param("lon", String.valueOf(p.getX())))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.kode").value(k.kode()))
			.andExpect(jsonPath("$.nama").value(k.nama()))
			.andExpect(jsonPath("$.kecamatan.kode").value("53.71.04"));
	}

	private boolean diLuarTumpangTindih(String kode, Point titik) {
		return batas().entrySet().stream().anyMatch(e -> !e.getKey().equals(kode) && e.getValue().intersects(titik.buffer(1e-5)));
	}

	private static Map<String, Geometry> cacheBatas;

	static synchronized Map<String, Geometry> batas() {
		if (cacheBatas == null) {
			try (var in = WilayahTests.class.getResourceAsStream("/kota/kupang/kupang-kelurahan.geojson")) {
				JsonNode fc = new ObjectMapper().readTree(in);
				Map<String, Geometry> hasil = new java.util.LinkedHashMap<>();
				GeoJsonReader reader = new GeoJsonReader();
				for (JsonNode f : fc.path("features")) {
					hasil.put(f.path("properties").path("kode").asString(), reader.read(f.path("geometry").toString()));
				}
				cacheBatas = hasil;
			}
			catch (Exception ex) {
				throw new IllegalStateException(ex);
			}
		}
		return cacheBatas;
	}

	static Stream<org.junit.jupiter.params.provider.Arguments> kelurahanKupang() {
		List<org.junit.jupiter.params.provider.Arguments> args = new ArrayList<>();
		batas().forEach((kode, g) -> args.add(org.junit.jupiter.params.provider.Arguments.of(kode, g)));
		assertThat(args).hasSize(51);
		return args.stream();
	}
}
