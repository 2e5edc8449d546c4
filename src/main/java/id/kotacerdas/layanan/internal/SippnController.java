package id.kotacerdas.layanan.internal;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import id.kotacerdas.ekspor.Ekspor;
import id.kotacerdas.ekspor.FormatEkspor;
import id.kotacerdas.ekspor.Kolom;
import id.kotacerdas.ekspor.PenulisEkspor;
import id.kotacerdas.platform.KotaProperties;
import id.kotacerdas.platform.UrlDasar;
import jakarta.servlet.http.HttpServletResponse;

/** The published standards of the active services in SIPPN's shape: JSON, and a sheet (XLSX/CSV/PDF) through {@code ekspor}. */
@RestController
class SippnController {

	private final KatalogLayanan katalog;

	private final Sippn sippn;

	private final PenulisEkspor ekspor;

	private final MessageSource pesan;

	private final UrlDasar urlDasar;

	private final KotaProperties kota;

	SippnController(KatalogLayanan katalog, Sippn sippn, PenulisEkspor ekspor, MessageSource pesan, UrlDasar urlDasar, KotaProperties kota) {
		this.katalog = katalog;
		this.sippn = sippn;
		this.ekspor = ekspor;
		this.pesan = pesan;
		this.urlDasar = urlDasar;
		this.kota = kota;
	}

	@GetMapping("/layanan/sippn.json")
	ResponseEntity<Map<String, Object>> json(Locale locale) {
		return ResponseEntity.ok(Map.of("pemerintah_daerah", "Pemerintah " + kota.nama(), "kode_wilayah", kota.kode(), "jenis_layanan",
				baris(locale)));
	}

	@GetMapping("/layanan/sippn.{format}")
	void lembar(@PathVariable FormatEkspor format, Locale locale, HttpServletResponse jawaban) {
		ekspor.kirim(Ekspor.satu(Kolom.pesan("layanan.sippn.judul", kota.nama()), Sippn.kolom(), baris(locale)), format, jawaban);
	}

	private List<Sippn.JenisLayananSippn> baris(Locale locale) {
		return sippn.baris(katalog.katalog(null, null, null), urlDasar.dariPermintaan(), pesan, locale);
	}
}
