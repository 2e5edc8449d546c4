package id.kotacerdas.pasar.internal;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletResponse;

import id.kotacerdas.akun.Staf;
import id.kotacerdas.platform.Peran;
import id.kotacerdas.platform.PermintaanDitolakException;

/** The market agency's and Kominfo's page for the weights of the price index. */
@Controller
@PreAuthorize(Peran.Akses.STAF)
class BobotIndeksController {

	/** Form fields are {@code bobot-<commodity id>}. */
	private static final String AWALAN = "bobot-";

	private final LayananIndeks indeks;

	private final HargaRepository harga;

	BobotIndeksController(LayananIndeks indeks, HargaRepository harga) {
		this.indeks = indeks;
		this.harga = harga;
	}

	@GetMapping("/staf/pasar/bobot")
	String halaman(Staf staf, Model model) {
		if (!indeks.bolehMengubahBobot(staf)) {
			throw new PermintaanDitolakException(HttpStatus.FORBIDDEN, "pasar.bobot.bukan-petugas");
		}
		if (!model.containsAttribute("isian")) {
			Map<String, String> isian = new HashMap<>();
			indeks.bobotSekarang().forEach((id, b) -> isian.put(AWALAN + id, b.stripTrailingZeros().toPlainString()));
			model.addAttribute("isian", isian);
		}
		model.addAttribute("komoditas", harga.komoditas());
		return "pasar/bobot";
	}

	@PostMapping("/staf/pasar/bobot")
	String simpan(@RequestParam Map<String, String> form, Staf staf, Model model, HttpServletResponse jawaban, RedirectAttributes ra) {
		Map<String, String> isian = new HashMap<>();
		form.forEach((k, v) -> {
			if (k.startsWith(AWALAN)) {
				isian.put(k, v);
			}
		});
		try {
			Map<Long, BigDecimal> baru = new HashMap<>();
			isian.forEach((k, v) -> baru.put(Long.valueOf(k.substring(AWALAN.length())), new BigDecimal(v.strip().replace(',', '.'))));
			ra.addFlashAttribute("tersimpan", indeks.ubahBobot(staf, baru));
			return "redirect:/staf/pasar/bobot";
		}
		catch (NumberFormatException | PermintaanDitolakException ex) {
			if (ex instanceof PermintaanDitolakException d && d.status() == HttpStatus.FORBIDDEN) {
				throw d;
			}
			// what the person typed comes back with the reason, and nothing was changed
			jawaban.setStatus(HttpStatus.BAD_REQUEST.value());
			model.addAttribute("isian", isian);
			model.addAttribute("galat", LayananIndeks.BOBOT_MAKS);
			return halaman(staf, model);
		}
	}
}
