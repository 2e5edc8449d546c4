package id.kotacerdas.platform;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.tomcat.util.http.InvalidParameterException;
import org.apache.tomcat.util.http.fileupload.impl.SizeException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.View;
import org.springframework.web.servlet.ViewResolver;
import org.springframework.web.servlet.i18n.FixedLocaleResolver;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.ObjectMapper;

/**
 * The edge every request passes before anything reads it. Text no one can store (U+0000, an
 * unpaired surrogate; see {@link Teks}) in the path, in any parameter (query, form, multipart field)
 * or in any string of a JSON body, parameters the container cannot read, and bodies over the
 * limits are refused here with a clear 4xx, once for every endpoint, instead of failing deep inside
 * as a 500. The answer comes in the caller's format: problem+json for APIs, the refusal page for
 * browsers, and the Open311 error format under {@code /open311/} (its own filter, which runs
 * first, writes it).
 */
class PenjagaMasukan extends OncePerRequestFilter {

	/** After the character encoding and the Open311 error filter, before Spring Security reads a parameter. */
	static final int URUTAN = org.springframework.core.Ordered.HIGHEST_PRECEDENCE + 2;


	private static final Logger log = LoggerFactory.getLogger(PenjagaMasukan.class);

	private static final Pattern LANG = Pattern.compile("(?:^|&)lang=([a-z]{2})(?:&|$)");

	/** Why a request is refused: its status and a message key. */
	record Penolakan(HttpStatus status, String kodePesan) {
	}

	private static final Penolakan TEKS_TIDAK_SAH = new Penolakan(HttpStatus.BAD_REQUEST, "galat.teks-tidak-sah");

	private final ObjectMapper json;

	/** JSON bodies are read whole to look at every string; they may be as large as a form may be. */
	private final int jsonMaks;

	private final MessageSource pesan;

	private final LocaleResolver localeResolver;

	private final ViewResolver halaman;

	PenjagaMasukan(ObjectMapper json, int jsonMaks, MessageSource pesan, LocaleResolver localeResolver, ViewResolver halaman) {
		this.json = json;
		this.jsonMaks = jsonMaks;
		this.pesan = pesan;
		this.localeResolver = localeResolver;
		this.halaman = halaman;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Penolakan tolak = periksa(request);
		HttpServletRequest diteruskan = request;
		if (tolak == null && jenisJson(request.getContentType())) {
			byte[] isi = request.getInputStream().readNBytes(jsonMaks + 1);
			diteruskan = new IsiTersimpan(request, isi);
			tolak = isi.length > jsonMaks ? new Penolakan(HttpStatus.CONTENT_TOO_LARGE, "galat.terlalu-besar")
					: jsonSah(isi) ? null : TEKS_TIDAK_SAH;
		}
		if (tolak == null) {
			chain.doFilter(diteruskan, response);
			return;
		}
		log.debug("{} {} refused at the edge: {}", request.getMethod(), request.getRequestURI(), tolak);
		jawab(request, response, tolak);
	}

	/** The path and every parameter; the container's own refusal of the parameters keeps its status. */
	private Penolakan periksa(HttpServletRequest request) {
		if ("/error".equals(request.getRequestURI())) {
			// the error page is where the container forwards failures, not an address to visit
			return new Penolakan(HttpStatus.NOT_FOUND, "galat.404");
		}
		if (!teksTerurai(request.getRequestURI()) || request.getQueryString() != null && !teksTerurai(request.getQueryString())) {
			return TEKS_TIDAK_SAH;
		}
		try {
			for (Map.Entry<String, String[]> p : request.getParameterMap().entrySet()) {
				if (!Teks.sah(p.getKey())) {
					return TEKS_TIDAK_SAH;
				}
				for (String nilai : p.getValue()) {
					if (!Teks.sah(nilai)) {
						return TEKS_TIDAK_SAH;
					}
				}
			}
		}
		catch (IllegalStateException ex) {
			// undecodable, too many or too large parameters (a 5 MB text field in a multipart form)
			log.debug("Parameters of {} unreadable", request.getRequestURI(), ex);
			return terlaluBesar(ex) ? new Penolakan(HttpStatus.CONTENT_TOO_LARGE, "galat.terlalu-besar")
					: new Penolakan(HttpStatus.BAD_REQUEST, "galat.isi-tidak-terbaca");
		}
		return null;
	}

	/**
	 * Tomcat marks its own parameter refusals with a status; a multipart form over the size limits
	 * comes as a plain IllegalStateException, which Spring itself tells apart by its words.
	 */
	private static boolean terlaluBesar(IllegalStateException ex) {
		if (ex instanceof InvalidParameterException t) {
			return t.getErrorCode() == HttpStatus.CONTENT_TOO_LARGE.value();
		}
		for (Throwable t = ex; t != null; t = t.getCause()) {
			if (t instanceof SizeException || t.getMessage() != null && t.getMessage().contains("exceed")) {
				return true;
			}
		}
		return false;
	}

