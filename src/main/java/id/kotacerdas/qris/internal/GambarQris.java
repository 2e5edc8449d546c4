package id.kotacerdas.qris.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.PageSize;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfWriter;

import id.kotacerdas.platform.KodeQr;

/**
 * The printable sticker of a payload: an A6 sticker (PDF) with the "QRIS"
 * wordmark, the merchant's name, the QR, the NMID and the city.
 */
@Component
class GambarQris {

	private static final float MM = 72f / 25.4f;

	private static final float QR_STIKER = 80 * MM;

	private final MessageSource pesan;

	GambarQris(MessageSource pesan) {
		this.pesan = pesan;
	}

	/** The A6 sticker of a merchant account (portrait, 105 × 148 mm); the QR 80 mm with its quiet zone. */
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
			float x0 = (lebar - QR_STIKER) / 2;
			float y0 = tinggi - 36 * MM - QR_STIKER;
			KodeQr.gambarPdf(cb, payload, x0, y0, QR_STIKER);
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
