package id.kotacerdas.satudata.internal.portal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;

import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import id.kotacerdas.ekspor.Ekspor;
import id.kotacerdas.ekspor.FormatEkspor;
import id.kotacerdas.ekspor.Kolom;
import id.kotacerdas.ekspor.PenulisEkspor;
import id.kotacerdas.platform.BacaanPublik;
import id.kotacerdas.platform.BatasLaju;
import id.kotacerdas.platform.ElemenKotaCerdas;
import id.kotacerdas.platform.IsianDitolakException;
import id.kotacerdas.platform.PermintaanDitolakException;
import id.kotacerdas.platform.Waktu;
import id.kotacerdas.satudata.KatalogData;
import id.kotacerdas.satudata.internal.unggah.TampilanSel;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.ObjectMapper;

/** The citizens' open-data portal: search, a dataset's page with its preview and chart, downloads, "Minta data". */
@Controller
class PortalDataController {

	/** Rows a dataset's page previews. */
	static final int PRATINJAU = 100;


	private final KatalogPortal katalog;

	private final UnduhanRepository unduhan;

	private final LayananPermintaanData permintaan;

	private final PenulisEkspor penulis;

	private final MessageSource pesan;

	private final ObjectMapper json;

	private final KatalogData katalogData;

	PortalDataController(KatalogPortal katalog, UnduhanRepository unduhan, LayananPermintaanData permintaan, PenulisEkspor penulis,
			MessageSource pesan, ObjectMapper json, KatalogData katalogData) {
		this.katalogData = katalogData;
		this.katalog = katalog;
		this.unduhan = unduhan;
		this.permintaan = permintaan;
		this.penulis = penulis;
		this.pesan = pesan;
		this.json = json;
	}

	@BacaanPublik
	@GetMapping("/data")
	String cari(@RequestParam(required = false) String q, @RequestParam(required = false) String opd,
			@RequestParam(required = false) String tema, @RequestParam(required = false) String tag,
			@RequestParam(required = false) String format, @RequestParam(defaultValue = "0") int halaman, Model model, Locale bahasa) {
		KatalogPortal.Hasil h = katalog.cari(q, opd, tema, tag, format, halaman, bahasa);
		model.addAttribute("hasil", h);
		model.addAttribute("unduhan", unduhan.semua());
		model.addAttribute("q", q);
		model.addAttribute("pilihOpd", opd);
		model.addAttribute("pilihTema", tema);
		model.addAttribute("pilihTag", tag);
		model.addAttribute("pilihFormat", format);
		model.addAttribute("format", KatalogPortal.FORMAT);
		Map<String, String> namaTema = new LinkedHashMap<>();
		h.tema().keySet().forEach(t -> namaTema.put(t, pesan.getMessage(ElemenKotaCerdas.valueOf(t).kodePesan(), null, bahasa)));
		model.addAttribute("namaTema", namaTema);
		return "satudata/portal/cari";
	}

	@BacaanPublik
	@GetMapping("/data/{kode:[a-z0-9_-]+}")
	String dataset(@PathVariable String kode, Model model, Locale bahasa) {
		DatasetPortal d = dataset(kode, bahasa);
		KatalogPortal.Isi isi = katalog.isi(d);
		List<List<Object>> pratinjau = isi.baris().subList(0, Math.min(PRATINJAU, isi.baris().size()));
		model.addAttribute("d", d);
		model.addAttribute("jumlahBaris", isi.baris().size());
		model.addAttribute("ditekan", isi.ditekan());
		model.addAttribute("ambang", katalog.ambang());
		model.addAttribute("pratinjau", TampilanSel.baris(pratinjau, bahasa));
		model.addAttribute("diperbarui", d.diperbarui() == null ? null : Waktu.formatTanggal(d.diperbarui(), bahasa));
		Map<String, Long> hitung = unduhan.jumlah(kode);
		model.addAttribute("unduhan", hitung);
		model.addAttribute("totalUnduhan", hitung.values().stream().mapToLong(Long::longValue).sum());
		model.addAttribute("format", KatalogPortal.FORMAT);
		model.addAttribute("tema", pesan.getMessage(d.tema().kodePesan(), null, bahasa));
		model.addAttribute("frekuensi", pesan.getMessage(d.frekuensi().kodePesan(), null, bahasa));
		int[] sumbu = d.sumbuGrafik();
		if (sumbu[0] >= 0 && sumbu[1] >= 0 && !pratinjau.isEmpty()) {
			List<String> label = new ArrayList<>();
			List<Object> nilai = new ArrayList<>();
			pratinjau.forEach(r -> {
				label.add(r.get(sumbu[0]) == null ? "" : r.get(sumbu[0]).toString());
				nilai.add(r.get(sumbu[1]));
			});
			model.addAttribute("grafikLabel", json.writeValueAsString(label));
			model.addAttribute("grafikNilai", json.writeValueAsString(nilai));
			model.addAttribute("grafikX", d.kolom().get(sumbu[0]).nama());
			model.addAttribute("grafikY", d.kolom().get(sumbu[1]).nama());
		}
		return "satudata/portal/dataset";
	}

