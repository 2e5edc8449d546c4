package id.kotacerdas.akun.internal;

import org.springframework.security.web.WebAttributes;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import jakarta.servlet.http.HttpSession;

@Controller
class MasukController {

	private static final long DETIK_PER_MENIT = 60;

	@GetMapping("/masuk")
	String masuk(HttpSession session, Model model) {
		Object galat = session.getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
		if (galat instanceof PenjagaMasuk.TerlaluBanyakPercobaan t) {
			// rounded up: "try again in 0 minutes" would invite an immediate retry that is refused again
			model.addAttribute("menitTunggu", Math.max(1, (t.tunggu().toSeconds() + DETIK_PER_MENIT - 1) / DETIK_PER_MENIT));
		}
		return "akun/masuk";
	}
}
