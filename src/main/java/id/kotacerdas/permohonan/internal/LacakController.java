package id.kotacerdas.permohonan.internal;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import id.kotacerdas.permohonan.TautanPemohon;
import id.kotacerdas.permohonan.Tindakan;
import id.kotacerdas.platform.BatasLaju;
import id.kotacerdas.platform.IsianDitolakException;
import id.kotacerdas.platform.PermintaanDitolakException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The applicant's side, on any phone and without JavaScript: the public tracking page by code (no
 * personal data), and the private page by the secret token with the applicant's data and actions
 * (resubmit after a return, withdraw).
 */
@Controller
@RequestMapping("/c")
class LacakController {

	private final LayananPermohonan layanan;

	private final PenyajiPermohonan penyaji;

	private final MessageSource pesan;

	private final List<TautanPemohon> tautanPemohon;

	LacakController(LayananPermohonan layanan, PenyajiPermohonan penyaji, MessageSource pesan, List<TautanPemohon> tautanPemohon) {
		this.layanan = layanan;
		this.penyaji = penyaji;
		this.pesan = pesan;
		this.tautanPemohon = tautanPemohon;
	}

	/** The form to type a code in; a typed code goes to its page. */
	@GetMapping
	String cari(@RequestParam(required = false) String kode, Model model) {
		if (kode != null && !kode.isBlank()) {
			String normal = KodeLacak.normal(kode);
			if (normal != null) {
				return "redirect:/c/" + normal;
			}
			model.addAttribute("galatKode", true);
		}
		model.addAttribute("kodeDiketik", kode == null ? "" : kode);
		return "permohonan/cari";
	}

	/**
	 * A lost private link, asked for with the code and the contact filed with. The answer is the
	 * same whether or not they matched (the page never shows the link: it goes to that contact).
	 */
	@GetMapping("/tautan")
	String tautan(@RequestParam(required = false) String diminta, Model model) {
		model.addAttribute("isian", Map.of());
		model.addAttribute("galat", Map.of());
		model.addAttribute("diminta", diminta != null);
		return "permohonan/minta-tautan";
	}

	@PostMapping("/tautan")
	@BatasLaju("permohonan-kirim-ulang")
	String mintaTautan(@RequestParam(defaultValue = "") String kode, @RequestParam(defaultValue = "") String kontak,
			HttpServletRequest permintaan, HttpServletResponse response, Model model, Locale locale) {
		Map<String, String> galat = new java.util.LinkedHashMap<>();
		if (kode.isBlank()) {
			galat.put("kode", pesan.getMessage("permohonan.tautan.kode-wajib", null, locale));
		}
		if (kontak.isBlank()) {
			galat.put("kontak", pesan.getMessage("permohonan.tautan.kontak-wajib", null, locale));
		}
		if (!galat.isEmpty()) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			model.addAttribute("isian", Map.of("kode", kode, "kontak", kontak));
			model.addAttribute("galat", galat);
			model.addAttribute("diminta", false);
			return "permohonan/minta-tautan";
		}
		layanan.kirimUlangTautan(kode, kontak, permintaan.getRemoteAddr());
		return "redirect:/c/tautan?diminta";
	}

	/** Rate-limited: codes are short, so guessing them one after another must be slow. */
	@GetMapping("/{kode}")
	@BatasLaju("permohonan-lacak")
	String lacak(@PathVariable String kode, Model model) {
		Permohonan p = layanan.muat(kode);
		if (!p.kode().equals(kode)) {
			return "redirect:/c/" + p.kode();
		}
		model.addAttribute("t", penyaji.tampilan(p));
		return "permohonan/lacak";
	}

	@GetMapping("/{kode}/{token}")
	String pribadi(@PathVariable String kode, @PathVariable String token, Model model, HttpServletResponse response) {
		return tampilPribadi(layanan.muatDenganToken(kode, token), token, "", Map.of(), model, response);
	}

	@PostMapping("/{kode}/{token}/ajukan-ulang")
	@BatasLaju("permohonan-pemohon")
	String ajukanUlang(@PathVariable String kode, @PathVariable String token, @RequestParam(required = false) String catatan, Model model,
			HttpServletResponse response, RedirectAttributes redirect, Locale locale) {
		try {
			layanan.ajukanUlang(kode, token, catatan);
		}
		catch (PermintaanDitolakException ex) {
			return ditolak(ex, kode, token, catatan, model, response, locale);
		}
		redirect.addFlashAttribute("sukses", "permohonan.sukses.ajukan-ulang");
		return "redirect:/c/" + layanan.muat(kode).kode() + "/" + token;
	}

	@PostMapping("/{kode}/{token}/batalkan")
	@BatasLaju("permohonan-pemohon")
	String batalkan(@PathVariable String kode, @PathVariable String token, @RequestParam(required = false) String alasan, Model model,
			HttpServletResponse response, RedirectAttributes redirect, Locale locale) {
		try {
			layanan.batalkan(kode, token, alasan);
		}
		catch (PermintaanDitolakException ex) {
			return ditolak(ex, kode, token, alasan, model, response, locale);
		}
		redirect.addFlashAttribute("sukses", "permohonan.sukses.batalkan");
		return "redirect:/c/" + layanan.muat(kode).kode() + "/" + token;
	}

	/** A wrong link gets the error page; any other refusal shows the page again with the reasons and the text typed. */
	private String ditolak(PermintaanDitolakException ex, String kode, String token, String diketik, Model model,
			HttpServletResponse response, Locale locale) {
		if (ex.status() == HttpStatus.NOT_FOUND) {
			throw ex;
		}
		Map<String, String> galat = ex instanceof IsianDitolakException i ? i.pesan(pesan, locale)
				: Map.of("tindakan", pesan.getMessage(ex.kodePesan(), ex.argumen(), ex.kodePesan(), locale));
		response.setStatus(ex.status().value());
		return tampilPribadi(layanan.muatDenganToken(kode, token), token, diketik == null ? "" : diketik, galat, model, response);
	}

	private String tampilPribadi(Permohonan p, String token, String diketik, Map<String, String> galat, Model model,
			HttpServletResponse response) {
		// the token is in the address: no cache keeps the page, no link leaks it as a referrer
		response.setHeader("Cache-Control", "no-store");
		response.setHeader("Referrer-Policy", "no-referrer");
		Permohonan.Isi isi = p.isi();
		model.addAttribute("t", penyaji.tampilan(p));
		model.addAttribute("pemohon", new Pribadi(isi.nama(), isi.nik().tersamar(), isi.email(), isi.telepon(), isi.perihal()));
		model.addAttribute("token", token);
		model.addAttribute("bolehAjukanUlang", p.tindakanTersedia().contains(Tindakan.AJUKAN_ULANG));
		model.addAttribute("bolehBatalkan", p.tindakanTersedia().contains(Tindakan.BATALKAN));
		model.addAttribute("diketik", diketik);
		model.addAttribute("galat", galat);
		var ringkasan = LayananPermohonan.ringkas(p);
		model.addAttribute("tautan", tautanPemohon.stream().flatMap(t -> t.tautan(ringkasan, token).stream()).toList());
		return "permohonan/lacak";
	}

	/** The applicant's own data, on their private page only; the NIK masked even there. */
	record Pribadi(String nama, String nik, String email, String telepon, String perihal) {
	}
}
