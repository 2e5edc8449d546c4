package id.kotacerdas.dokumen.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.client.j2se.MatrixToImageWriter;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;

/** The verification QR code (ZXing) as PNG: level M survives a printed and creased letter. */
final class KodeQr {

	/** Pixels a side: sharp at the 26 mm it is printed. */
	private static final int SISI = 300;

	private KodeQr() {
	}

	static byte[] png(String isi) {
		try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			BitMatrix m = new QRCodeWriter().encode(isi, BarcodeFormat.QR_CODE, SISI, SISI,
					Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 1));
			MatrixToImageWriter.writeToStream(m, "PNG", out);
			return out.toByteArray();
		}
		catch (WriterException ex) {
			throw new IllegalArgumentException("cannot encode " + isi, ex);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}
}
