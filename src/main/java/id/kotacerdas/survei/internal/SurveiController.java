package id.kotacerdas.survei.internal;

import java.util.Arrays;
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

import id.kotacerdas.permohonan.PenyelesaianPermohonan.Penyelesaian;
import id.kotacerdas.platform.BatasLaju;
import id.kotacerdas.platform.IsianDitolakException;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The SKM form of a completed application, reached from the applicant's private page: no script,
 * plain radio buttons, on any phone. Answered once; the form again after that says thank you.
 */
@Controller
@RequestMapping("/survei")
class SurveiController {

	private final LayananSurvei layanan;

	private final MessageSource pesan;

	SurveiController(LayananSurvei layanan, MessageSource pesan) {
		this.layanan = layanan;
		this.pesan = pesan;
	}

	/** An optional respondent question: the form field, its label's key and the choices. */
	record Pertanyaan(String isian, String kodeLabel, List<Responden.Pilihan> pilihan) {
	}

	private static final List<Pertanyaan> RESPONDEN = List.of(
			new Pertanyaan("umur", "survei.responden.umur", List.of(Responden.Umur.values())),
			new Pertanyaan("jenisKelamin", "survei.responden.jenis-kelamin", List.of(Responden.JenisKelamin.values())),
			new Pertanyaan("pendidikan", "survei.responden.pendidikan", List.of(Responden.Pendidikan.values())),
			new Pertanyaan("pekerjaan", "survei.responden.pekerjaan", List.of(Responden.Pekerjaan.values())));

	static String jalur(String kode, String token) {
		return "/survei/" + kode + "/" + token;
	}

	@GetMapping("/{kode}/{token}")
	String formulir(@PathVariable String kode, @PathVariable String token, Model model, HttpServletResponse response) {
		return tampil(layanan.untuk(kode, token), token, Map.of(), Map.of(), model, response);
	}

	@PostMapping("/{kode}/{token}")
	@BatasLaju("survei")
	String jawab(@PathVariable String kode, @PathVariable String token, @RequestParam Map<String, String> isian, Model model,
			Locale locale, HttpServletResponse response) {
		try {
			layanan.simpan(kode, token, isian);
		}
		catch (IsianDitolakException ex) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return tampil(layanan.untuk(kode, token), token, isian, ex.pesan(pesan, locale), model, response);
		}
		return "redirect:" + jalur(layanan.untuk(kode, token).kode(), token);
	}

	private String tampil(Penyelesaian p, String token, Map<String, String> isian, Map<String, String> galat, Model model,
			HttpServletResponse response) {
		// the token is in the address: no cache keeps the page, no link leaks it as a referrer
		response.setHeader("Cache-Control", "no-store");
		response.setHeader("Referrer-Policy", "no-referrer");
		model.addAttribute("p", p);
		model.addAttribute("token", token);
		model.addAttribute("sudah", layanan.sudahDiisi(p.kode()));
		model.addAttribute("unsur", Arrays.asList(UnsurSkm.values()));
		model.addAttribute("nilai", UnsurSkm.NILAI);
		model.addAttribute("responden", RESPONDEN);
		model.addAttribute("isian", isian);
		model.addAttribute("galat", galat);
		return "survei/formulir";
	}
}
