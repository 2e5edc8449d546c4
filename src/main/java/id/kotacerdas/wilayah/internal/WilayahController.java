package id.kotacerdas.wilayah.internal;

import java.util.List;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import id.kotacerdas.platform.PermintaanDitolakException;
import id.kotacerdas.wilayah.Kecamatan;
import id.kotacerdas.wilayah.Kelurahan;
import id.kotacerdas.wilayah.Wilayah;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping("/api/wilayah")
@Tag(name = "Wilayah", description = "Kecamatan dan kelurahan kota")
class WilayahController {

	static final MediaType GEO_JSON = MediaType.parseMediaType("application/geo+json");

	private final Wilayah wilayah;

	WilayahController(Wilayah wilayah) {
		this.wilayah = wilayah;
	}

	@org.springframework.context.annotation.Bean
	static id.kotacerdas.platform.AksesPublik aksesWilayah() {
		return () -> java.util.List.of("/api/wilayah/**");
	}

	@GetMapping("/kecamatan")
	@Operation(summary = "Daftar kecamatan")
	List<Kecamatan> kecamatan() {
		return wilayah.kecamatan();
	}

	@GetMapping("/kelurahan")
	@Operation(summary = "Daftar kelurahan beserta kecamatannya")
	List<Kelurahan> kelurahan() {
		return wilayah.kelurahan();
	}

	@GetMapping("/kelurahan.geojson")
	@Operation(summary = "Batas kelurahan sebagai GeoJSON FeatureCollection (RFC 7946)")
	ResponseEntity<String> batasKelurahan() {
		return ResponseEntity.ok()
			.contentType(GEO_JSON)
			.cacheControl(CacheControl.maxAge(java.time.Duration.ofHours(1)).cachePublic())
			.body(wilayah.kelurahanGeoJson());
	}

	@GetMapping("/locate")
	@Operation(summary = "Kelurahan yang memuat titik (WGS84)")
	Kelurahan temukan(@RequestParam double lat, @RequestParam double lon) {
		if (!Double.isFinite(lat) || !Double.isFinite(lon) || Math.abs(lat) > 90 || Math.abs(lon) > 180) {
			throw new PermintaanDitolakException("wilayah.koordinat-tidak-valid");
		}
		return wilayah.temukan(lat, lon)
			.orElseThrow(() -> PermintaanDitolakException.tidakDitemukan("wilayah.di-luar-kota", lat, lon));
	}
}
