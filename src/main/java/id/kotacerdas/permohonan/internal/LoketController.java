package id.kotacerdas.permohonan.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.context.MessageSource;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import id.kotacerdas.akun.Staf;
import id.kotacerdas.permohonan.FormulirLoket;
import id.kotacerdas.permohonan.Pemohon;
import id.kotacerdas.permohonan.PermohonanBaru;
import id.kotacerdas.permohonan.TandaTerimaPermohonan;
import id.kotacerdas.platform.IsianDitolakException;
import id.kotacerdas.platform.Peran;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Assisted mode at the counter: an operator of a kelurahan or agency files for a citizen who does
 * not apply online, through the same filing path, and prints the receipt with the tracking code and
 * the private link as QR codes (58-mm thermal page, A6 PDF). The private token is in the session's
 * flash only for the receipt right after filing: it is never stored readable.
 */
@Controller
@RequestMapping("/staf/permohonan/loket")
@PreAuthorize(Peran.Akses.STAF)
class LoketController {

	private static final String TOKEN = TandaTerimaPermohonan.ATRIBUT_TOKEN_STRUK;

	/** What was typed, given back after a refusal. */
	record Isian(String alurKode, String nik, String nama, String telepon, String email, String perihal) {

		static final Isian KOSONG = new Isian("", "", "", "", "", "");
	}

	private final LayananPermohonan layanan;

	private final PermohonanRepository repo;

	private final TandaTerimaLoket tandaTerima;

	private final MessageSource pesan;

	private final List<FormulirLoket> formulirKonsumen;

	LoketController(LayananPermohonan layanan, PermohonanRepository repo, TandaTerimaLoket tandaTerima, MessageSource pesan,
			List<FormulirLoket> formulirKonsumen) {
		this.formulirKonsumen = formulirKonsumen;
		this.layanan = layanan;
		this.repo = repo;
		this.tandaTerima = tandaTerima;
		this.pesan = pesan;
	}

	/** The form; {@code alur} preselects a flow (a service page's counter button links here with it). */
	@GetMapping
	String formulir(@RequestParam(required = false) String alur, Model model) {
		Optional<String> milikKonsumen = alur == null ? Optional.empty() : formulirKonsumen(alur);
		if (milikKonsumen.isPresent()) {
			return "redirect:" + milikKonsumen.get();
		}
		return tampil(new Isian(alur == null ? "" : alur, "", "", "", "", ""), Map.of(), model);
	}

	@PostMapping
	String ajukan(@ModelAttribute Isian isian, Staf staf, Model model, Locale locale, HttpServletResponse response,
			RedirectAttributes redirect) {
		TandaTerimaPermohonan tanda;
		if (isian.alurKode() != null && formulirKonsumen(isian.alurKode()).isPresent()) {
			// its answers and documents belong to the consumer's own form: filing without them would lose them
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return tampil(isian, Map.of("alurKode", pesan.getMessage("permohonan.loket.pakai-formulir-layanan", null, locale)), model);
		}
		try {
			tanda = layanan.ajukanDiLoket(new PermohonanBaru(isian.alurKode(), isian.perihal(), null,
					new Pemohon(isian.nik(), isian.nama(), isian.email(), isian.telepon())), staf);
		}
		catch (IsianDitolakException ex) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return tampil(isian, ex.pesan(pesan, locale), model);
		}
		redirect.addFlashAttribute(TOKEN, tanda.token());
		return "redirect:" + tanda.alamatStruk();
	}

	/** A consumer's own counter form for the flow, if one owns it. */
	private Optional<String> formulirKonsumen(String alurKode) {
		return formulirKonsumen.stream().map(f -> f.alamat(alurKode)).flatMap(Optional::stream).findFirst();
	}

	private String tampil(Isian isian, Map<String, String> galat, Model model) {
		// flows with a consumer's own form are offered as links to it, the rest in the select
		Map<String, String> denganFormulir = new LinkedHashMap<>();
		List<Alur> umum = new ArrayList<>();
		for (Alur a : repo.semuaAlur()) {
			formulirKonsumen(a.kode()).ifPresentOrElse(u -> denganFormulir.putIfAbsent(u, a.nama()), () -> umum.add(a));
		}
		model.addAttribute("alur", umum);
		model.addAttribute("alurKonsumen", denganFormulir);
		model.addAttribute("isian", isian);
		model.addAttribute("galat", galat);
		return "permohonan/loket";
	}

	/**
	 * The receipt in the 58-mm layout, printable from the browser. The private link shows only right
	 * after filing (the flash token); opened again later, the page says how the citizen gets it back.
	 */
	@GetMapping("/{kode}")
	String struk(@PathVariable String kode, Model model, Locale locale, HttpServletResponse response) {
		String token = (String) model.getAttribute(TOKEN);
		response.setHeader("Cache-Control", "no-store");
		response.setHeader("Referrer-Policy", "no-referrer");
		Permohonan p = layanan.muat(kode);
		if (token == null || token.isEmpty()) {
			model.addAttribute("kode", p.kode());
			return "permohonan/struk-habis";
		}
		model.addAttribute("s", tandaTerima.struk(layanan.muatDenganToken(p.kode(), token), token, locale));
		model.addAttribute("token", token);
		return "permohonan/struk";
	}

	/** The A6 PDF, posted from the receipt page with the token it holds (a wrong one: 404). */
	@PostMapping("/{kode}/tanda-terima.pdf")
	ResponseEntity<byte[]> pdf(@PathVariable String kode, @RequestParam String token, Locale locale) {
		Permohonan p = layanan.muatDenganToken(kode, token);
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.cacheControl(CacheControl.noStore())
			.header("Content-Disposition", "inline; filename=\"tanda-terima-" + p.kode() + ".pdf\"")
			.body(tandaTerima.pdf(tandaTerima.struk(p, token, locale), locale));
	}
}
