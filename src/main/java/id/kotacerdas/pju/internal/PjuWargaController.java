package id.kotacerdas.pju.internal;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

import id.kotacerdas.platform.BacaanPublik;
import id.kotacerdas.wilayah.Wilayah;

/**
 * The public street-light map: without JavaScript a list of kelurahan, and a kelurahan's poles with their status and
 * a "report a dark lamp" link; with it, the same poles on a Leaflet map loaded on demand from {@code /pju/peta.json}.
 */
@Controller
class PjuWargaController {

	private final PetaPju peta;

	private final Wilayah wilayah;

	PjuWargaController(PetaPju peta, Wilayah wilayah) {
		this.peta = peta;
		this.wilayah = wilayah;
	}

	@GetMapping("/pju/peta")
	String halaman(@RequestParam(required = false) String kelurahan, Model model, Locale bahasa) {
		String kode = wilayah.kelurahan(kelurahan == null ? "" : kelurahan).map(k -> k.kode()).orElse(null);
		model.addAttribute("ringkasan", peta.perKelurahan());
		model.addAttribute("kelurahanKode", kode);
		model.addAttribute("kelurahanNama", kode == null ? null : wilayah.kelurahan(kode).orElseThrow().nama());
		model.addAttribute("daftar", kode == null ? List.of() : peta.tiang(kode, false, bahasa));
		return "pju/peta";
	}

	/** The poles (of a kelurahan, or only the dark and gone ones) as GeoJSON; see {@link LapisanPju}. */
	@BacaanPublik
	@GetMapping(value = "/pju/peta.json", produces = "application/geo+json")
	@ResponseBody
	Map<String, Object> geoJson(@RequestParam(required = false) String kelurahan, @RequestParam(defaultValue = "false") boolean padam,
			Locale bahasa) {
		String kode = kelurahan == null || kelurahan.isBlank() ? null : kelurahan;
		return peta.geoJson(peta.tiang(kode, padam, bahasa));
	}
}
