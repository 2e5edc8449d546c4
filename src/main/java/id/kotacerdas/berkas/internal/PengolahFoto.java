package id.kotacerdas.berkas.internal;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Iterator;
import java.util.Locale;
import java.util.Set;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;

import org.springframework.http.HttpStatus;

import id.kotacerdas.berkas.BatasBerkas;
import id.kotacerdas.platform.PermintaanDitolakException;

/**
 * Turns an upload into a fresh JPEG and a thumbnail. Decoding to pixels and encoding anew leaves
 * every piece of metadata behind (EXIF with GPS, XMP, comments), and refuses what is not a real
 * JPEG, PNG or WebP image. The header is read first: a canvas too large in pixels or in decoded
 * bytes is refused before any pixel is decoded, and a large one is decoded subsampled, so memory
 * stays bounded. This is CPU work for seconds: callers run it on the platform's bounded pool,
 * outside any transaction.
 */
class PengolahFoto {

	private static final Set<String> FORMAT = Set.of("jpeg", "png", "webp");

	private static final int SISI_MAKS = 2048;

	private static final int SISI_THUMBNAIL = 320;

	private final BatasBerkas batas;

	/** The limits of {@code kc.berkas.foto}: pixels and decoded bytes of the canvas. */
	private final BerkasProperties.Foto kanvas;

	PengolahFoto(BatasBerkas batas, BerkasProperties.Foto kanvas) {
		this.batas = batas;
		this.kanvas = kanvas;
	}

	record Foto(byte[] jpeg, byte[] thumbnail, int lebar, int tinggi) {
	}

	/** The cheap checks, from the file's size and header alone: run them before taking a worker for {@link #olah}. */
	void periksa(byte[] unggahan) {
		periksaUkuran(unggahan);
		baca(unggahan, false);
	}

	Foto olah(byte[] unggahan) {
		periksaUkuran(unggahan);
		BufferedImage gambar = baca(unggahan, true);
		BufferedImage besar = skala(gambar, SISI_MAKS);
		return new Foto(jpeg(besar, 0.85f), jpeg(skala(gambar, SISI_THUMBNAIL), 0.75f), besar.getWidth(), besar.getHeight());
	}

	private void periksaUkuran(byte[] unggahan) {
		if (unggahan == null || unggahan.length == 0) {
			throw new PermintaanDitolakException("berkas.kosong");
		}
		if (unggahan.length > batas.maksUkuran().toBytes()) {
			throw batas.fotoTerlaluBesar();
		}
	}

	/** Reads the header and refuses what is not allowed; then decodes, unless {@code dekode} is false (null then). */
	private BufferedImage baca(byte[] data, boolean dekode) {
		try (ImageInputStream in = new MemoryCacheImageInputStream(new ByteArrayInputStream(data))) {
			Iterator<ImageReader> pembaca = ImageIO.getImageReaders(in);
			if (!pembaca.hasNext()) {
				throw bukanGambar();
			}
			ImageReader reader = pembaca.next();
			try {
				if (!FORMAT.contains(reader.getFormatName().toLowerCase(Locale.ROOT))) {
					throw bukanGambar();
				}
				reader.setInput(in, true, true);
				int lebar = reader.getWidth(0);
				int tinggi = reader.getHeight(0);
				long piksel = (long) lebar * tinggi;
				if (piksel > kanvas.maksPiksel() || piksel * bytePerPiksel(reader) > kanvas.maksByteDekode().toBytes()) {
					throw new PermintaanDitolakException(HttpStatus.PAYLOAD_TOO_LARGE, "berkas.foto-terlalu-besar-piksel");
				}
				if (!dekode) {
					return null;
				}
				// every n-th pixel of a big photo is still at least SISI_MAKS on its long side
				int langkah = Math.max(1, Math.max(lebar, tinggi) / SISI_MAKS);
				ImageReadParam param = reader.getDefaultReadParam();
				param.setSourceSubsampling(langkah, langkah, 0, 0);
				return reader.read(0, param);
			}
			finally {
				reader.dispose();
			}
		}
		catch (IOException | RuntimeException ex) {
			if (ex instanceof PermintaanDitolakException ditolak) {
				throw ditolak;
			}
			throw bukanGambar();
		}
	}

	/** Bytes per decoded pixel by the header's sample sizes (16-bit samples count twice); 4 when the reader cannot tell. */
	private static long bytePerPiksel(ImageReader reader) throws IOException {
		ImageTypeSpecifier jenis = reader.getRawImageType(0);
		if (jenis == null) {
			Iterator<ImageTypeSpecifier> semua = reader.getImageTypes(0);
			jenis = semua.hasNext() ? semua.next() : null;
		}
		if (jenis == null) {
			return 4;
		}
		int bit = 0;
		for (int ukuran : jenis.getSampleModel().getSampleSize()) {
			bit += ukuran;
		}
		return Math.max(1, (bit + 7) / 8);
	}

	private static PermintaanDitolakException bukanGambar() {
		return new PermintaanDitolakException(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "berkas.foto-bukan-gambar");
	}

	/** Scales down to fit {@code sisi} and flattens transparency onto white (JPEG has no alpha). */
	private static BufferedImage skala(BufferedImage asli, int sisi) {
		double f = Math.min(1.0, (double) sisi / Math.max(asli.getWidth(), asli.getHeight()));
		int w = Math.max(1, (int) Math.round(asli.getWidth() * f));
		int h = Math.max(1, (int) Math.round(asli.getHeight() * f));
		BufferedImage hasil = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = hasil.createGraphics();
		try {
			g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
			g.setColor(Color.WHITE);
			g.fillRect(0, 0, w, h);
			g.drawImage(asli, 0, 0, w, h, null);
		}
		finally {
			g.dispose();
		}
		return hasil;
	}

	private static byte[] jpeg(BufferedImage gambar, float mutu) {
		ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
		ByteArrayOutputStream keluar = new ByteArrayOutputStream();
		try (MemoryCacheImageOutputStream out = new MemoryCacheImageOutputStream(keluar)) {
			writer.setOutput(out);
			ImageWriteParam param = writer.getDefaultWriteParam();
			param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
			param.setCompressionQuality(mutu);
			writer.write(null, new IIOImage(gambar, null, null), param);
		}
		catch (IOException ex) {
			throw new IllegalStateException("JPEG encoding failed", ex);
		}
		finally {
			writer.dispose();
		}
		return keluar.toByteArray();
	}
}
