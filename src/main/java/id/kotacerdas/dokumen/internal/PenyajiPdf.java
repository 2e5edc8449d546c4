package id.kotacerdas.dokumen.internal;

import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.thymeleaf.context.Context;
import org.thymeleaf.exceptions.TemplateProcessingException;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.StringTemplateResolver;

import id.kotacerdas.platform.PdfDariHtml;
import id.kotacerdas.platform.PermintaanDitolakException;

/**
 * A kind's template (Thymeleaf HTML, stored as data) rendered to PDF by {@link PdfDariHtml}. The template
 * sees one variable, {@code d}, a map of the document's data (see docs/dokumen.md); it must be
 * well-formed XHTML (openhtmltopdf parses it as XML), which {@link #periksa} checks before an edit is stored.
 */
final class PenyajiPdf {

	private final SpringTemplateEngine mesin;

	private final PdfDariHtml pdfDariHtml;

	PenyajiPdf(MessageSource pesan, PdfDariHtml pdfDariHtml) {
		this.pdfDariHtml = pdfDariHtml;
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
	 * Renders by the platform's one renderer, on the bounded heavy-work pool: a burst of issues or previews cannot
	 * starve other requests. A template the renderer cannot lay out is refused (422) with the parser's words.
	 *
	 * @throws id.kotacerdas.platform.CobaLagiNantiException (503) when the pool is full
	 */
	byte[] pdf(String templat, Map<String, Object> data) {
		String html = html(templat, data);
		try {
			return pdfDariHtml.pdf(html);
		}
		catch (PdfDariHtml.HtmlTidakTerbaca ex) {
			throw new PermintaanDitolakException(HttpStatus.UNPROCESSABLE_CONTENT, "dokumen.templat.galat", ex.getMessage());
		}
	}
}
