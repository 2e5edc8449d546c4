package id.kotacerdas.qris.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.awt.image.ConvolveOp;
import java.awt.image.Kernel;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Random;
import java.util.stream.LongStream;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.MemoryCacheImageOutputStream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.context.support.ResourceBundleMessageSource;

import com.google.zxing.common.PerspectiveTransform;

/**
 * A phone photo of a printed sticker: the A6 PDF is rendered as a printer would, then seen at an
 * angle on a table (perspective), out of focus (blur), under uneven light, with sensor noise and
 * JPEG compression — each photo different by its seed — and the QR is read back from it.
 */
class FotoStikerQrisTests {

	private static final int FOTO_LEBAR = 1600;

	private static final int FOTO_TINGGI = 1200;

	static LongStream benih() {
		return LongStream.rangeClosed(1, 5);
	}

	@ParameterizedTest
	@MethodSource("benih")
	void stikerTerbacaDariFotoPonsel(long benih) throws Exception {
		Random r = new Random(benih);
		String payload = PembuatQris.statis(PemeriksaQrisTests.acak(r));
		ResourceBundleMessageSource pesan = new ResourceBundleMessageSource();
		pesan.setBasename("i18n/qris");
		pesan.setDefaultEncoding("UTF-8");
		pesan.setFallbackToSystemLocale(false);
		byte[] pdf = new GambarQris(pesan).stiker(payload, "RETRIBUSI PASAR OEBOBO", "ID1026000000123", "KOTA KUPANG", Locale.forLanguageTag("id"));

		BufferedImage cetak;
		try (PDDocument doc = Loader.loadPDF(pdf)) {
			cetak = new PDFRenderer(doc).renderImageWithDPI(0, 150);
		}
		byte[] jpeg = foto(cetak, r);
		if (benih == 1) {
			Files.createDirectories(Path.of("target"));
			// the JPEG as the phone sent it, and as PNG to look at
			Files.write(Path.of("target/qris-foto-stiker.jpg"), jpeg);
			ImageIO.write(ImageIO.read(new ByteArrayInputStream(jpeg)), "png", Path.of("target/qris-foto-stiker.png").toFile());
		}

		assertThat(PembacaGambarQris.cari(ImageIO.read(new ByteArrayInputStream(jpeg)))).contains(payload);
	}

	/** The print seen by a phone camera. */
	static byte[] foto(BufferedImage cetak, Random r) throws Exception {
		// where the sticker's corners land in the photo: a tilted, skewed quadrilateral
		float w = cetak.getWidth();
		float h = cetak.getHeight();
		float skala = (FOTO_TINGGI * (0.7f + 0.2f * r.nextFloat())) / h;
		float cx = FOTO_LEBAR / 2f + (r.nextFloat() - 0.5f) * 200;
		float cy = FOTO_TINGGI / 2f + (r.nextFloat() - 0.5f) * 100;
		float[] tujuan = new float[8];
		float[][] sudut = { { -w / 2, -h / 2 }, { w / 2, -h / 2 }, { w / 2, h / 2 }, { -w / 2, h / 2 } };
		double putar = Math.toRadians((r.nextDouble() - 0.5) * 30);
		float miring = 0.12f + 0.1f * r.nextFloat(); // the top edge farther from the lens
		for (int i = 0; i < 4; i++) {
			float x = sudut[i][0] * skala * (sudut[i][1] < 0 ? 1 - miring : 1);
			float y = sudut[i][1] * skala * (1 - miring / 2);
			tujuan[2 * i] = (float) (cx + x * Math.cos(putar) - y * Math.sin(putar));
			tujuan[2 * i + 1] = (float) (cy + x * Math.sin(putar) + y * Math.cos(putar));
		}
		PerspectiveTransform keSumber = PerspectiveTransform.quadrilateralToQuadrilateral(tujuan[0], tujuan[1], tujuan[2], tujuan[3], tujuan[4],
				tujuan[5], tujuan[6], tujuan[7], 0, 0, w, 0, w, h, 0, h);
		BufferedImage foto = new BufferedImage(FOTO_LEBAR, FOTO_TINGGI, BufferedImage.TYPE_INT_RGB);
		int meja = new Color(150, 120, 90).getRGB();
		float[] titik = new float[2 * FOTO_LEBAR];
		for (int y = 0; y < FOTO_TINGGI; y++) {
			for (int x = 0; x < FOTO_LEBAR; x++) {
				titik[2 * x] = x + 0.5f;
				titik[2 * x + 1] = y + 0.5f;
			}
			keSumber.transformPoints(titik);
			for (int x = 0; x < FOTO_LEBAR; x++) {
				int sx = (int) titik[2 * x];
				int sy = (int) titik[2 * x + 1];
				foto.setRGB(x, y, sx >= 0 && sy >= 0 && sx < w && sy < h ? cetak.getRGB(sx, sy) : meja);
			}
		}
		// out of focus: a box blur of 3 to 5 pixels
		int k = 3 + 2 * r.nextInt(2);
		float[] inti = new float[k * k];
		Arrays.fill(inti, 1f / (k * k));
		foto = new ConvolveOp(new Kernel(k, k, inti), ConvolveOp.EDGE_NO_OP, null).filter(foto, null);
		// light from one side, and sensor noise
		double sigma = 6 + 8 * r.nextDouble();
		for (int y = 0; y < FOTO_TINGGI; y++) {
			for (int x = 0; x < FOTO_LEBAR; x++) {
				double cahaya = 0.65 + 0.35 * x / FOTO_LEBAR;
				int rgb = foto.getRGB(x, y);
				int merah = kanal((rgb >> 16 & 0xFF) * cahaya + r.nextGaussian() * sigma);
				int hijau = kanal((rgb >> 8 & 0xFF) * cahaya + r.nextGaussian() * sigma);
				int biru = kanal((rgb & 0xFF) * cahaya + r.nextGaussian() * sigma);
				foto.setRGB(x, y, merah << 16 | hijau << 8 | biru);
			}
		}
		ImageWriter penulis = ImageIO.getImageWritersByFormatName("jpeg").next();
		ImageWriteParam param = penulis.getDefaultWriteParam();
		param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
		param.setCompressionQuality(0.5f + 0.2f * r.nextFloat());
		ByteArrayOutputStream keluar = new ByteArrayOutputStream();
		try (MemoryCacheImageOutputStream aliran = new MemoryCacheImageOutputStream(keluar)) {
			penulis.setOutput(aliran);
			penulis.write(null, new IIOImage(foto, null, null), param);
		}
		finally {
			penulis.dispose();
		}
		return keluar.toByteArray();
	}

	private static int kanal(double v) {
		return (int) Math.max(0, Math.min(255, Math.round(v)));
	}
}