	/** CSV, XLSX (and PDF) through the platform's export writer; each download counted. */
	@GetMapping("/data/{kode:[a-z0-9_-]+}/unduh.{format:csv|xlsx|pdf}")
	void unduh(@PathVariable String kode, @PathVariable FormatEkspor format, Locale bahasa, HttpServletResponse jawaban) {
		DatasetPortal d = dataset(kode, bahasa);
		KatalogPortal.Isi isi = katalog.isi(d);
		List<Kolom<List<Object>>> kolom = IntStream.range(0, d.kolom().size()).mapToObj(i -> kolom(d.kolom().get(i), i)).toList();
		hitung(kode, format.akhiran());
		penulis.kirim(Ekspor.satu(Kolom.pesan("satudata-portal.unduhan.judul", d.judul()), kolom, isi.baris()), format, jawaban);
	}

	/** A column of the JSON download, name first (a record keeps its fields' order; {@code Map.of} does not). */
	record KolomJson(String nama, String jenis) {
	}

	/** The rows as JSON objects keyed by column name (CKAN DataStore's shape), with the columns and their types. */
	@GetMapping(value = "/data/{kode:[a-z0-9_-]+}/unduh.json", produces = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<Map<String, Object>> unduhJson(@PathVariable String kode, Locale bahasa) {
		DatasetPortal d = dataset(kode, bahasa);
		KatalogPortal.Isi isi = katalog.isi(d);
		List<Map<String, Object>> baris = isi.baris().stream().map(r -> {
			Map<String, Object> m = new LinkedHashMap<>();
			for (int i = 0; i < d.kolom().size(); i++) {
				Object v = i < r.size() ? r.get(i) : null;
				m.put(d.kolom().get(i).nama(), v == null || v instanceof Number ? v : v.toString());
			}
			return m;
		}).toList();
		Map<String, Object> isiJson = new LinkedHashMap<>();
		isiJson.put("dataset", d.kode());
		isiJson.put("judul", d.judul());
		isiJson.put("lisensi", d.lisensi());
		isiJson.put("kolom", d.kolom().stream().map(k -> new KolomJson(k.nama(), k.jenis().jenisCkan())).toList());
		isiJson.put("selDitekan", isi.ditekan());
		isiJson.put("baris", baris);
		hitung(kode, "json");
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(d.kode() + ".json").build().toString())
			.body(isiJson);
	}

	@GetMapping("/data/minta")
	String minta(Model model) {
		model.addAttribute("nilai", Map.of());
		return "satudata/portal/minta";
	}

	@PostMapping("/data/minta")
	@BatasLaju("satudata-minta")
	String kirimMinta(@RequestParam(required = false) String nama, @RequestParam(required = false) String email,
			@RequestParam(required = false) String telepon, @RequestParam(required = false) String instansi,
			@RequestParam(required = false) String dataDiminta, @RequestParam(required = false) String keperluan, Model model, Locale bahasa,
			HttpServletResponse jawaban) {
		try {
			model.addAttribute("permintaan", permintaan.ajukan(nama, email, telepon, instansi, dataDiminta, keperluan));
			return "satudata/portal/minta-terkirim";
		}
		catch (IsianDitolakException ex) {
			jawaban.setStatus(ex.status().value());
			Map<String, String> nilai = new LinkedHashMap<>();
			nilai.put("nama", nama);
			nilai.put("email", email);
			nilai.put("telepon", telepon);
			nilai.put("instansi", instansi);
			nilai.put("dataDiminta", dataDiminta);
			nilai.put("keperluan", keperluan);
			model.addAttribute("nilai", nilai);
			model.addAttribute("galat", ex.pesan(pesan, bahasa));
			return "satudata/portal/minta";
		}
	}

	/** The requester follows the request by its code: when it arrived, nothing personal. */
	@GetMapping("/data/minta/{kode}")
	String lacak(@PathVariable String kode, Model model, Locale bahasa) {
		PermintaanData p = permintaan.lacak(kode).orElseThrow(() -> PermintaanDitolakException.tidakDitemukan("satudata-portal.minta.tidak-ditemukan"));
		model.addAttribute("kode", p.kode());
		model.addAttribute("diterima", Waktu.formatTanggalJam(p.dibuat()));
		return "satudata/portal/minta-lacak";
	}

	/** Per format here; the catalogue's own total feeds the CKAN API. */
	private void hitung(String kode, String format) {
		unduhan.hitung(kode, format);
		katalogData.catatUnduhan(kode);
	}

	private DatasetPortal dataset(String kode, Locale bahasa) {
		return katalog.dataset(kode, bahasa).orElseThrow(() -> PermintaanDitolakException.tidakDitemukan("satudata-portal.tidak-ditemukan"));
	}

	private static Kolom<List<Object>> kolom(DatasetPortal.KolomPortal k, int i) {
		MessageSourceResolvable judul = new DefaultMessageSourceResolvable(new String[] { "satudata-portal.kolom" }, new Object[] { k.nama() },
				k.nama());
		Kolom<List<Object>> kolom = switch (k.jenis()) {
			case BILANGAN_BULAT -> Kolom.bilangan("satudata-portal.kolom", r -> (Number) sel(r, i));
			case DESIMAL -> Kolom.desimal("satudata-portal.kolom", 2, r -> (Number) sel(r, i));
			case TANGGAL -> Kolom.tanggal("satudata-portal.kolom", r -> (LocalDate) sel(r, i));
			case BULAN, TEKS -> Kolom.teks("satudata-portal.kolom", r -> {
				Object v = sel(r, i);
				return v == null ? null : v.toString();
			});
		};
		return kolom.denganJudul(judul);
	}

	private static Object sel(List<Object> r, int i) {
		return i < r.size() ? r.get(i) : null;
	}
}
