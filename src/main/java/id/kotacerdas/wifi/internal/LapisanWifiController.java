package id.kotacerdas.wifi.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The GeoJSON of {@link LapisanWifi}: each public hotspot's name, its state and opening hours in words
 * ({@code keterangan}), {@code peringatan} when it is down, and a link to the Wi-Fi page. The same hotspots and words
 * as {@code /wifi/peta.json}; no probe address, token, NAS id or cost.
 */
@RestController
class LapisanWifiController {

	static final String URL = "/wifi/lapisan.json";

	private final HotspotRepository repo;

	private final PenyajiWifi penyaji;

	private final MessageSource pesan;

	LapisanWifiController(HotspotRepository repo, PenyajiWifi penyaji, MessageSource pesan) {
		this.repo = repo;
		this.penyaji = penyaji;
		this.pesan = pesan;
	}

	@GetMapping(value = URL, produces = "application/geo+json")
	Map<String, Object> lapisan(Locale bahasa) {
		List<Object> fitur = new ArrayList<>();
		for (PenyajiWifi.Tampilan t : penyaji.tampilan(repo.semua().stream().filter(Hotspot::tampilPublik).toList(), bahasa)) {
			String keadaan = pesan.getMessage(t.gangguan() ? "wifi.publik.gangguan" : t.bukaSekarang() ? "wifi.publik.buka" : "wifi.publik.tutup",
					null, bahasa);
			Map<String, Object> p = new LinkedHashMap<>();
			p.put("nama", t.h().nama());
			p.put("keterangan", pesan.getMessage("wifi.lapisan.keterangan", new Object[] { keadaan, t.jam() }, bahasa));
			p.put("peringatan", t.gangguan());
			p.put("tautan", "/wifi");
			fitur.add(Map.of("type", "Feature", "geometry", Map.of("type", "Point", "coordinates", List.of(t.h().lon(), t.h().lat())),
					"properties", p));
		}
		return Map.of("type", "FeatureCollection", "features", fitur);
	}
}
