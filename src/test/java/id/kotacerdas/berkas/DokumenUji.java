package id.kotacerdas.berkas;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/** Real PDFs for tests, written with PDFBox: plain, or locked with a password. */
public final class DokumenUji {

	private DokumenUji() {
	}

	public static byte[] pdf(int halaman) {
		return pdf(halaman, null, null);
	}

	/** @param sandiPengguna the password needed to open it; {@code ""} with an owner password: opens, but encrypted */
	public static byte[] pdf(int halaman, String sandiPemilik, String sandiPengguna) {
		try (PDDocument dok = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			for (int i = 1; i <= halaman; i++) {
				PDPage p = new PDPage();
				dok.addPage(p);
				try (PDPageContentStream isi = new PDPageContentStream(dok, p)) {
					isi.beginText();
					isi.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
					isi.newLineAtOffset(72, 700);
					isi.showText("Surat tugas halaman " + i);
					isi.endText();
				}
			}
			if (sandiPemilik != null) {
				StandardProtectionPolicy kunci = new StandardProtectionPolicy(sandiPemilik, sandiPengguna, new AccessPermission());
				kunci.setEncryptionKeyLength(128);
				dok.protect(kunci);
			}
			dok.save(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}
}
