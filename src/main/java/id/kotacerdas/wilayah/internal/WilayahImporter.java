package id.kotacerdas.wilayah.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;

import org.apache.commons.csv.CSVRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import id.kotacerdas.platform.DataCsv;
import id.kotacerdas.platform.KotaProperties;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Loads the city's regions into an empty database from the configured files: a CSV of
 * Kemendagri codes (columns {@code kode, tingkat, nama, kode_kecamatan, kodepos, lat, lng}) and
 * a GeoJSON FeatureCollection of kelurahan boundaries whose features carry {@code kode}.
 */
@Component
class WilayahImporter {

	private static final Logger log = LoggerFactory.getLogger(WilayahImporter.class);

	private final WilayahRepository repo;

	private final ObjectMapper json;

	private final KotaProperties kota;

	WilayahImporter(WilayahRepository repo, ObjectMapper json, KotaProperties kota) {
		this.repo = repo;
		this.json = json;
		this.kota = kota;
	}

	@Transactional
	public void imporBilaKosong() {
		if (!repo.kosong()) {
			return;
		}
		Map<String, String> batas = batasPerKode(kota.kelurahanGeojson());
		int kecamatan = 0;
		int kelurahan = 0;
		for (CSVRecord baris : DataCsv.baca(kota.wilayahCsv())) {
			switch (baris.get("tingkat")) {
				case "kecamatan" -> {
					repo.tambahKecamatan(baris.get("kode"), baris.get("nama"));
					kecamatan++;
				}
				case "kelurahan", "desa" -> {
					String kode = baris.get("kode");
					String geometri = batas.get(kode);
					if (geometri == null) {
						throw new IllegalStateException("No boundary in " + kota.kelurahanGeojson() + " for kelurahan " + kode);
					}
					repo.tambahKelurahan(kode, baris.get("nama"), baris.get("kodepos"), baris.get("kode_kecamatan"),
							new BigDecimal(baris.get("lat")), new BigDecimal(baris.get("lng")), geometri);
					kelurahan++;
				}
				default -> {
					// the city's own row (tingkat "kota") carries nothing the product stores
				}
			}
		}
		log.info("Loaded {} kecamatan and {} kelurahan of {}", kecamatan, kelurahan, kota.nama());
	}

	private Map<String, String> batasPerKode(Resource geojson) {
		try (var in = geojson.getInputStream()) {
			Map<String, String> hasil = new HashMap<>();
			for (JsonNode fitur : json.readTree(in).path("features")) {
				hasil.put(fitur.path("properties").path("kode").asString(), json.writeValueAsString(fitur.path("geometry")));
			}
			return hasil;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}
}
