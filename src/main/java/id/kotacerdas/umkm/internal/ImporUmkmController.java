package id.kotacerdas.umkm.internal;

import java.io.IOException;
import java.util.List;
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

import id.kotacerdas.akun.Staf;
import id.kotacerdas.ekspor.HalamanImpor;
import id.kotacerdas.ekspor.ImporBertahap.Pemeriksaan;
import id.kotacerdas.ekspor.ImporBertahap.Status;
import id.kotacerdas.platform.Peran;
import id.kotacerdas.platform.PermintaanDitolakException;
import id.kotacerdas.platform.Waktu;
import id.kotacerdas.umkm.internal.ImporUmkm.Baris;
import id.kotacerdas.umkm.internal.LembarUmkm.Kolom;
import id.kotacerdas.wilayah.Kelurahan;
import id.kotacerdas.wilayah.Wilayah;
import jakarta.servlet.http.HttpServletResponse;

/** Upload a business spreadsheet, read its check row by row (the dry run), then apply it whole. */
@Controller
@RequestMapping("/staf/umkm/impor")
@PreAuthorize(Peran.Akses.STAF)
class ImporUmkmController {

	/** New and duplicate rows shown on the page; every refused row is always shown. */
	static final int TAMPIL = 100;

	private final ImporUmkm impor;

	private final Wilayah wilayah;

	private final HalamanImpor halaman;

	private final MessageSource pesan;

	ImporUmkmController(ImporUmkm impor, Wilayah wilayah, HalamanImpor halaman, MessageSource pesan) {
		this.impor = impor;
		this.wilayah = wilayah;
		this.halaman = halaman;
		this.pesan = pesan;
	}

	@GetMapping
	String formulir(Staf staf, Model model) {
		if (!impor.boleh(staf)) {
			throw new PermintaanDitolakException(HttpStatus.FORBIDDEN, "umkm.bukan-petugas");
		}
		model.addAttribute("kolom", Kolom.values());
		return "umkm/impor";
	}

	@PostMapping
	String unggah(@RequestParam(required = false) MultipartFile berkas, Staf staf, Model model, HttpServletResponse jawaban, Locale bahasa)
			throws IOException {
		return halaman.langkah(() -> {
			byte[] isi = HalamanImpor.isi(berkas, "umkm.impor.tanpa-berkas");
			return "redirect:/staf/umkm/impor/" + impor.unggah(staf, berkas.getOriginalFilename(), isi);
		}, () -> {
			model.addAttribute("kolom", Kolom.values());
			return "umkm/impor";
		}, HalamanImpor.KECUALI_TERLARANG, model, jawaban, bahasa);
	}

	@GetMapping("/{id:\\d+}")
	String hasil(@PathVariable long id, Staf staf, Model model, Locale bahasa) {
		ImporUmkmRepository.Berkas b = impor.berkas(staf, id).orElseThrow(() -> PermintaanDitolakException.tidakDitemukan("umkm.impor.tidak-ditemukan"));
		model.addAttribute("berkas", b);
		model.addAttribute("diterapkan", b.diterapkan() == null ? null : Waktu.formatTanggalJam(b.diterapkan()));
		Pemeriksaan<Baris> p = impor.periksa(b.isi());
		model.addAttribute("periksa", p);
		model.addAttribute("ditolak", tampil(p, Status.DITOLAK, Integer.MAX_VALUE, bahasa));
		model.addAttribute("baru", tampil(p, Status.BARU, TAMPIL, bahasa));
		model.addAttribute("duplikat", tampil(p, Status.SUDAH_ADA, TAMPIL, bahasa));
		return "umkm/impor-hasil";
	}

	@PostMapping("/{id:\\d+}/terapkan")
	String terapkan(@PathVariable long id, Staf staf, Model model, HttpServletResponse jawaban, Locale bahasa, RedirectAttributes redirect)
			throws IOException {
		return halaman.langkah(() -> {
			redirect.addFlashAttribute("tersimpan", impor.terapkan(staf, id));
			return "redirect:/staf/umkm/impor/" + id;
		}, () -> hasil(id, staf, model, bahasa), HalamanImpor.ADA_YANG_DITOLAK, model, jawaban, bahasa);
	}

	/** A row as the page shows it: the business's name and place in words, its reasons as sentences. */
	record BarisTampil(int nomor, String nama, String pemilik, String kelurahan, String kbli, String alasan, String sama) {
	}

	private List<BarisTampil> tampil(Pemeriksaan<Baris> p, Status status, int batas, Locale bahasa) {
		return p.dengan(status, batas).stream().map(b -> tampil(b, bahasa)).toList();
	}

	private BarisTampil tampil(Baris b, Locale bahasa) {
		String alasan = String.join(" ", b.alasan().stream()
			.map(a -> (a.kolom() == null ? "" : a.kolom() + ": ") + pesan.getMessage(a.kode(), a.argumen(), a.kode(), bahasa)).toList());
		String kelurahan = b.usaha() == null ? b.mentah().teks(Kolom.NAMA_KELURAHAN)
				: wilayah.kelurahan(b.usaha().kelurahanKode()).map(Kelurahan::nama).orElse("");
		String sama = b.sama() == null ? null
				: b.sama().startsWith("#") ? pesan.getMessage("umkm.impor.sama-terdaftar", new Object[] { b.sama().substring(1) }, bahasa)
						: pesan.getMessage("umkm.impor.sama-baris", new Object[] { b.sama() }, bahasa);
		return new BarisTampil(b.mentah().nomor(), b.mentah().teks(Kolom.NAMA_USAHA), b.mentah().teks(Kolom.NAMA_PEMILIK), kelurahan,
				b.mentah().teks(Kolom.KODE_KBLI), alasan, sama);
	}
}
