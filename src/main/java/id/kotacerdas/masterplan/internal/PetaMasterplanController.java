package id.kotacerdas.masterplan.internal;

import java.util.Comparator;
import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import id.kotacerdas.platform.LapisanPeta;

/**
 * The masterplan's map: every module's {@link LapisanPeta}, in the masterplan's order of elements. The page lists the
 * layers with links to their GeoJSON (for readers without JavaScript); Leaflet is fetched only where the map is drawn.
 */
@Controller
class PetaMasterplanController {

	private final List<LapisanPeta> lapisan;

	PetaMasterplanController(List<LapisanPeta> lapisan) {
		this.lapisan = lapisan.stream().sorted(Comparator.comparing(LapisanPeta::elemen).thenComparing(LapisanPeta::kode)).toList();
	}

	@GetMapping("/masterplan/peta")
	String peta(Model model) {
		model.addAttribute("lapisan", lapisan);
		return "masterplan/peta";
	}
}
