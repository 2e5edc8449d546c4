package id.kotacerdas.dokumen.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.thymeleaf.context.Context;
import org.thymeleaf.exceptions.TemplateProcessingException;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.StringTemplateResolver;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;

import id.kotacerdas.platform.PekerjaanBerat;
import id.kotacerdas.platform.PermintaanDitolakException;

/**
 * A kind's template (Thymeleaf HTML, stored as data) rendered to PDF with openhtmltopdf. The template
 * sees one variable, {@code d}, a map of the document's data (see docs/dokumen.md); it must be
 * well-formed XHTML (openhtmltopdf parses it as XML), which {@link #periksa} checks before an edit is stored.
 */
final class PenyajiPdf {

	static {
		// openhtmltopdf logs every render at INFO through java.util.logging; a failing render throws, which is what counts
		XRLog.setLoggingEnabled(false);
	}

	private final SpringTemplateEngine mesin;

	private final PekerjaanBerat pekerjaanBerat;

	PenyajiPdf(MessageSource pesan, PekerjaanBerat pekerjaanBerat) {
		this.pekerjaanBerat = pekerjaanBerat;
		this.mesin = new SpringTemplateEngine();
		StringTemplateResolver r = new StringTemplateResolver();
		r.setTemplateMode(TemplateMode.HTML);
		// the template text is the cache key: an edited template is a new entry, the old one ages out
		r.setCacheable(true);
		mesin.setTemplateResolver(r);
		mesin.setTemplateEngineMessageSource(pesan);
	}

	/** The HTML of the document. A template that cannot be processed is refused (422) with the engine's words. */
	String html(String templat, Map<String, Object> data) {
		try {
			return mesin.process(templat, new Context(null, Map.of("d", data)));
		}
		catch (TemplateProcessingException ex) {
			throw new PermintaanDitolakException(HttpStatus.UNPROCESSABLE_CONTENT, "dokumen.templat.galat", ex.getMessage());
		}
	}

	/**
	 * Renders on the bounded heavy-work pool (layout and fonts cost CPU and memory): a burst of issues or
	 * previews cannot starve other requests.
	 *
	 * @throws id.kotacerdas.platform.CobaLagiNantiException (503) when the pool is full
	 */
	byte[] pdf(String templat, Map<String, Object> data) {
		String html = html(templat, data);
		return pekerjaanBerat.jalankan(() -> render(html));
	}

	private static byte[] render(String html) {
		try (ByteArrayOutputStream keluar = new ByteArrayOutputStream()) {
			PdfRendererBuilder b = new PdfRendererBuilder();
			b.useFastMode();
			b.withHtmlContent(html, null);
			b.toStream(keluar);
			b.run();
			return keluar.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (RuntimeException ex) {
			// openhtmltopdf wraps the XML parser's complaint (an unclosed tag, an HTML entity)
			throw new PermintaanDitolakException(HttpStatus.UNPROCESSABLE_CONTENT, "dokumen.templat.galat", pesanAkar(ex));
		}
	}

	private static String pesanAkar(Throwable ex) {
		Throwable t = ex;
		while (t.getCause() != null && t.getCause() != t) {
			t = t.getCause();
		}
		return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
	}
}
