package id.kotacerdas.wifi.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

import id.kotacerdas.platform.BacaanPublik;

/**
 * Free Wi-Fi for citizens: the list (works without JavaScript) with opening hours and whether each place is open now
 * in WITA, and the same hotspots as GeoJSON for the map that enhances it. No probe address, token, NAS id or cost.
 */
@Controller
class WifiWargaController {

	private final HotspotRepository repo;

	private final PenyajiWifi penyaji;

	private final MessageSource pesan;

	WifiWargaController(HotspotRepository repo, PenyajiWifi penyaji, MessageSource pesan) {
		this.repo = repo;
		this.penyaji = penyaji;
		this.pesan = pesan;
	}

	@GetMapping("/wifi")
	String daftar(@RequestParam(defaultValue = "false") boolean buka, Model model, Locale bahasa) {
		List<PenyajiWifi.Tampilan> semua = publik(bahasa);
		model.addAttribute("daftar", buka ? semua.stream().filter(PenyajiWifi.Tampilan::bukaSekarang).toList() : semua);
		model.addAttribute("jumlah", semua.size());
		model.addAttribute("bukaSaja", buka);
		return "wifi/peta";
	}

	@GetMapping(value = "/wifi/peta.json", produces = "application/geo+json")
	@BacaanPublik
	@ResponseBody
	Map<String, Object> peta(Locale bahasa) {
		List<Object> fitur = new ArrayList<>();
		for (PenyajiWifi.Tampilan t : publik(bahasa)) {
			Map<String, Object> p = new LinkedHashMap<>();
			p.put("nama", t.h().nama());
			p.put("ssid", t.h().ssid());
			p.put("jam", t.jam());
			p.put("buka", t.bukaSekarang());
			p.put("keadaan", pesan.getMessage(t.gangguan() ? "wifi.publik.gangguan" : t.bukaSekarang() ? "wifi.publik.buka" : "wifi.publik.tutup",
					null, bahasa));
			p.put("gangguan", t.gangguan());
			fitur.add(Map.of("type", "Feature", "geometry", Map.of("type", "Point", "coordinates", List.of(t.h().lon(), t.h().lat())),
					"properties", p));
		}
		return Map.of("type", "FeatureCollection", "features", fitur);
	}

	private List<PenyajiWifi.Tampilan> publik(Locale bahasa) {
		return penyaji.tampilan(repo.semua().stream().filter(Hotspot::tampilPublik).toList(), bahasa);
	}
}
