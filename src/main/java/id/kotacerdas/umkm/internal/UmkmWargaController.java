package id.kotacerdas.umkm.internal;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.springframework.context.MessageSource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.multipart.MultipartFile;

import id.kotacerdas.berkas.LayananBerkas;
import id.kotacerdas.pasar.DaftarLapak;
import id.kotacerdas.pasar.LapakPedagang;
import id.kotacerdas.platform.BacaanPublik;
import id.kotacerdas.platform.BatasLaju;
import id.kotacerdas.platform.IsianDitolakException;
import id.kotacerdas.platform.PermintaanDitolakException;
import id.kotacerdas.wilayah.Wilayah;
import jakarta.servlet.http.HttpServletResponse;

/** The public directory with its map, a business's page, and the owner's registration form. No sign-in. */
@Controller
class UmkmWargaController {

	static final int PER_HALAMAN = 20;

	private static final CacheControl FOTO = CacheControl.maxAge(Duration.ofDays(1)).cachePublic();

	private final RegisterUmkm register;

	private final UsahaRepository repo;

	private final PenyajiUmkm penyaji;

	private final ReferensiUmkm referensi;

	private final Wilayah wilayah;

	private final LayananBerkas berkas;

	private final MessageSource pesan;

	private final DaftarLapak lapak;

	UmkmWargaController(RegisterUmkm register, UsahaRepository repo, PenyajiUmkm penyaji, ReferensiUmkm referensi, Wilayah wilayah,
			LayananBerkas berkas, MessageSource pesan, DaftarLapak lapak) {
		this.lapak = lapak;
		this.register = register;
		this.repo = repo;
		this.penyaji = penyaji;
		this.referensi = referensi;
		this.wilayah = wilayah;
		this.berkas = berkas;
		this.pesan = pesan;
	}

	private UsahaRepository.Saringan saringan(String kelurahan, String sektor, boolean qris) {
		String kel = kelurahan == null || kelurahan.isBlank() ? null : kelurahan;
		List<String> kbli = sektor == null || sektor.isBlank() ? List.of() : referensi.kodeSektor(sektor);
		if (sektor != null && !sektor.isBlank() && kbli.isEmpty()) {
			throw PermintaanDitolakException.tidakDitemukan("umkm.sektor-tidak-dikenal");
		}
		return new UsahaRepository.Saringan(kel, kbli, qris);
	}

	@GetMapping("/umkm")
	String direktori(@RequestParam(required = false) String kelurahan, @RequestParam(required = false) String sektor,
			@RequestParam(defaultValue = "false") boolean qris, @RequestParam(defaultValue = "1") int halaman, Model model, Locale bahasa) {
		UsahaRepository.Saringan s = saringan(kelurahan, sektor, qris);
		int hal = Math.max(1, halaman);
		long jumlah = repo.hitungDirektori(s);
		model.addAttribute("daftar", repo.direktori(s, (long) (hal - 1) * PER_HALAMAN, PER_HALAMAN).stream()
			.map(u -> penyaji.tampilan(u, bahasa)).toList());
		model.addAttribute("jumlah", jumlah);
		model.addAttribute("halaman", hal);
		model.addAttribute("halamanTerakhir", Math.max(1, (jumlah + PER_HALAMAN - 1) / PER_HALAMAN));
		model.addAttribute("kelurahan", wilayah.kelurahan());
		model.addAttribute("sektor", referensi.sektor());
		model.addAttribute("pilihKelurahan", s.kelurahan());
		model.addAttribute("pilihSektor", sektor == null ? "" : sektor);
		model.addAttribute("pilihQris", qris);
		return "umkm/direktori";
	}

	/** The directory's businesses with a pin and the payment points, as GeoJSON for the map (progressive enhancement). */
	@GetMapping(value = "/umkm/peta.json", produces = "application/geo+json")
	@BacaanPublik
	@ResponseBody
	Map<String, Object> peta(@RequestParam(required = false) String kelurahan, @RequestParam(required = false) String sektor,
			@RequestParam(defaultValue = "false") boolean qris, Locale bahasa) {
		List<Object> fitur = new ArrayList<>();
		for (Usaha u : repo.dipetakan(saringan(kelurahan, sektor, qris))) {
			Map<String, Object> p = new LinkedHashMap<>();
			p.put("lapisan", "usaha");
			p.put("nama", u.nama());
			p.put("url", "/umkm/" + u.id());
			p.put("qris", u.menerimaQris());
			fitur.add(titik(u.lat(), u.lon(), p));
		}
		for (ReferensiUmkm.TitikBayar t : referensi.titikBayar()) {
			Map<String, Object> p = new LinkedHashMap<>();
			p.put("lapisan", "titik-bayar");
			p.put("nama", t.nama());
			p.put("penyelenggara", t.penyelenggara());
			p.put("jenis", pesan.getMessage("umkm.titik." + t.jenis(), null, bahasa));
			fitur.add(titik(t.lat(), t.lon(), p));
		}
		return Map.of("type", "FeatureCollection", "features", fitur);
	}

