package id.kotacerdas.berkas;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * The stand-in for a scanned proof (a decree, an SOP, signed minutes) in the modules' demo data: a real one-page PDF
 * that passes {@link LayananBerkas}'s content check, so demo proofs take the same path as uploaded ones.
 */
public final class PdfContoh {

	private static final float KIRI = 72;

	private static final float ATAS = 720;

	private static final float JARAK_BARIS = 20;

	private PdfContoh() {
	}

	/** A page with the title in bold and each line below it; text in the PDF standard fonts' Latin-1 range. */
	public static byte[] halaman(String judul, List<String> baris) {
		try (PDDocument dok = new PDDocument(); ByteArrayOutputStream keluar = new ByteArrayOutputStream()) {
			PDPage halaman = new PDPage();
			dok.addPage(halaman);
			try (PDPageContentStream isi = new PDPageContentStream(dok, halaman)) {
				isi.beginText();
				isi.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD), 14);
				isi.newLineAtOffset(KIRI, ATAS);
				isi.showText(judul);
				isi.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 11);
				for (String b : baris) {
					isi.newLineAtOffset(0, -JARAK_BARIS);
					isi.showText(b);
				}
				isi.endText();
			}
			dok.save(keluar);
			return keluar.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** A page with only its title. */
	public static byte[] halaman(String judul) {
		return halaman(judul, List.of());
	}
}
