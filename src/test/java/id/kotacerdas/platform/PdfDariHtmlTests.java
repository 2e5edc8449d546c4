package id.kotacerdas.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.Duration;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/** The one HTML → PDF renderer: a page's text and its @page size come out; HTML that is no XML is refused in the parser's words. */
class PdfDariHtmlTests {

	private static final PekerjaanBerat POOL = new PekerjaanBerat(1, 1, Duration.ofSeconds(60));

	private static final PdfDariHtml PDF = new PdfDariHtml(POOL);

	@AfterAll
	static void tutup() {
		POOL.destroy();
	}

	@Test
	void aWellFormedPageBecomesAPdfWithItsTextAndPageSize() throws IOException {
		byte[] pdf = PDF.pdf("""
				<html><head><style>@page { size: A4 landscape; }</style></head>
				<body><h1>Dosir Festival Fulan Fehan</h1><p>Kelurahan Oesapa Barat</p></body></html>""");
		try (PDDocument d = Loader.loadPDF(pdf)) {
			assertThat(new PDFTextStripper().getText(d)).contains("Dosir Festival Fulan Fehan", "Kelurahan Oesapa Barat");
			// landscape: wider than high
			assertThat(d.getPage(0).getMediaBox().getWidth()).isGreaterThan(d.getPage(0).getMediaBox().getHeight());
		}
	}

	@Test
	void htmlThatIsNoXmlIsRefusedInTheParsersWords() {
		assertThatThrownBy(() -> PDF.pdf("<html><body><p>Tanda tangan&nbsp;Lurah<br></body></html>"))
			.isInstanceOf(PdfDariHtml.HtmlTidakTerbaca.class)
			.satisfies(ex -> assertThat(ex.getMessage()).isNotBlank());
	}
}
