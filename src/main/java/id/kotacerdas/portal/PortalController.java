package id.kotacerdas.portal;

import java.util.Comparator;
import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import id.kotacerdas.platform.Layanan;
import id.kotacerdas.wilayah.Wilayah;

@Controller
class PortalController {

	private final List<Layanan> layanan;

	private final Wilayah wilayah;

	PortalController(List<Layanan> layanan, Wilayah wilayah) {
		this.layanan = layanan.stream().sorted(Comparator.comparingInt(Layanan::urutan)).toList();
		this.wilayah = wilayah;
	}

	@GetMapping("/")
	String beranda(Model model) {
		model.addAttribute("layanan", layanan);
		model.addAttribute("jumlahKecamatan", wilayah.kecamatan().size());
		model.addAttribute("jumlahKelurahan", wilayah.kelurahan().size());
		return "portal/beranda";
	}

	@GetMapping("/staf")
	String dasborStaf() {
		return "portal/dasbor";
	}
}
