package id.kotacerdas.umkm.internal;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

import javax.imageio.ImageIO;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.client.j2se.MatrixToImageWriter;
import com.google.zxing.qrcode.QRCodeWriter;

/** Test pictures of a QRIS sticker: the code printed on a card, photographed on a table. */
final class StikerQris {

	/** The shared test vector {@code kupang-synthetic-static}: a correct static QRIS (NMID ID1025000000017, UMI). */
	static final String KUPANG_STATIS = "00020101021126690017ID.CO.EXAMPLE.WWW011893609999000000001702150000000000000170303UMI51440014ID.CO.QRIS.WWW"
			+ "0215ID10250000000170303UMI5204939953033605802ID5923CONTOH RETRIBUSI KUPANG6011KOTA KUPANG61058511162070703A0163041654";

	static final String NMID = "ID1025000000017";

	private StikerQris() {
	}

	/** A JPEG "photo": the QR on a white sticker, on a brown table. */
	static byte[] foto(String payload) {
		try {
			BufferedImage qr = MatrixToImageWriter.toBufferedImage(
					new QRCodeWriter().encode(payload, BarcodeFormat.QR_CODE, 600, 600, Map.of(EncodeHintType.MARGIN, 4)));
			BufferedImage foto = new BufferedImage(1200, 900, BufferedImage.TYPE_INT_RGB);
			Graphics2D g = foto.createGraphics();
			g.setColor(new Color(0x8a, 0x6d, 0x4b));
			g.fillRect(0, 0, 1200, 900);
			g.setColor(Color.WHITE);
			g.fillRect(280, 100, 640, 700);
			g.drawImage(qr, 300, 150, null);
			g.dispose();
			ByteArrayOutputStream keluar = new ByteArrayOutputStream();
			ImageIO.write(foto, "jpeg", keluar);
			return keluar.toByteArray();
		}
		catch (WriterException ex) {
			throw new IllegalStateException(ex);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}
}
