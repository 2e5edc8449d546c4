package id.kotacerdas.open311.internal;

import java.io.IOException;
import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.LocaleResolver;

import id.kotacerdas.platform.CobaLagiNantiException;
import id.kotacerdas.platform.Gangguan;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

/**
 * The last line of defence for {@code /open311/**}: whatever fails before or outside the
 * controllers (the security firewall, parameter and multipart parsing, size limits, unknown
 * resources, wrong methods) still answers in the Open311 error format, and never with a 5xx.
 * Per the spec only 403, 404 (and our 429 and 503) are distinct; every other refusal is a 400.
 */
class Open311Filter extends OncePerRequestFilter {

	private static final Logger log = LoggerFactory.getLogger(Open311Filter.class);

	private final Penjawab penjawab;

	private final LocaleResolver localeResolver;

	Open311Filter(Penjawab penjawab, LocaleResolver localeResolver) {
		this.penjawab = penjawab;
		this.localeResolver = localeResolver;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Format format = Format.dariPath(request.getRequestURI());
		try {
			chain.doFilter(request, new HttpServletResponseWrapper(response) {

				@Override
				public void sendError(int sc, String msg) throws IOException {
					sendError(sc);
				}

				@Override
				public void sendError(int sc) throws IOException {
					tulisGalat(request, response, format, sc);
				}
			});
		}
		catch (Exception ex) {
			if (Gangguan.basisData(ex)) {
				log.warn("Open311 {} {} answered 503, database unavailable: {}", request.getMethod(), request.getRequestURI(), ex.toString());
				response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(CobaLagiNantiException.DETIK_GANGGUAN));
				tulisGalat(request, response, format, HttpStatus.SERVICE_UNAVAILABLE.value());
				return;
			}
			if (ex.getCause() instanceof MultipartException) {
				log.debug("Open311 {} {}: unreadable multipart body: {}", request.getMethod(), request.getRequestURI(), ex.toString());
			}
			else {
				log.warn("Open311 {} {} failed outside the controllers", request.getMethod(), request.getRequestURI(), ex);
			}
			tulisGalat(request, response, format, HttpStatus.BAD_REQUEST.value());
		}
	}

	private void tulisGalat(HttpServletRequest request, HttpServletResponse response, Format format, int kode)
			throws IOException {
		if (response.isCommitted()) {
			return;
		}
		HttpStatus status = statusOpen311(kode);
		response.resetBuffer();
		response.setStatus(status.value());
		response.setContentType(format.jenisIsi().toString());
		byte[] tubuh = penjawab.tubuhGalat(format, status, penjawab.pesanStatus(status, locale(request)));
		response.setContentLength(tubuh.length);
		try {
			response.getOutputStream().write(tubuh);
		}
		catch (IllegalStateException ex) {
			// something already took the writer; the body is UTF-8 either way
			response.getWriter().write(new String(tubuh, java.nio.charset.StandardCharsets.UTF_8));
		}
		response.flushBuffer();
	}

	/** Per the spec only 403 and 404 (and our 429 and 503: "try again later") are distinct; every other refusal is a 400. */
	static HttpStatus statusOpen311(int kode) {
		return switch (kode) {
			case 403, 404, 429, 503 -> HttpStatus.valueOf(kode);
			default -> HttpStatus.BAD_REQUEST;
		};
	}

	private Locale locale(HttpServletRequest request) {
		try {
			return localeResolver.resolveLocale(request);
		}
		catch (RuntimeException ex) {
			return Locale.forLanguageTag("id");
		}
	}

	@Override
	protected boolean shouldNotFilterErrorDispatch() {
		return true;
	}
}
