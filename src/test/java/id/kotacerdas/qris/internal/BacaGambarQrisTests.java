package id.kotacerdas.qris.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.client.j2se.MatrixToImageWriter;
import com.google.zxing.qrcode.QRCodeWriter;

/** The plain decode: a clean rendering of a payload's QR is read back to the same text; a picture without one gives nothing. */
class BacaGambarQrisTests {

	@Test
	void qrBersihTerbaca() throws Exception {
		String payload = PembuatQris.statis(PemeriksaQrisTests.acak(new Random(11)));
		BufferedImage gambar = MatrixToImageWriter.toBufferedImage(
				new QRCodeWriter().encode(payload, BarcodeFormat.QR_CODE, 600, 600, Map.of(EncodeHintType.MARGIN, 4)));

		assertThat(PembacaGambarQris.cari(gambar)).contains(payload);
	}

	@Test
	void gambarTanpaQrKosong() {
		BufferedImage polos = new BufferedImage(400, 300, BufferedImage.TYPE_INT_RGB);
		assertThat(PembacaGambarQris.cari(polos)).isEmpty();
	}
}
