package id.kotacerdas.jalan.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.util.UriComponentsBuilder;

import id.kotacerdas.platform.BacaanPublik;

/**
 * The city roads as a public GeoJSON layer ({@link LapisanJalan}): each segment a LineString from its start to its end,
 * its name, its latest condition class in words, and the link that opens a "jalan rusak" complaint about it.
 */
@Controller
class PetaJalanController {

	private final RuasRepository repo;

	private final MessageSource pesan;

	PetaJalanController(RuasRepository repo, MessageSource pesan) {
		this.repo = repo;
		this.pesan = pesan;
	}

	@BacaanPublik
	@GetMapping(value = "/jalan/peta.json", produces = "application/geo+json")
	@ResponseBody
	Map<String, Object> geoJson(Locale bahasa) {
		List<Object> fitur = new ArrayList<>();
		for (Ruas r : repo.semua()) {
			Map<String, Object> p = new LinkedHashMap<>();
			p.put("nama", r.nama());
			p.put("keterangan", pesan.getMessage(r.kondisi() == null ? "jalan.belum-disurvei" : r.kondisi().kelas().kodePesan(), null, bahasa));
			p.put("peringatan", r.kondisi() != null && !r.kondisi().kelas().mantap());
			p.put("tautan", UriComponentsBuilder.fromPath("/pengaduan/baru").queryParam("jenisAset", AsetJalan.KODE).queryParam("aset", r.kode())
				.build().toUriString());
			fitur.add(Map.of("type", "Feature", "geometry",
					Map.of("type", "LineString", "coordinates", List.of(List.of(r.pangkalLon(), r.pangkalLat()), List.of(r.ujungLon(), r.ujungLat()))),
					"properties", p));
		}
		return Map.of("type", "FeatureCollection", "features", fitur);
	}
}
