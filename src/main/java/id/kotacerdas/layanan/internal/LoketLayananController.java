package id.kotacerdas.layanan.internal;

import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import id.kotacerdas.akun.Staf;
import id.kotacerdas.opd.DaftarOpd;
import id.kotacerdas.permohonan.TandaTerimaPermohonan;
import id.kotacerdas.platform.IsianDitolakException;
import id.kotacerdas.platform.Peran;
import id.kotacerdas.platform.PermintaanDitolakException;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Assisted mode for a service: an officer at a kelurahan or agency counter files for a citizen who
 * came to the office, with the service's own form (the citizen's page, same checks) and the
 * documents scanned or photographed there; the engine records the officer, and the engine's counter
 * receipt (58-mm page, A6 PDF) gives the citizen the code and the private link.
 */
@Controller
@RequestMapping("/staf/layanan/{kode}/loket")
@PreAuthorize(Peran.Akses.STAF)
class LoketLayananController {

	private final KatalogLayanan katalog;

	private final PengajuanService pengajuan;

	private final DaftarOpd opd;

	private final MessageSource pesan;

	LoketLayananController(KatalogLayanan katalog, PengajuanService pengajuan, DaftarOpd opd, MessageSource pesan) {
		this.katalog = katalog;
		this.pengajuan = pengajuan;
		this.opd = opd;
		this.pesan = pesan;
	}

	@GetMapping
	String formulir(@PathVariable String kode, Model model) {
		return tampil(katalog.muatAktif(kode), Map.of(), Map.of(), UUID.randomUUID().toString(), model);
	}

	/** Files for the citizen; a refusal answers 4xx with the form as typed; success goes to the receipt. */
	@PostMapping
	String ajukan(@PathVariable String kode, @RequestParam MultiValueMap<String, String> isian,
			@RequestParam MultiValueMap<String, MultipartFile> permintaan, Staf staf, HttpServletResponse jawaban, Model model, Locale locale,
			RedirectAttributes redirect) {
		JenisLayanan l = katalog.muatAktif(kode);
		Map<String, String> diketik = KatalogController.diketik(isian);
		PengajuanService.Hasil h;
		try {
			h = pengajuan.ajukan(kode, KatalogController.formulir(l, diketik, permintaan), staf);
		}
		catch (PermintaanDitolakException ex) {
			if (ex.status() == HttpStatus.NOT_FOUND || ex.status() == HttpStatus.FORBIDDEN) {
				throw ex;
			}
			jawaban.setStatus(ex instanceof IsianDitolakException ? HttpStatus.BAD_REQUEST.value() : ex.status().value());
			return tampil(l, diketik, KatalogController.galat(ex, pesan, locale),
					diketik.getOrDefault("idPengiriman", UUID.randomUUID().toString()), model);
		}
		TandaTerimaPermohonan tanda = new TandaTerimaPermohonan(h.kode(), h.tautanLacak(), h.tautanPribadi());
		// the same form sent twice has no fresh link: the receipt page then says how the citizen gets it back
		if (h.tautanPribadi() != null) {
			redirect.addFlashAttribute(TandaTerimaPermohonan.ATRIBUT_TOKEN_STRUK, tanda.token());
		}
		return "redirect:" + tanda.alamatStruk();
	}

	private String tampil(JenisLayanan l, Map<String, String> diketik, Map<String, String> galat, String idPengiriman, Model model) {
		model.addAttribute("loket", true);
		return KatalogController.tampilFormulir(l, diketik, galat, idPengiriman, KatalogController.namaOpd(opd), model);
	}
}
