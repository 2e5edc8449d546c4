package id.kotacerdas.platform;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.Map;

import javax.imageio.ImageIO;

import org.springframework.web.util.HtmlUtils;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.lowagie.text.pdf.PdfContentByte;

/**
 * QR codes (ZXing) for every module: stall cards, receipts, letters, stickers, event posters. Each
 * form keeps the standard's quiet zone and whole modules, so a cheap phone camera reads a printout.
 */
public final class KodeQr {

	/** Medium correction (15 %): paper gets creased in a wallet, a sticker scratched at a counter. */
	private static final ErrorCorrectionLevel KOREKSI = ErrorCorrectionLevel.M;

	/** The quiet zone the QR standard asks for, in modules. */
	private static final int TEPI = 4;

	private KodeQr() {
	}

	/** The code's modules without the quiet zone, one matrix cell per module. */
	public static BitMatrix matriks(String isi) {
		Map<EncodeHintType, Object> petunjuk = new EnumMap<>(EncodeHintType.class);
		petunjuk.put(EncodeHintType.ERROR_CORRECTION, KOREKSI);
		petunjuk.put(EncodeHintType.MARGIN, 0);
		petunjuk.put(EncodeHintType.CHARACTER_SET, "UTF-8");
		try {
			// size 0: the smallest matrix
			return new QRCodeWriter().encode(isi, BarcodeFormat.QR_CODE, 0, 0, petunjuk);
		}
		catch (WriterException ex) {
			throw new IllegalArgumentException("cannot encode a QR code of " + isi.length() + " characters", ex);
		}
	}

	/**
	 * A black-on-white image at most {@code sisi} pixels a side, quiet zone included, each module a whole
	 * number of pixels (never blurred by scaling).
	 */
	public static BufferedImage gambar(String isi, int sisi) {
		BitMatrix m = matriks(isi);
		int modul = Math.max(1, sisi / (m.getWidth() + 2 * TEPI));
		int lebar = (m.getWidth() + 2 * TEPI) * modul;
		BufferedImage gambar = new BufferedImage(lebar, lebar, BufferedImage.TYPE_BYTE_BINARY);
		var g = gambar.createGraphics();
		try {
			g.setColor(Color.WHITE);
			g.fillRect(0, 0, lebar, lebar);
			g.setColor(Color.BLACK);
			for (int y = 0; y < m.getHeight(); y++) {
				for (int x = 0; x < m.getWidth(); x++) {
					if (m.get(x, y)) {
						g.fillRect((x + TEPI) * modul, (y + TEPI) * modul, modul, modul);
					}
				}
			}
		}
		finally {
			g.dispose();
		}
		return gambar;
	}

	/** {@link #gambar} as PNG bytes. */
	public static byte[] png(String isi, int sisi) {
		ByteArrayOutputStream keluar = new ByteArrayOutputStream();
		try {
			ImageIO.write(gambar(isi, sisi), "png", keluar);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return keluar.toByteArray();
	}

	/**
	 * An SVG element, quiet zone included, one path with a run of modules per subpath: sharp at any size
	 * and light inline in a page. {@code label} is its accessible name; null leaves it unnamed (a file).
	 */
	public static String svg(String isi, String label) {
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
				jalur.append('M').append(awal + TEPI).append(' ').append(y + TEPI).append('h').append(x - awal).append("v1h-")
					.append(x - awal).append('z');
			}
		}
		int sisi = m.getWidth() + 2 * TEPI;
		String nama = label == null ? "" : " role=\"img\" aria-label=\"" + HtmlUtils.htmlEscape(label) + "\"";
		return "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + sisi + " " + sisi + "\"" + nama
				+ " shape-rendering=\"crispEdges\"><rect width=\"100%\" height=\"100%\" fill=\"#fff\"/><path fill=\"#000\" d=\"" + jalur
				+ "\"/></svg>";
	}

	/**
	 * Draws the code as vector squares on a PDF page, sharp at any printer's resolution: lower left corner
	 * at ({@code x}, {@code y}), {@code sisi} points a side with the quiet zone.
	 */
	public static void gambarPdf(PdfContentByte kanvas, String isi, float x, float y, float sisi) {
		BitMatrix m = matriks(isi);
		float modul = sisi / (m.getWidth() + 2 * TEPI);
		kanvas.saveState();
		kanvas.setGrayFill(0);
		for (int baris = 0; baris < m.getHeight(); baris++) {
			for (int kolom = 0; kolom < m.getWidth(); kolom++) {
				if (m.get(kolom, baris)) {
					// PDF's y grows upwards, the matrix's rows downwards
					kanvas.rectangle(x + (kolom + TEPI) * modul, y + sisi - (baris + TEPI + 1) * modul, modul, modul);
				}
			}
		}
		kanvas.fill();
		kanvas.restoreState();
	}
}
