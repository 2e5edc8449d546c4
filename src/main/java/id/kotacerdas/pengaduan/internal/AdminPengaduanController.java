package id.kotacerdas.pengaduan.internal;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletResponse;

import id.kotacerdas.opd.DaftarOpd;
import id.kotacerdas.opd.Opd;
import id.kotacerdas.pengaduan.Kategori;
import id.kotacerdas.pengaduan.Pertanyaan;
import id.kotacerdas.platform.IsianDitolakException;
import id.kotacerdas.platform.Peran;
import id.kotacerdas.platform.PermintaanDitolakException;

@Controller
@RequestMapping("/admin/pengaduan")
@PreAuthorize(Peran.Akses.KOMINFO)
class AdminPengaduanController {

	private final AdministrasiPengaduan admin;

	private final KategoriRepository kategori;

	private final DaftarOpd opd;

	private final MessageSource pesan;

	AdminPengaduanController(AdministrasiPengaduan admin, KategoriRepository kategori, DaftarOpd opd, MessageSource pesan) {
		this.pesan = pesan;
		this.admin = admin;
		this.kategori = kategori;
		this.opd = opd;
	}

	@GetMapping("/kategori")
	String daftar(Model model) {
		model.addAttribute("kategori", kategori.semua(true));
		return "pengaduan/admin-kategori";
	}

	@GetMapping({ "/kategori/baru", "/kategori/{kode}" })
	String formulir(@PathVariable(required = false) String kode, Model model) {
		Kategori k = kode == null ? null : kategori(kode);
		Map<String, String> nilai = new HashMap<>();
		nilai.put("slaHariKerja", "5");
		nilai.put("urutan", "100");
		nilai.put("aktif", "true");
		if (k != null) {
			nilai.put("kode", k.kode());
			nilai.put("nama", k.nama());
			nilai.put("keterangan", k.keterangan());
			nilai.put("kataKunci", k.kataKunci());
			nilai.put("opdId", String.valueOf(k.opdId()));
			nilai.put("slaHariKerja", String.valueOf(k.slaHariKerja()));
			nilai.put("urutan", String.valueOf(k.urutan()));
			nilai.put("aktif", String.valueOf(k.aktif()));
		}
		return formulir(k, nilai, Map.of("urutan", "1"), Map.of(), model);
	}

	@PostMapping("/kategori")
	String simpan(@RequestParam(required = false) String kode, @RequestParam(required = false) String nama,
			@RequestParam(required = false) String keterangan, @RequestParam(required = false) String kataKunci,
			@RequestParam(required = false) Long opdId, @RequestParam(required = false) Integer slaHariKerja,
			@RequestParam(defaultValue = "100") int urutan, @RequestParam(defaultValue = "false") boolean aktif,
			@RequestParam Map<String, String> isian, Model model, HttpServletResponse response, Locale locale, RedirectAttributes redirect) {
		try {
			admin.simpanKategori(kode, nama, keterangan, kataKunci, opdId, slaHariKerja, urutan, aktif);
		}
		catch (IsianDitolakException ex) {
			response.setStatus(ex.status().value());
			Map<String, String> nilai = new HashMap<>(isian);
			nilai.put("aktif", String.valueOf(aktif));
			Kategori ada = kode == null ? null : kategori.semua(true).stream().filter(k -> k.kode().equals(kode)).findFirst().orElse(null);
			return formulir(ada, nilai, Map.of("urutan", "1"), ex.pesan(pesan, locale), model);
		}
		redirect.addFlashAttribute("sukses", "lanjut.tersimpan");
		return "redirect:/admin/pengaduan/kategori/" + kode;
	}

	@PostMapping("/kategori/{kode}/pertanyaan")
	String pertanyaan(@PathVariable String kode, @RequestParam(required = false) String kodePertanyaan,
			@RequestParam(required = false) String teks, @RequestParam(required = false) Pertanyaan.JenisJawaban jenis,
			@RequestParam(defaultValue = "false") boolean wajib, @RequestParam(defaultValue = "1") int urutan,
			@RequestParam(required = false) String pilihan, @RequestParam Map<String, String> isian, Model model,
			HttpServletResponse response, Locale locale, RedirectAttributes redirect) {
		try {
			admin.simpanPertanyaan(kode, kodePertanyaan, teks, jenis, wajib, urutan, pilihan);
		}
		catch (IsianDitolakException ex) {
			response.setStatus(ex.status().value());
			String tampil = formulir(kode, model);
			Map<String, String> nilai = new HashMap<>(isian);
			nilai.put("wajib", String.valueOf(wajib));
			model.addAttribute("nilaiPertanyaan", nilai);
			model.addAttribute("galat", ex.pesan(pesan, locale));
			return tampil;
		}
		redirect.addFlashAttribute("sukses", "lanjut.tersimpan");
		return "redirect:/admin/pengaduan/kategori/" + kode;
	}

	@PostMapping("/kategori/{kode}/pertanyaan/{kodePertanyaan}/hapus")
	String hapusPertanyaan(@PathVariable String kode, @PathVariable String kodePertanyaan, RedirectAttributes redirect) {
		admin.hapusPertanyaan(kode, kodePertanyaan);
		redirect.addFlashAttribute("sukses", "lanjut.tersimpan");
		return "redirect:/admin/pengaduan/kategori/" + kode;
	}

	private Kategori kategori(String kode) {
		return kategori.semua(true).stream().filter(k -> k.kode().equals(kode)).findFirst()
			.orElseThrow(() -> PermintaanDitolakException.tidakDitemukan("pengaduan.kategori-tidak-dikenal"));
	}

	private String formulir(Kategori k, Map<String, String> nilai, Map<String, String> nilaiPertanyaan, Map<String, String> galat,
			Model model) {
		model.addAttribute("k", k);
		model.addAttribute("nilai", nilai);
		model.addAttribute("nilaiPertanyaan", nilaiPertanyaan);
		model.addAttribute("galat", galat);
		model.addAttribute("daftarOpd", opd.semua().stream().filter(Opd::aktif).toList());
		model.addAttribute("jenis", Pertanyaan.JenisJawaban.values());
		return "pengaduan/admin-kategori-formulir";
	}
}
