package id.kotacerdas.pengaduan.internal;

import java.time.LocalDate;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import id.kotacerdas.opd.DaftarOpd;
import id.kotacerdas.opd.Opd;
import id.kotacerdas.pengaduan.Pertanyaan;
import id.kotacerdas.platform.PermintaanDitolakException;

@Controller
@RequestMapping("/admin/pengaduan")
@PreAuthorize("hasRole('ADMIN_KOMINFO')")
class AdminPengaduanController {

	private final AdministrasiPengaduan admin;

	private final KategoriRepository kategori;

	private final DaftarOpd opd;

	AdminPengaduanController(AdministrasiPengaduan admin, KategoriRepository kategori, DaftarOpd opd) {
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
		model.addAttribute("k", kode == null ? null : kategori.semua(true).stream().filter(k -> k.kode().equals(kode)).findFirst()
			.orElseThrow(() -> PermintaanDitolakException.tidakDitemukan("pengaduan.kategori-tidak-dikenal")));
		model.addAttribute("daftarOpd", opd.semua().stream().filter(Opd::aktif).toList());
		model.addAttribute("jenis", Pertanyaan.JenisJawaban.values());
		return "pengaduan/admin-kategori-formulir";
	}

	@PostMapping("/kategori")
	String simpan(@RequestParam String kode, @RequestParam String nama, @RequestParam(required = false) String keterangan,
			@RequestParam(required = false) String kataKunci, @RequestParam long opdId, @RequestParam int slaHariKerja,
			@RequestParam(defaultValue = "100") int urutan, @RequestParam(defaultValue = "false") boolean aktif,
			RedirectAttributes redirect) {
		admin.simpanKategori(kode, nama, keterangan, kataKunci, opdId, slaHariKerja, urutan, aktif);
		redirect.addFlashAttribute("sukses", "lanjut.tersimpan");
		return "redirect:/admin/pengaduan/kategori/" + kode;
	}

	@PostMapping("/kategori/{kode}/pertanyaan")
	String pertanyaan(@PathVariable String kode, @RequestParam("kodePertanyaan") String kodePertanyaan, @RequestParam String teks,
			@RequestParam Pertanyaan.JenisJawaban jenis, @RequestParam(defaultValue = "false") boolean wajib,
			@RequestParam(defaultValue = "1") int urutan, @RequestParam(required = false) String pilihan, RedirectAttributes redirect) {
		admin.simpanPertanyaan(kode, kodePertanyaan, teks, jenis, wajib, urutan, pilihan);
		redirect.addFlashAttribute("sukses", "lanjut.tersimpan");
		return "redirect:/admin/pengaduan/kategori/" + kode;
	}

	@PostMapping("/kategori/{kode}/pertanyaan/{kodePertanyaan}/hapus")
	String hapusPertanyaan(@PathVariable String kode, @PathVariable String kodePertanyaan, RedirectAttributes redirect) {
		admin.hapusPertanyaan(kode, kodePertanyaan);
		redirect.addFlashAttribute("sukses", "lanjut.tersimpan");
		return "redirect:/admin/pengaduan/kategori/" + kode;
	}

	@GetMapping("/libur")
	String libur(Model model) {
		model.addAttribute("libur", kategori.hariLibur());
		return "pengaduan/admin-libur";
	}

	@PostMapping("/libur")
	String simpanLibur(@RequestParam LocalDate tanggal, @RequestParam String nama,
			@RequestParam(defaultValue = "false") boolean cutiBersama, RedirectAttributes redirect) {
		admin.simpanLibur(tanggal, nama, cutiBersama);
		redirect.addFlashAttribute("sukses", "lanjut.tersimpan");
		return "redirect:/admin/pengaduan/libur";
	}

	@PostMapping("/libur/{tanggal}/hapus")
	String hapusLibur(@PathVariable LocalDate tanggal, RedirectAttributes redirect) {
		admin.hapusLibur(tanggal);
		redirect.addFlashAttribute("sukses", "lanjut.tersimpan");
		return "redirect:/admin/pengaduan/libur";
	}
}
