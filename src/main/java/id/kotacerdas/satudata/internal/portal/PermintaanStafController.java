package id.kotacerdas.satudata.internal.portal;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;

import id.kotacerdas.akun.Staf;
import id.kotacerdas.platform.Peran;
import id.kotacerdas.platform.Waktu;

/** Kominfo's list of requests for data; a request's contacts on its own page, each reading audited. */
@Controller
@RequestMapping("/staf/data/permintaan")
@PreAuthorize(Peran.Akses.KOMINFO)
class PermintaanStafController {

	static final int DAFTAR_MAKS = 200;

	private final LayananPermintaanData layanan;

	PermintaanStafController(LayananPermintaanData layanan) {
		this.layanan = layanan;
	}

	record Baris(PermintaanData p, String diterima) {
	}

	@GetMapping
	String daftar(Staf staf, Model model) {
		model.addAttribute("daftar", layanan.daftar(staf, DAFTAR_MAKS).stream().map(p -> new Baris(p, Waktu.formatTanggalJam(p.dibuat()))).toList());
		return "satudata/staf/permintaan";
	}

	@GetMapping("/{id:\\d+}")
	String rinci(@PathVariable long id, Staf staf, Model model) {
		PermintaanData p = layanan.baca(id, staf);
		model.addAttribute("p", p);
		model.addAttribute("diterima", Waktu.formatTanggalJam(p.dibuat()));
		return "satudata/staf/permintaan-rinci";
	}
}
