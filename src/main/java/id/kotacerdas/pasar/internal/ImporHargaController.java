package id.kotacerdas.pasar.internal;

import java.io.IOException;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletResponse;

import id.kotacerdas.akun.Staf;
import id.kotacerdas.ekspor.HalamanImpor;
import id.kotacerdas.ekspor.ImporBertahap.Pemeriksaan;
import id.kotacerdas.ekspor.ImporBertahap.Status;
import id.kotacerdas.pasar.internal.ImporHarga.Baris;
import id.kotacerdas.platform.Peran;
import id.kotacerdas.platform.PermintaanDitolakException;
import id.kotacerdas.platform.Waktu;

/** Upload a price spreadsheet, read its check row by row, then apply it whole. */
@Controller
@RequestMapping("/staf/pasar/impor")
@PreAuthorize(Peran.Akses.STAF)
class ImporHargaController {

	/** Rows to be stored shown on the page; every refused row is always shown. */
	static final int TAMPIL_BARU = 100;

	private final ImporHarga impor;

	private final HalamanImpor halaman;

	private final MessageSource pesan;

	ImporHargaController(ImporHarga impor, HalamanImpor halaman, MessageSource pesan) {
		this.impor = impor;
		this.halaman = halaman;
		this.pesan = pesan;
	}

	@GetMapping
	String formulir(Staf staf, Model model) {
		wajibBoleh(staf);
		return "pasar/impor";
	}

	@PostMapping
	String unggah(@RequestParam(required = false) MultipartFile berkas, Staf staf, Model model, HttpServletResponse jawaban, Locale bahasa)
			throws IOException {
		wajibBoleh(staf);
		return halaman.langkah(() -> {
			byte[] isi = HalamanImpor.isi(berkas, "pasar.impor.tanpa-berkas");
			return "redirect:/staf/pasar/impor/" + impor.unggah(staf, berkas.getOriginalFilename(), isi);
		}, () -> "pasar/impor", HalamanImpor.KECUALI_TERLARANG, model, jawaban, bahasa);
	}

	@GetMapping("/{id}")
	String hasil(@PathVariable long id, Staf staf, Model model, Locale bahasa) {
		wajibBoleh(staf);
		var b = impor.berkas(id).orElseThrow(() -> PermintaanDitolakException.tidakDitemukan("pasar.impor.tidak-ditemukan"));
		model.addAttribute("berkas", b);
		model.addAttribute("diterapkan", b.diterapkan() == null ? null : Waktu.formatTanggalJam(b.diterapkan()));
		isi(model, impor.periksa(b.isi()), bahasa);
		return "pasar/impor-hasil";
	}

	@PostMapping("/{id}/terapkan")
	String terapkan(@PathVariable long id, Staf staf, Model model, HttpServletResponse jawaban, Locale bahasa, RedirectAttributes redirect)
			throws IOException {
		return halaman.langkah(() -> {
			redirect.addFlashAttribute("tersimpan", impor.terapkan(staf, id));
			return "redirect:/staf/pasar/impor/" + id;
		}, () -> hasil(id, staf, model, bahasa), HalamanImpor.ADA_YANG_DITOLAK, model, jawaban, bahasa);
	}

	/** A row of the check as the page shows it: its reasons already in words. */
	record BarisTampil(Baris baris, String tanggal, String alasan) {
	}

	private void isi(Model model, Pemeriksaan<Baris> p, Locale bahasa) {
		model.addAttribute("periksa", p);
		model.addAttribute("ditolak", p.dengan(Status.DITOLAK, Integer.MAX_VALUE).stream().map(b -> tampil(b, bahasa)).toList());
		model.addAttribute("baru", p.dengan(Status.BARU, TAMPIL_BARU).stream().map(b -> tampil(b, bahasa)).toList());
		model.addAttribute("baruLainnya", Math.max(0, p.baru() - TAMPIL_BARU));
	}

	private BarisTampil tampil(Baris b, Locale bahasa) {
		String alasan = String.join(" ", b.alasan().stream().map(a -> pesan.getMessage(a.kode(), a.argumen(), bahasa)).toList());
		return new BarisTampil(b, b.tanggal() == null ? b.mentah().tanggal() : Waktu.formatTanggal(b.tanggal()), alasan);
	}

	private void wajibBoleh(Staf staf) {
		if (!impor.boleh(staf)) {
			throw new PermintaanDitolakException(HttpStatus.FORBIDDEN, "pasar.impor.bukan-admin");
		}
	}
}
