package id.kotacerdas.platform;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.View;
import org.springframework.web.servlet.ViewResolver;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.ObjectMapper;

/**
 * The outermost filter: a database outage that surfaces anywhere the controller advices do not
 * reach (the security filters, view rendering, the session) is still answered 503 with
 * {@code Retry-After} — a page for browsers, a problem document for programs — and never as a 500.
 * Recovery needs nothing: the next request after the database is back simply succeeds.
 */
class GangguanFilter extends OncePerRequestFilter {

	private static final Logger log = LoggerFactory.getLogger(GangguanFilter.class);

	private final ViewResolver tampilan;

	private final LocaleResolver localeResolver;

	private final MessageSource pesan;

	private final ObjectMapper json;

	GangguanFilter(ViewResolver tampilan, LocaleResolver localeResolver, MessageSource pesan, ObjectMapper json) {
		this.tampilan = tampilan;
		this.localeResolver = localeResolver;
		this.pesan = pesan;
		this.json = json;
	}

	/** One line per refused request: an outage is an operator's concern, its stack trace is noise. */
	static void catat(HttpServletRequest request, Throwable ex) {
		Throwable akar = ex;
		while (akar.getCause() != null && akar.getCause() != akar) {
			akar = akar.getCause();
		}
		log.warn("{} {} answered 503, database unavailable: {}", request.getMethod(), request.getRequestURI(), akar.toString());
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		try {
			chain.doFilter(request, response);
		}
		catch (IOException | ServletException | RuntimeException ex) {
			if (!Gangguan.basisData(ex) || response.isCommitted()) {
				throw ex;
			}
			catat(request, ex);
			tulis(request, response, CobaLagiNantiException.gangguan());
		}
	}

	private void tulis(HttpServletRequest request, HttpServletResponse response, CobaLagiNantiException ex)
			throws IOException, ServletException {
		Locale locale = locale(request);
		response.resetBuffer();
		response.setCharacterEncoding(StandardCharsets.UTF_8.name());
		String accept = request.getHeader(HttpHeaders.ACCEPT);
		if (accept != null && accept.contains(MediaType.TEXT_HTML_VALUE)) {
			ModelAndView mav = HalamanCobaLagi.untuk(ex, request, response);
			response.setStatus(ex.status().value());
			try {
				View view = tampilan.resolveViewName(mav.getViewName(), locale);
				view.render(mav.getModel(), request, response);
				return;
			}
			catch (Exception gagal) {
				throw new ServletException(gagal);
			}
		}
		ProblemDetail problem = ApiExceptionHandler.problem(ex.status(), pesan.getMessage(ex.kodePesan(), ex.argumen(), locale));
		response.setStatus(ex.status().value());
		response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(ex.detik()));
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.getOutputStream().write(json.writeValueAsBytes(Map.of("type", problem.getType().toString(), "title",
				problem.getTitle(), "status", problem.getStatus(), "detail", problem.getDetail())));
	}

	private Locale locale(HttpServletRequest request) {
		try {
			return localeResolver.resolveLocale(request);
		}
		catch (RuntimeException ex) {
			return WebConfig.INDONESIA;
		}
	}
}
