package id.kotacerdas.permohonan.internal;

import java.util.EnumMap;
import java.util.Map;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.lowagie.text.pdf.PdfContentByte;

/**
 * The receipt's QR codes, drawn as vectors: one module per unit (an SVG inline in the page, or
 * rectangles on a PDF page), so they stay sharp on a thermal printer and weigh little.
 */
final class KodeQr {

	/** Medium correction (15 %): a paper receipt gets creased in a wallet. */
	private static final ErrorCorrectionLevel KOREKSI = ErrorCorrectionLevel.M;

	/** The quiet zone the QR standard asks for, in modules. */
	private static final int TEPI = 4;

	private KodeQr() {
	}

	/** The modules, with the quiet zone, one matrix cell per module. */
	static BitMatrix matriks(String isi) {
		Map<EncodeHintType, Object> petunjuk = new EnumMap<>(EncodeHintType.class);
		petunjuk.put(EncodeHintType.ERROR_CORRECTION, KOREKSI);
		petunjuk.put(EncodeHintType.MARGIN, TEPI);
		petunjuk.put(EncodeHintType.CHARACTER_SET, "UTF-8");
		try {
			// size 0: the smallest matrix, one cell per module
			return new QRCodeWriter().encode(isi, BarcodeFormat.QR_CODE, 0, 0, petunjuk);
		}
		catch (WriterException ex) {
			throw new IllegalArgumentException("cannot encode a QR code of " + isi.length() + " characters", ex);
		}
	}

	/** An SVG element, one path with a run of modules per subpath; {@code label} is its accessible name. */
	static String svg(String isi, String label) {
		BitMatrix m = matriks(isi);
		StringBuilder jalur = new StringBuilder();
		for (int y = 0; y < m.getHeight(); y++) {
			int x = 0;
			while (x < m.getWidth()) {
				if (!m.get(x, y)) {
					x++;
					continue;
				}
				int awal = x;
				while (x < m.getWidth() && m.get(x, y)) {
					x++;
				}
				jalur.append('M').append(awal).append(' ').append(y).append('h').append(x - awal).append("v1h-").append(x - awal).append('z');
			}
		}
		return "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + m.getWidth() + " " + m.getHeight()
				+ "\" role=\"img\" aria-label=\"" + org.springframework.web.util.HtmlUtils.htmlEscape(label)
				+ "\" shape-rendering=\"crispEdges\"><rect width=\"100%\" height=\"100%\" fill=\"#fff\"/><path fill=\"#000\" d=\"" + jalur
				+ "\"/></svg>";
	}

	/** Draws the code with its lower left corner at ({@code x}, {@code y}), {@code sisi} points wide. */
	static void gambar(PdfContentByte kanvas, String isi, float x, float y, float sisi) {
		BitMatrix m = matriks(isi);
		float modul = sisi / m.getWidth();
		kanvas.saveState();
		kanvas.setRGBColorFill(0, 0, 0);
		for (int baris = 0; baris < m.getHeight(); baris++) {
			for (int kolom = 0; kolom < m.getWidth(); kolom++) {
				if (m.get(kolom, baris)) {
					// PDF's y grows upwards, the matrix's rows downwards
					kanvas.rectangle(x + kolom * modul, y + sisi - (baris + 1) * modul, modul, modul);
				}
			}
		}
		kanvas.fill();
		kanvas.restoreState();
	}
}
