package id.kotacerdas.open311.internal;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The human-readable face of the endpoint (the spec recommends one): endpoints, API keys, extensions. */
@Controller
class Open311HalamanController {

	private final Open311Properties properti;

	Open311HalamanController(Open311Properties properti) {
		this.properti = properti;
	}

	@GetMapping({ "/open311", "/open311/v2" })
	String beranda(Model model) {
		model.addAttribute("url", UrlDasar.dari(properti));
		model.addAttribute("jurisdiction", properti.jurisdictionId());
		model.addAttribute("layananKunci", properti.layananKunci());
		return "open311/beranda";
	}
}
