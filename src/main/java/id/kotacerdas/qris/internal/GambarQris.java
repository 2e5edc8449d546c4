package id.kotacerdas.qris.internal;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

import javax.imageio.ImageIO;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.client.j2se.MatrixToImageWriter;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.PageSize;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfWriter;

/**
 * Printable forms of a payload: the QR as PNG and SVG, and an A6 sticker (PDF) with the "QRIS"
 * wordmark, the merchant's name, the QR, the NMID and the city.
 */
@Component
class GambarQris {

	/** Medium correction (15 %): a sticker at a counter gets scratched and dirty. */
	private static final ErrorCorrectionLevel KOREKSI = ErrorCorrectionLevel.M;

	/** The quiet zone around the code, in modules (the QR standard asks for four). */
	private static final int TEPI_MODUL = 4;

	private static final float MM = 72f / 25.4f;

	private static final float QR_STIKER = 80 * MM;

	private final MessageSource pesan;

	GambarQris(MessageSource pesan) {
		this.pesan = pesan;
	}

	/** The code's modules, without a quiet zone. */
	static BitMatrix matriks(String payload) {
		Map<EncodeHintType, Object> petunjuk = new EnumMap<>(EncodeHintType.class);
		petunjuk.put(EncodeHintType.ERROR_CORRECTION, KOREKSI);
		petunjuk.put(EncodeHintType.MARGIN, 0);
		petunjuk.put(EncodeHintType.CHARACTER_SET, "UTF-8");
		try {
			return new QRCodeWriter().encode(payload, BarcodeFormat.QR_CODE, 0, 0, petunjuk);
		}
		catch (WriterException ex) {
			throw new IllegalStateException("a payload of at most 512 characters always fits a QR code", ex);
		}
	}

	/** A PNG of at least {@code sisi} pixels, each module a whole number of pixels (sharp when printed). */
	static byte[] png(String payload, int sisi) {
		BitMatrix m = matriks(payload);
		int modul = Math.max(1, sisi / (m.getWidth() + 2 * TEPI_MODUL));
		int lebar = (m.getWidth() + 2 * TEPI_MODUL) * modul;
		BufferedImage gambar = new BufferedImage(lebar, lebar, BufferedImage.TYPE_BYTE_BINARY);
		var g = gambar.createGraphics();
		try {
			g.setColor(java.awt.Color.WHITE);
			g.fillRect(0, 0, lebar, lebar);
			g.drawImage(MatrixToImageWriter.toBufferedImage(m), TEPI_MODUL * modul, TEPI_MODUL * modul, m.getWidth() * modul, m.getHeight() * modul, null);
		}
		finally {
			g.dispose();
		}
		ByteArrayOutputStream keluar = new ByteArrayOutputStream();
		try {
			ImageIO.write(gambar, "png", keluar);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return keluar.toByteArray();
	}

	/** An SVG with one path of unit squares: scales to any size without blur. */
	static String svg(String payload) {
		BitMatrix m = matriks(payload);
		int sisi = m.getWidth() + 2 * TEPI_MODUL;
		StringBuilder jalur = new StringBuilder();
		for (int y = 0; y < m.getHeight(); y++) {
			for (int x = 0; x < m.getWidth(); x++) {
				if (m.get(x, y)) {
					jalur.append('M').append(x + TEPI_MODUL).append(' ').append(y + TEPI_MODUL).append("h1v1h-1z");
				}
			}
		}
		return "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + sisi + " " + sisi + "\" shape-rendering=\"crispEdges\">"
				+ "<rect width=\"" + sisi + "\" height=\"" + sisi + "\" fill=\"#fff\"/><path fill=\"#000\" d=\"" + jalur + "\"/></svg>";
	}

	/** The A6 sticker of a merchant account (portrait, 105 × 148 mm). */
	byte[] stiker(String payload, String nama, String nmid, String kota, Locale bahasa) {
		ByteArrayOutputStream keluar = new ByteArrayOutputStream();
		Document doc = new Document(PageSize.A6, 0, 0, 0, 0);
		try {
			PdfWriter penulis = PdfWriter.getInstance(doc, keluar);
			doc.addTitle("QRIS " + nama);
			doc.open();
			PdfContentByte cb = penulis.getDirectContent();
			BaseFont biasa = BaseFont.createFont(BaseFont.HELVETICA, BaseFont.CP1252, BaseFont.NOT_EMBEDDED);
			BaseFont tebal = BaseFont.createFont(BaseFont.HELVETICA_BOLD, BaseFont.CP1252, BaseFont.NOT_EMBEDDED);
			float lebar = PageSize.A6.getWidth();
			float tinggi = PageSize.A6.getHeight();
			tengah(cb, tebal, 30, "QRIS", lebar / 2, tinggi - 17 * MM, lebar - 10 * MM);
			tengah(cb, tebal, 13, nama, lebar / 2, tinggi - 26 * MM, lebar - 10 * MM);
			tengah(cb, biasa, 9, "NMID: " + nmid, lebar / 2, tinggi - 32 * MM, lebar - 10 * MM);
			// the QR as vector squares, one per module: sharp at any printer's resolution
			BitMatrix m = matriks(payload);
			float modul = QR_STIKER / m.getWidth();
			float x0 = (lebar - QR_STIKER) / 2;
			float y0 = tinggi - 36 * MM - QR_STIKER;
			cb.setGrayFill(0);
			for (int baris = 0; baris < m.getHeight(); baris++) {
				for (int kolom = 0; kolom < m.getWidth(); kolom++) {
					if (m.get(kolom, baris)) {
						cb.rectangle(x0 + kolom * modul, y0 + (m.getHeight() - 1 - baris) * modul, modul, modul);
					}
				}
			}
			cb.fill();
			tengah(cb, tebal, 11, kota, lebar / 2, y0 - 7 * MM, lebar - 10 * MM);
			tengah(cb, biasa, 7, pesan.getMessage("qris.stiker.petunjuk", null, bahasa), lebar / 2, y0 - 13 * MM, lebar - 8 * MM);
			doc.close();
		}
		catch (DocumentException | IOException ex) {
			throw new IllegalStateException("the sticker could not be written", ex);
		}
		return keluar.toByteArray();
	}

	/** Centred text, in smaller type rather than cut when it is too wide. */
	private static void tengah(PdfContentByte cb, BaseFont font, float ukuran, String teks, float x, float y, float lebarMaks) {
		float u = Math.min(ukuran, ukuran * lebarMaks / Math.max(1, font.getWidthPoint(teks, ukuran)));
		cb.beginText();
		cb.setFontAndSize(font, u);
		cb.showTextAligned(PdfContentByte.ALIGN_CENTER, teks, x, y, 0);
		cb.endText();
	}
}
