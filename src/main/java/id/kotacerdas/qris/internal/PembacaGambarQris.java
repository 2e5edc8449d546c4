package id.kotacerdas.qris.internal;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

import org.springframework.stereotype.Component;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.Binarizer;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.LuminanceSource;
import com.google.zxing.ReaderException;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.GlobalHistogramBinarizer;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;

import id.kotacerdas.berkas.LayananBerkas;
import id.kotacerdas.platform.PekerjaanBerat;
import id.kotacerdas.platform.PermintaanDitolakException;

/**
 * Finds the QR code in a picture: a phone photo of a printed sticker (tilted, blurred, noisy,
 * JPEG-compressed) or a screenshot. The upload is checked by {@code berkas}'s photo rules (size,
 * type, pixels) and decoded on the platform's bounded pool; nothing is stored.
 */
@Component
class PembacaGambarQris {

	/** Longest side the picture is decoded at; a sticker photo needs no more and memory stays small. */
	static final int SISI_BACA = 2000;

	/**
	 * Smaller sides tried after the full picture: a blurred or noisy photo often binarizes cleanly
	 * once scaled down, since the scaling averages the noise away.
	 */
	private static final List<Integer> SISI_COBA = List.of(1200, 800, 500);

	private final LayananBerkas berkas;

	private final PekerjaanBerat pekerjaanBerat;

	PembacaGambarQris(LayananBerkas berkas, PekerjaanBerat pekerjaanBerat) {
		this.berkas = berkas;
		this.pekerjaanBerat = pekerjaanBerat;
	}

	Optional<String> baca(byte[] gambar) {
		berkas.periksaFoto(gambar);
		return pekerjaanBerat.jalankan(() -> cari(muat(gambar)));
	}

	static Optional<String> cari(BufferedImage gambar) {
		Map<DecodeHintType, Object> petunjuk = new EnumMap<>(DecodeHintType.class);
		petunjuk.put(DecodeHintType.TRY_HARDER, Boolean.TRUE);
		petunjuk.put(DecodeHintType.POSSIBLE_FORMATS, List.of(BarcodeFormat.QR_CODE));
		petunjuk.put(DecodeHintType.CHARACTER_SET, "UTF-8");
		Optional<String> hasil = coba(gambar, petunjuk);
		int sisi = Math.max(gambar.getWidth(), gambar.getHeight());
		for (int kecil : SISI_COBA) {
			if (hasil.isPresent()) {
				break;
			}
			if (kecil < sisi) {
				hasil = coba(skala(gambar, kecil), petunjuk);
			}
		}
		return hasil;
	}

	/** The local binarizer copes with shadows across a sticker; the global one with small, blurred codes. */
	private static Optional<String> coba(BufferedImage gambar, Map<DecodeHintType, Object> petunjuk) {
		LuminanceSource sumber = new BufferedImageLuminanceSource(gambar);
		for (Binarizer b : List.of(new HybridBinarizer(sumber), new GlobalHistogramBinarizer(sumber))) {
			try {
				return Optional.of(new QRCodeReader().decode(new BinaryBitmap(b), petunjuk).getText());
			}
			catch (ReaderException ex) {
				// not found with this binarizer: try the next
			}
		}
		return Optional.empty();
	}

	private static BufferedImage skala(BufferedImage asli, int sisi) {
		double f = (double) sisi / Math.max(asli.getWidth(), asli.getHeight());
		int w = Math.max(1, (int) Math.round(asli.getWidth() * f));
		int h = Math.max(1, (int) Math.round(asli.getHeight() * f));
		BufferedImage hasil = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_GRAY);
		Graphics2D g = hasil.createGraphics();
		try {
			g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
			g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
			g.drawImage(asli, 0, 0, w, h, null);
		}
		finally {
			g.dispose();
		}
		return hasil;
	}

	/** Decodes the picture, every n-th pixel of a large one (its size was checked by {@code berkas}). */
	private static BufferedImage muat(byte[] gambar) {
		try (ImageInputStream masuk = ImageIO.createImageInputStream(new ByteArrayInputStream(gambar))) {
			Iterator<ImageReader> pembaca = ImageIO.getImageReaders(masuk);
			ImageReader r = pembaca.next();
			try {
				r.setInput(masuk, true, true);
				int langkah = Math.max(1, (int) Math.ceil((double) Math.max(r.getWidth(0), r.getHeight(0)) / SISI_BACA));
				ImageReadParam param = r.getDefaultReadParam();
				param.setSourceSubsampling(langkah, langkah, 0, 0);
				return r.read(0, param);
			}
			finally {
				r.dispose();
			}
		}
		catch (IOException | RuntimeException ex) {
			// a codec's complaint about broken data is the sender's problem, not a server error
			throw new PermintaanDitolakException(org.springframework.http.HttpStatus.UNSUPPORTED_MEDIA_TYPE, "qris.gambar.rusak");
		}
	}
}
