package id.kotacerdas.platform;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;

/**
 * The one HTML → PDF renderer of every printout laid out as a page (issued documents, the events dossier, evaluation
 * bundles): openhtmltopdf on the bounded heavy-work pool ({@link PekerjaanBerat}), since layout, fonts and images cost
 * CPU and memory and a burst of them must not starve other requests. The HTML must be well-formed XHTML (openhtmltopdf
 * parses it as XML); page size and margins are the page's own CSS ({@code @page}).
 */
public class PdfDariHtml {

	static {
		// openhtmltopdf logs every render at INFO through java.util.logging; a failing render throws, which is what counts
		XRLog.setLoggingEnabled(false);
	}

	/** The HTML could not be laid out (an unclosed tag, an HTML entity): the parser's own words. */
	public static class HtmlTidakTerbaca extends RuntimeException {

		HtmlTidakTerbaca(String pesan, Throwable sebab) {
			super(pesan, sebab);
		}
	}

	private final PekerjaanBerat pekerjaanBerat;

	public PdfDariHtml(PekerjaanBerat pekerjaanBerat) {
		this.pekerjaanBerat = pekerjaanBerat;
	}

	/**
	 * @throws HtmlTidakTerbaca when the HTML cannot be laid out
	 * @throws CobaLagiNantiException (503) when the heavy-work pool is full
	 */
	public byte[] pdf(String html) {
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
			// openhtmltopdf wraps the XML parser's complaint
			throw new HtmlTidakTerbaca(pesanAkar(ex), ex);
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
