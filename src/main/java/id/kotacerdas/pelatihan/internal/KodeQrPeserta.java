package id.kotacerdas.pelatihan.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.client.j2se.MatrixToImageWriter;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;

/**
 * A participant's check-in code as a PNG (ZXing). Level L: the code is short and shown on a phone screen, where
 * large modules scan faster than spare correction.
 */
final class KodeQrPeserta {

	/** Pixels a side: sharp on a phone screen at any zoom a trainer's camera needs. */
	private static final int SISI = 240;

	private KodeQrPeserta() {
	}

	static byte[] png(String kode) {
		try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			MatrixToImageWriter.writeToStream(new QRCodeWriter().encode(kode, BarcodeFormat.QR_CODE, SISI, SISI,
					Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.L, EncodeHintType.MARGIN, 2)), "PNG", out);
			return out.toByteArray();
		}
		catch (WriterException ex) {
			throw new IllegalArgumentException("a participant code always fits a QR code", ex);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}
}