	private static Map<String, Object> titik(double lat, double lon, Map<String, Object> properti) {
		return Map.of("type", "Feature", "geometry", Map.of("type", "Point", "coordinates", List.of(lon, lat)), "properties", properti);
	}

	@GetMapping("/umkm/{id:\\d+}")
	String usaha(@PathVariable long id, Model model, Locale bahasa) {
		Usaha u = repo.cari(id).filter(x -> x.status() == StatusUsaha.AKTIF && x.tampilPublik())
			.orElseThrow(() -> PermintaanDitolakException.tidakDitemukan("umkm.tidak-ditemukan"));
		PenyajiUmkm.Tampilan t = penyaji.tampilan(u, bahasa);
		List<UUID> foto = repo.foto(id);
		List<Produk> produk = repo.produk(id);
		model.addAttribute("t", t);
		model.addAttribute("foto", foto);
		model.addAttribute("produk", produk);
		model.addAttribute("sertifikat", repo.sertifikat(id));
		// where buyers find the trader: the stall's market and number, nothing personal
		model.addAttribute("lapak", lapak.milikPedagang(u.nik()).stream().filter(LapakPedagang::terisi).toList());
		model.addAttribute("jsonLd", penyaji.jsonLd(t, produk, foto.stream().map(f -> "/umkm/foto/" + f).toList()));
		return "umkm/usaha";
	}

	/** Photos of businesses in the directory (not of those waiting or refused). */
	@GetMapping("/umkm/foto/{id}")
	ResponseEntity<byte[]> foto(@PathVariable UUID id) {
		return fotoPublik(id).jawaban(FOTO);
	}

	@GetMapping("/umkm/foto/{id}/kecil")
	ResponseEntity<byte[]> fotoKecil(@PathVariable UUID id) {
		fotoPublik(id);
		return berkas.bacaThumbnail(id).jawaban(FOTO);
	}

	private id.kotacerdas.berkas.IsiBerkas fotoPublik(UUID id) {
		if (!repo.fotoPublik(id)) {
			throw PermintaanDitolakException.tidakDitemukan("berkas.tidak-ada");
		}
		return berkas.baca(id);
	}

	@GetMapping("/umkm/daftar")
	String formulir(Model model) {
		FormulirUsaha f = new FormulirUsaha();
		f.setTampilPublik(true);
		f.setTunai(true);
		return formulir(f, Map.of(), model);
	}

	/** Files the owner's registration; a refusal shows the form again as typed, every problem at its field. */
	@PostMapping(value = "/umkm/daftar", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@BatasLaju("umkm-daftar")
	String daftar(@ModelAttribute("formulir") FormulirUsaha f, @RequestParam(name = "foto", required = false) List<MultipartFile> foto,
			@RequestParam(name = "stikerQris", required = false) MultipartFile stiker, Model model, Locale bahasa, HttpServletResponse jawaban) {
		try {
			RegisterUmkm.Pendaftaran p = register.daftar(f, foto == null ? List.of() : berkas.terimaFoto(foto), BagianFormulir.stiker(stiker), null);
			jawaban.setStatus(HttpServletResponse.SC_CREATED);
			model.addAttribute("p", p);
			model.addAttribute("nama", f.getNama());
			return "umkm/terdaftar";
		}
		catch (IsianDitolakException ex) {
			jawaban.setStatus(ex.status().value());
			return formulir(f, ex.pesan(pesan, bahasa), model);
		}
	}

	private String formulir(FormulirUsaha f, Map<String, String> galat, Model model) {
		BagianFormulir.isi(model, f, galat, wilayah, referensi);
		model.addAttribute("aksi", "/umkm/daftar");
		return "umkm/formulir";
	}
}
