package id.kotacerdas.pengaduan.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import id.kotacerdas.platform.BacaanPublik;
import id.kotacerdas.platform.Periode;
import id.kotacerdas.platform.Waktu;
import id.kotacerdas.wilayah.Kelurahan;
import id.kotacerdas.wilayah.Wilayah;

/**
 * The GeoJSON of {@link LapisanPengaduan}: one point per kelurahan at its centre with the number of public reports received
 * this year (WITA), so no report can be located or read from it.
 */
@RestController
class PetaKelurahanController {

	static final String URL = "/pengaduan/peta-kelurahan.json";

	private final KueriPetaKelurahan kueri;

	private final Wilayah wilayah;

	private final MessageSource pesan;

	private final Clock clock;

	PetaKelurahanController(KueriPetaKelurahan kueri, Wilayah wilayah, MessageSource pesan, Clock clock) {
		this.kueri = kueri;
		this.wilayah = wilayah;
		this.pesan = pesan;
		this.clock = clock;
	}

	@BacaanPublik
	@GetMapping(value = URL, produces = "application/geo+json")
	Map<String, Object> peta(Locale bahasa) {
		int tahun = clock.instant().atZone(Waktu.WITA).getYear();
		Map<String, Long> jumlah = kueri.publikPerKelurahan(Periode.tahun(tahun));
		List<Object> fitur = new ArrayList<>();
		for (Kelurahan k : wilayah.kelurahan()) {
			long n = jumlah.getOrDefault(k.kode(), 0L);
			Map<String, Object> p = new LinkedHashMap<>();
			p.put("nama", k.nama());
			p.put("keterangan", pesan.getMessage("pengaduan.lapisan.keterangan", new Object[] { n, tahun }, bahasa));
			p.put("nilai", n);
			p.put("tautan", "/pengaduan?kelurahan=" + k.kode());
			fitur.add(Map.of("type", "Feature", "geometry", Map.of("type", "Point", "coordinates", List.of(k.lon(), k.lat())), "properties", p));
		}
		return Map.of("type", "FeatureCollection", "features", fitur);
	}
}
