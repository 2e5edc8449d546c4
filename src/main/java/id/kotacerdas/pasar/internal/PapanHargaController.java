package id.kotacerdas.pasar.internal;

import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import id.kotacerdas.platform.PermintaanDitolakException;
import id.kotacerdas.platform.Waktu;

/** The public price board: no sign-in, one light page. */
@Controller
class PapanHargaController {

	private final PapanHarga papan;

	private final HargaRepository repo;

	private final LayananHarga layanan;

	PapanHargaController(PapanHarga papan, HargaRepository repo, LayananHarga layanan) {
		this.papan = papan;
		this.repo = repo;
		this.layanan = layanan;
	}

	@GetMapping("/pasar")
	String papan(@RequestParam(required = false) Long pasar, Model model) {
		List<Pasar> daftar = repo.pasar();
		Pasar terpilih = pasar == null ? null
				: daftar.stream().filter(p -> p.id() == pasar).findFirst()
					.orElseThrow(() -> PermintaanDitolakException.tidakDitemukan("pasar.tidak-ditemukan"));
		var hasil = papan.papan(pasar, layanan.hariIni()).orElse(null);
		model.addAttribute("daftarPasar", daftar);
		model.addAttribute("terpilih", terpilih);
		model.addAttribute("papan", hasil);
		model.addAttribute("tanggal", hasil == null ? null : Waktu.formatTanggal(hasil.tanggal()));
		return "pasar/papan";
	}
}
