package id.kotacerdas.masterplan.internal;

import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import id.kotacerdas.akun.Staf;
import id.kotacerdas.opd.DaftarOpd;
import id.kotacerdas.opd.Opd;
import id.kotacerdas.platform.IsianDitolakException;
import id.kotacerdas.platform.Peran;
import jakarta.servlet.http.HttpServletResponse;

/** Kominfo keeps the register: programmes, their agencies and links, indicators' baselines and targets. */
@Controller
class RegisterController {

	private final LayananMasterplan layanan;

	private final PengelolaanRegister pengelolaan;

	private final DaftarOpd daftarOpd;

	private final MessageSource pesan;

	RegisterController(LayananMasterplan layanan, PengelolaanRegister pengelolaan, DaftarOpd daftarOpd, MessageSource pesan) {
		this.layanan = layanan;
		this.pengelolaan = pengelolaan;
		this.daftarOpd = daftarOpd;
		this.pesan = pesan;
	}

	/** Kominfo's interim list of the modules' figures lived here; the masterplan dashboard took its place. */
	@GetMapping("/staf/indikator")
	@PreAuthorize(Peran.Akses.KOMINFO_DAN_PIMPINAN)
	String indikatorLama() {
		return "redirect:/staf/masterplan";
	}

	@GetMapping("/staf/masterplan/register")
	@PreAuthorize(Peran.Akses.KOMINFO)
	String register(Model model) {
		return halaman(model, null, Map.of(), Map.of());
	}

	@PostMapping("/staf/masterplan/register/program/{id}")
	@PreAuthorize(Peran.Akses.KOMINFO)
	String ubahProgram(@PathVariable long id, PengelolaanRegister.IsianProgram f, @RequestParam Map<String, String> isian, Staf staf, Model model, Locale bahasa,
			HttpServletResponse jawaban, RedirectAttributes redirect) {
		try {
			pengelolaan.ubahProgram(id, f, staf);
			redirect.addFlashAttribute("berhasil", "masterplan.register.tersimpan");
			return "redirect:/staf/masterplan/register#program-" + id;
		}
		catch (IsianDitolakException ex) {
			jawaban.setStatus(ex.status().value());
			return halaman(model, "program-" + id, ex.pesan(pesan, bahasa), isian);
		}
	}

	@PostMapping("/staf/masterplan/register/indikator/{id}")
	@PreAuthorize(Peran.Akses.KOMINFO)
	String ubahTarget(@PathVariable long id, @RequestParam Map<String, String> isian, Staf staf, Model model, Locale bahasa,
			HttpServletResponse jawaban, RedirectAttributes redirect) {
		Map<String, String> target = isian.entrySet().stream().filter(e -> e.getKey().startsWith("target-"))
			.collect(Collectors.toMap(e -> e.getKey().substring("target-".length()), Map.Entry::getValue));
		try {
			pengelolaan.ubahTarget(id, isian.get("baselineTahun"), isian.get("baselineNilai"), target, staf);
			redirect.addFlashAttribute("berhasil", "masterplan.register.tersimpan");
			return "redirect:/staf/masterplan/register#indikator-" + id;
		}
		catch (IsianDitolakException ex) {
			jawaban.setStatus(ex.status().value());
			return halaman(model, "indikator-" + id, ex.pesan(pesan, bahasa), isian);
		}
	}

	/**
	 * @param salah the form that was refused, whose errors are shown next to it
	 * @param isian what was typed in it, shown again
	 */
	private String halaman(Model model, String salah, Map<String, String> galat, Map<String, String> isian) {
		model.addAttribute("papan", layanan.papan(false));
		model.addAttribute("opd", daftarOpd.semua().stream().filter(Opd::aktif).toList());
		model.addAttribute("tahunPeta", layanan.tahunPeta());
		model.addAttribute("salah", salah);
		model.addAttribute("galatRegister", galat);
		model.addAttribute("isian", isian);
		return "masterplan/register";
	}
}
