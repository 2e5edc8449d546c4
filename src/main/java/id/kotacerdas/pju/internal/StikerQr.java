package id.kotacerdas.pju.internal;

import java.util.EnumMap;
import java.util.Map;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;

/**
 * The QR code of a pole's sticker as an SVG path: sharp at any print size, a few hundred bytes in
 * the page, no request per sticker. Error correction Q, because a sticker outdoors gets scratched.
 */
final class StikerQr {

	/** The quiet zone around the code, in modules (the QR standard asks for four). */
	private static final int TEPI = 4;

	private StikerQr() {
	}

	static String svg(String isi) {
		Map<EncodeHintType, Object> petunjuk = new EnumMap<>(EncodeHintType.class);
		petunjuk.put(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.Q);
		petunjuk.put(EncodeHintType.MARGIN, 0);
		BitMatrix m;
		try {
			m = new QRCodeWriter().encode(isi, BarcodeFormat.QR_CODE, 0, 0, petunjuk);
		}
		catch (WriterException ex) {
			throw new IllegalStateException("a sticker URL always fits a QR code", ex);
		}
		int sisi = m.getWidth() + 2 * TEPI;
		StringBuilder jalur = new StringBuilder();
		for (int y = 0; y < m.getHeight(); y++) {
			for (int x = 0; x < m.getWidth(); x++) {
				if (m.get(x, y)) {
					jalur.append('M').append(x + TEPI).append(' ').append(y + TEPI).append("h1v1h-1z");
				}
			}
		}
		return "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + sisi + " " + sisi + "\" shape-rendering=\"crispEdges\" role=\"img\">"
				+ "<rect width=\"" + sisi + "\" height=\"" + sisi + "\" fill=\"#fff\"/><path d=\"" + jalur + "\" fill=\"#000\"/></svg>";
	}
}