	/** A raw path or query, percent-decoded as strict UTF-8, is text {@link Teks#sah}. */
	static boolean teksTerurai(String uri) {
		ByteArrayOutputStream bita = new ByteArrayOutputStream(uri.length());
		for (int i = 0; i < uri.length(); i++) {
			char c = uri.charAt(i);
			if (c == '%' && i + 2 < uri.length() && Character.digit(uri.charAt(i + 1), 16) >= 0
					&& Character.digit(uri.charAt(i + 2), 16) >= 0) {
				bita.write(Integer.parseInt(uri, i + 1, i + 3, 16));
				i += 2;
			}
			else {
				bita.writeBytes(String.valueOf(c).getBytes(StandardCharsets.UTF_8));
			}
		}
		try {
			return Teks.sah(StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bita.toByteArray())));
		}
		catch (CharacterCodingException ex) {
			return false;
		}
	}

	private static boolean jenisJson(String contentType) {
		return contentType != null && contentType.toLowerCase(Locale.ROOT).contains("json");
	}

	/** Every property name and string value; a body that is not JSON at all is left to the endpoint to refuse. */
	private boolean jsonSah(byte[] isi) {
		try (JsonParser p = json.createParser(isi)) {
			for (JsonToken t; (t = p.nextToken()) != null;) {
				if ((t == JsonToken.PROPERTY_NAME || t == JsonToken.VALUE_STRING) && !Teks.sah(p.getString())) {
					return false;
				}
			}
		}
		catch (JacksonException ex) {
			return true;
		}
		return true;
	}

	private void jawab(HttpServletRequest request, HttpServletResponse response, Penolakan tolak) throws IOException, ServletException {
		if (request.getRequestURI().startsWith("/open311/")) {
			// the Open311 filter wraps this response and writes its own error format
			response.sendError(tolak.status().value());
			return;
		}
		Locale locale = locale(request);
		response.setStatus(tolak.status().value());
		if (inginJson(request)) {
			Map<String, Object> problem = new LinkedHashMap<>();
			problem.put("type", "about:blank");
			problem.put("title", tolak.status().getReasonPhrase());
			problem.put("status", tolak.status().value());
			problem.put("detail", pesan.getMessage(tolak.kodePesan(), null, locale));
			problem.put("instance", request.getRequestURI());
			response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
			response.getOutputStream().write(json.writeValueAsBytes(problem));
			return;
		}
		// the same page a refusal shows everywhere else, rendered here because no controller is involved
		request.setAttribute(DispatcherServlet.LOCALE_RESOLVER_ATTRIBUTE, new FixedLocaleResolver(locale));
		try {
			View view = halaman.resolveViewName("galat-permintaan", locale);
			view.render(Map.of("kodePesan", tolak.kodePesan(), "argumen", new Object[0]), request, response);
		}
		catch (Exception ex) {
			throw new ServletException(ex);
		}
	}

	private static boolean inginJson(HttpServletRequest request) {
		String uri = request.getRequestURI();
		String terima = request.getHeader("Accept");
		return uri.startsWith("/api/") || uri.startsWith("/v3/") || jenisJson(request.getContentType())
				|| terima != null && jenisJson(terima) && !terima.contains("text/html");
	}

	/**
	 * {@code ?lang=} as the rest of the site honours it, else the remembered choice. Read from the
	 * raw query: the parameters may be exactly what could not be read.
	 */
	private Locale locale(HttpServletRequest request) {
		Matcher lang = request.getQueryString() == null ? null : LANG.matcher(request.getQueryString());
		return lang != null && lang.find() ? Locale.forLanguageTag(lang.group(1)) : localeResolver.resolveLocale(request);
	}

	/** The request with its body already read, so the endpoint reads the same bytes. */
	static final class IsiTersimpan extends HttpServletRequestWrapper {

		private final byte[] isi;

		IsiTersimpan(HttpServletRequest request, byte[] isi) {
			super(request);
			this.isi = isi;
		}

		@Override
		public ServletInputStream getInputStream() {
			InputStream in = new ByteArrayInputStream(isi);
			return new ServletInputStream() {

				@Override
				public int read() throws IOException {
					return in.read();
				}

				@Override
				public int read(byte[] b, int off, int len) throws IOException {
					return in.read(b, off, len);
				}

				@Override
				public boolean isFinished() {
					try {
						return in.available() == 0;
					}
					catch (IOException ex) {
						return true;
					}
				}

				@Override
				public boolean isReady() {
					return true;
				}

				@Override
				public void setReadListener(ReadListener listener) {
					throw new UnsupportedOperationException("the body is already read");
				}
			};
		}

		@Override
		public BufferedReader getReader() {
			String charset = getCharacterEncoding();
			return new BufferedReader(new InputStreamReader(getInputStream(), charset == null ? StandardCharsets.UTF_8 : Charset.forName(charset)));
		}

		@Override
		public int getContentLength() {
			return isi.length;
		}

		@Override
		public long getContentLengthLong() {
			return isi.length;
		}
	}
}
