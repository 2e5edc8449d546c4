package id.kotacerdas.akun.internal;

import org.springframework.security.authentication.LockedException;
import org.springframework.security.web.WebAttributes;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import jakarta.servlet.http.HttpSession;

@Controller
class MasukController {

	@GetMapping("/masuk")
	String masuk(HttpSession session, Model model) {
		Object galat = session.getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
		model.addAttribute("terkunci", galat instanceof LockedException);
		model.addAttribute("menitKunci", LoginListener.LAMA_KUNCI.toMinutes());
		return "akun/masuk";
	}
}
