package id.kotacerdas.layanan.internal;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import javax.imageio.ImageIO;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/** Real files for the tests: a photographed card (JPEG) and a one-page PDF letter. */
final class BerkasContoh {

	private BerkasContoh() {
	}

	/** A JPEG "photo" of a card with a line of text, like a phone's picture of a KTP. */
	static byte[] foto(String teks) {
		BufferedImage gambar = new BufferedImage(640, 400, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = gambar.createGraphics();
		g.setColor(new Color(0x9fc5e8));
		g.fillRect(0, 0, 640, 400);
		g.setColor(Color.DARK_GRAY);
		g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 28));
		g.drawString(teks, 30, 200);
		g.dispose();
		ByteArrayOutputStream keluar = new ByteArrayOutputStream();
		try {
			ImageIO.write(gambar, "jpeg", keluar);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return keluar.toByteArray();
	}

	/** A one-page PDF with a line of text. */
	static byte[] pdf(String teks) {
		try (PDDocument dok = new PDDocument(); ByteArrayOutputStream keluar = new ByteArrayOutputStream()) {
			PDPage halaman = new PDPage();
			dok.addPage(halaman);
			try (PDPageContentStream isi = new PDPageContentStream(dok, halaman)) {
				isi.beginText();
				isi.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
				isi.newLineAtOffset(72, 700);
				isi.showText(teks);
				isi.endText();
			}
			dok.save(keluar);
			return keluar.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}
}
