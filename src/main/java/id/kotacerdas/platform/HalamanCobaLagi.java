package id.kotacerdas.platform;

import org.springframework.http.HttpHeaders;
import org.springframework.web.servlet.ModelAndView;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The page a person sees when a request cannot be served now (429, 503): what happened, when to
 * try again, and, after a form was sent, that the input is still in the browser. It is standalone
 * (no shell, no database), so it renders during an outage too.
 */
final class HalamanCobaLagi {

	static final String TAMPILAN = "galat-coba-lagi";

	private HalamanCobaLagi() {
	}

	static ModelAndView untuk(CobaLagiNantiException ex, HttpServletRequest request, HttpServletResponse response) {
		response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(ex.detik()));
		ModelAndView mav = new ModelAndView(TAMPILAN);
		mav.setStatus(ex.status());
		mav.addObject("status", ex.status().value());
		mav.addObject("kodePesan", ex.kodePesan());
		mav.addObject("argumen", ex.argumen());
		mav.addObject("detik", ex.detik());
		// a page that was only read reloads by itself; a form that was sent is never re-sent behind the person's back
		mav.addObject("kirim", !"GET".equals(request.getMethod()) && !"HEAD".equals(request.getMethod()));
		return mav;
	}
}
