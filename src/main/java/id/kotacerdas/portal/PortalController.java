package id.kotacerdas.portal;

import java.util.Comparator;
import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import id.kotacerdas.platform.Layanan;
import id.kotacerdas.platform.PerluTindakan;
import id.kotacerdas.wilayah.Wilayah;

@Controller
class PortalController {

	private final List<Layanan> layanan;

	private final Wilayah wilayah;

	private final List<PerluTindakan> perluTindakan;

	PortalController(List<Layanan> layanan, Wilayah wilayah, List<PerluTindakan> perluTindakan) {
		this.layanan = layanan.stream().sorted(Comparator.comparingInt(Layanan::urutan)).toList();
		this.wilayah = wilayah;
		this.perluTindakan = perluTindakan;
	}

	/** One module's figures on the dashboard, under its heading. */
	record KelompokAngka(String kodeJudul, List<PerluTindakan.Angka> angka) {
	}

	@GetMapping("/")
	String beranda(Model model) {
		model.addAttribute("layanan", layanan);
		model.addAttribute("jumlahKecamatan", wilayah.kecamatan().size());
		model.addAttribute("jumlahKelurahan", wilayah.kelurahan().size());
		return "portal/beranda";
	}

	/** The dashboard opens with what calls for action, each figure a link to its list. */
	@GetMapping("/staf")
	String dasborStaf(Model model) {
		model.addAttribute("perluTindakan", perluTindakan.stream()
			.map(p -> new KelompokAngka(p.kodeJudul(), p.angka()))
			.filter(k -> !k.angka().isEmpty())
			.toList());
		return "portal/dasbor";
	}
}
