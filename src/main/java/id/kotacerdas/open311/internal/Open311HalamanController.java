package id.kotacerdas.open311.internal;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import id.kotacerdas.platform.UrlDasar;

/** The human-readable face of the endpoint (the spec recommends one): endpoints, API keys, extensions. */
@Controller
class Open311HalamanController {

	private final Open311Properties properti;

	private final UrlDasar urlDasar;

	Open311HalamanController(Open311Properties properti, UrlDasar urlDasar) {
		this.properti = properti;
		this.urlDasar = urlDasar;
	}

	@GetMapping({ "/open311", "/open311/v2" })
	String beranda(Model model) {
		model.addAttribute("url", urlDasar.dariPermintaan());
		model.addAttribute("jurisdiction", properti.jurisdictionId());
		model.addAttribute("layananKunci", properti.layananKunci());
		return "open311/beranda";
	}
}
