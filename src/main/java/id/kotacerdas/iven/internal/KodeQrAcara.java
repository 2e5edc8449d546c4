package id.kotacerdas.iven.internal;

import java.util.Map;

import org.springframework.web.util.HtmlUtils;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;

/**
 * The printed calendar's QR codes as inline SVG (one path, one unit per module): sharp on any printer and a few
 * hundred bytes each. Quartile correction: a notice board's paper fades, gets pinned and wet.
 */
final class KodeQrAcara {

	private static final Map<EncodeHintType, Object> PETUNJUK = Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.Q,
			EncodeHintType.MARGIN, 4, EncodeHintType.CHARACTER_SET, "UTF-8");

	private KodeQrAcara() {
	}

	static String svg(String isi, String label) {
		BitMatrix m;
		try {
			m = new QRCodeWriter().encode(isi, BarcodeFormat.QR_CODE, 0, 0, PETUNJUK);
		}
		catch (WriterException ex) {
			throw new IllegalArgumentException("cannot encode a QR code of " + isi.length() + " characters", ex);
		}
		StringBuilder d = new StringBuilder();
		for (int y = 0; y < m.getHeight(); y++) {
			for (int x = 0; x < m.getWidth(); x++) {
				if (m.get(x, y)) {
					int awal = x;
					while (x < m.getWidth() && m.get(x, y)) {
						x++;
					}
					d.append('M').append(awal).append(' ').append(y).append('h').append(x - awal).append("v1h-").append(x - awal).append('z');
				}
			}
		}
		return "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + m.getWidth() + " " + m.getHeight() + "\" role=\"img\" aria-label=\""
				+ HtmlUtils.htmlEscape(label) + "\" shape-rendering=\"crispEdges\"><rect width=\"100%\" height=\"100%\" fill=\"#fff\"/><path d=\""
				+ d + "\"/></svg>";
	}
}
