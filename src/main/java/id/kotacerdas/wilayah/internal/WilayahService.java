package id.kotacerdas.wilayah.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.geojson.GeoJsonReader;
import org.springframework.stereotype.Service;

import id.kotacerdas.wilayah.Kecamatan;
import id.kotacerdas.wilayah.Kelurahan;
import id.kotacerdas.wilayah.Wilayah;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Regions change by decree, not by the minute: they are read once at start-up and served from
 * memory, including the prepared geometries of the lookup and the rendered GeoJSON.
 */
@Service
class WilayahService implements Wilayah {

	private record Baris(Kelurahan kelurahan, String batas) {
	}

	private final List<Kecamatan> kecamatan;

	private final Map<String, Kecamatan> kecamatanPerKode;

	private final Map<String, Kelurahan> kelurahanPerKode;

	private final PencariLokasi<Kelurahan> pencari;

	private final String geoJson;

	WilayahService(WilayahImporter importer, WilayahRepository repo, ObjectMapper json) {
		importer.imporBilaKosong();
		this.kecamatan = repo.kecamatan();
		this.kecamatanPerKode = kecamatan.stream().collect(Collectors.toMap(Kecamatan::kode, Function.identity()));
		List<Baris> baris = repo.kelurahan().stream()
			.map(k -> new Baris(new Kelurahan(k.kode(), k.nama(), k.kodepos(), kecamatanPerKode.get(k.kecamatanKode()), k.lat(), k.lon()),
					k.batas()))
			.toList();
		this.kelurahanPerKode = new LinkedHashMap<>();
		Map<String, Geometry> geometri = new LinkedHashMap<>();
		GeoJsonReader reader = new GeoJsonReader();
		for (Baris b : baris) {
			kelurahanPerKode.put(b.kelurahan().kode(), b.kelurahan());
			geometri.put(b.kelurahan().kode(), baca(reader, b));
		}
		this.pencari = new PencariLokasi<>(geometri, kelurahanPerKode);
		this.geoJson = featureCollection(json, baris);
	}

	private static Geometry baca(GeoJsonReader reader, Baris b) {
		try {
			return reader.read(b.batas());
		}
		catch (ParseException ex) {
			throw new IllegalStateException("Invalid boundary of kelurahan " + b.kelurahan().kode(), ex);
		}
	}

	private static String featureCollection(ObjectMapper json, List<Baris> baris) {
		ObjectNode koleksi = json.createObjectNode().put("type", "FeatureCollection");
		ArrayNode fitur = koleksi.putArray("features");
		for (Baris b : baris) {
			Kelurahan k = b.kelurahan();
			ObjectNode f = fitur.addObject().put("type", "Feature").put("id", k.kode());
			f.putObject("properties")
				.put("kode", k.kode())
				.put("nama", k.nama())
				.put("kodepos", k.kodepos())
				.put("kecamatanKode", k.kecamatan().kode())
				.put("kecamatanNama", k.kecamatan().nama());
			f.set("geometry", json.readTree(b.batas()));
		}
		return json.writeValueAsString(koleksi);
	}

	@Override
	public List<Kecamatan> kecamatan() {
		return kecamatan;
	}

	@Override
	public List<Kelurahan> kelurahan() {
		return List.copyOf(kelurahanPerKode.values());
	}

	@Override
	public Optional<Kelurahan> kelurahan(String kode) {
		return Optional.ofNullable(kelurahanPerKode.get(kode));
	}

	@Override
	public Optional<Kecamatan> kecamatan(String kode) {
		return Optional.ofNullable(kecamatanPerKode.get(kode));
	}

	@Override
	public Optional<Kelurahan> temukan(double lat, double lon) {
		return pencari.temukan(lat, lon);
	}

	@Override
	public String kelurahanGeoJson() {
		return geoJson;
	}
}
