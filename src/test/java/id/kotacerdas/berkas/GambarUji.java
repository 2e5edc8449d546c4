package id.kotacerdas.berkas;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import javax.imageio.ImageIO;

/** Images for tests: real PNGs and JPEGs, some with the metadata phones write, and a reader of JPEG segments. */
public final class GambarUji {

	private GambarUji() {
	}

	/**
	 * A real RGB PNG written row by row (so no huge image is held in the test): {@code bit} 8 or 16
	 * per sample; with {@code pola} a texture the decoder must work through, else all black, which
	 * compresses a canvas of hundreds of megabytes into a few hundred kilobytes.
	 */
	public static byte[] pngBaris(int lebar, int tinggi, int bit, boolean pola) {
		int perPiksel = 3 * bit / 8;
		ByteArrayOutputStream idat = new ByteArrayOutputStream();
		try (java.util.zip.DeflaterOutputStream z = new java.util.zip.DeflaterOutputStream(idat,
				new java.util.zip.Deflater(pola ? java.util.zip.Deflater.BEST_SPEED : java.util.zip.Deflater.BEST_COMPRESSION), 1 << 16)) {
			byte[] baris = new byte[1 + lebar * perPiksel];
			for (int y = 0; y < tinggi; y++) {
				if (pola) {
					for (int i = 1; i < baris.length; i++) {
						baris[i] = (byte) (i % 96 + y);
					}
				}
				z.write(baris);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		ByteArrayOutputStream png = new ByteArrayOutputStream();
		png.writeBytes(new byte[] { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n' });
		java.nio.ByteBuffer ihdr = java.nio.ByteBuffer.allocate(13).putInt(lebar).putInt(tinggi).put((byte) bit).put((byte) 2)
			.put((byte) 0).put((byte) 0).put((byte) 0);
		potongan(png, "IHDR", ihdr.array());
		potongan(png, "IDAT", idat.toByteArray());
		potongan(png, "IEND", new byte[0]);
		return png.toByteArray();
	}

	private static void potongan(ByteArrayOutputStream png, String jenis, byte[] isi) {
		java.util.zip.CRC32 crc = new java.util.zip.CRC32();
		crc.update(jenis.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
		crc.update(isi);
		png.writeBytes(java.nio.ByteBuffer.allocate(4).putInt(isi.length).array());
		png.writeBytes(jenis.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
		png.writeBytes(isi);
		png.writeBytes(java.nio.ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
	}

	public static byte[] png(int lebar, int tinggi) {
		BufferedImage img = new BufferedImage(lebar, tinggi, BufferedImage.TYPE_INT_ARGB);
		Graphics2D g = img.createGraphics();
		g.setColor(new Color(40, 120, 60));
		g.fillRect(0, 0, lebar, tinggi / 2);
		g.dispose();
		return encode(img, "png");
	}

	/** A JPEG whose EXIF block holds a GPS position (south latitude, east longitude), as phones write it. */
	public static byte[] jpegDenganGps(double lat, double lon) {
		return jpegDenganGps(lat, lon, new BufferedImage(64, 48, BufferedImage.TYPE_INT_RGB));
	}

	/** A phone-camera-sized photo (noise, so it compresses as badly as a real one) with a GPS position. */
	public static byte[] fotoPonselDenganGps(double lat, double lon, int lebar, int tinggi, long benih) {
		BufferedImage img = new BufferedImage(lebar, tinggi, BufferedImage.TYPE_INT_RGB);
		java.util.Random acak = new java.util.Random(benih);
		for (int y = 0; y < tinggi; y++) {
			for (int x = 0; x < lebar; x++) {
				img.setRGB(x, y, (x * 255 / lebar) << 16 | (y * 255 / tinggi) << 8 | acak.nextInt(256));
			}
		}
		return jpegDenganGps(lat, lon, img);
	}

	private static byte[] jpegDenganGps(double lat, double lon, BufferedImage img) {
		java.nio.ByteBuffer tiff = java.nio.ByteBuffer.allocate(128);
		tiff.putShort((short) 0x4D4D).putShort((short) 42).putInt(8);
		tiff.putShort((short) 1).putShort((short) 0x8825).putShort((short) 4).putInt(1).putInt(26).putInt(0);
		tiff.putShort((short) 4);
		tiff.putShort((short) 1).putShort((short) 2).putInt(2).put(new byte[] { (byte) (lat < 0 ? 'S' : 'N'), 0, 0, 0 });
		tiff.putShort((short) 2).putShort((short) 5).putInt(3).putInt(80);
		tiff.putShort((short) 3).putShort((short) 2).putInt(2).put(new byte[] { (byte) (lon < 0 ? 'W' : 'E'), 0, 0, 0 });
		tiff.putShort((short) 4).putShort((short) 5).putInt(3).putInt(104);
		tiff.putInt(0);
		for (double derajat : new double[] { Math.abs(lat), Math.abs(lon) }) {
			int d = (int) derajat;
			int m = (int) ((derajat - d) * 60);
			long detik = Math.round(((derajat - d) * 60 - m) * 60 * 10000);
			tiff.putInt(d).putInt(1).putInt(m).putInt(1).putInt((int) detik).putInt(10000);
		}
		java.io.ByteArrayOutputStream exif = new java.io.ByteArrayOutputStream();
		exif.writeBytes("Exif\0\0".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
		exif.writeBytes(tiff.array());
		return denganApp1(exif.toByteArray(), img);
	}

	private static byte[] denganApp1(byte[] exif, BufferedImage img) {
		byte[] jpeg = encode(img, "jpeg");
		int panjang = exif.length + 2;
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		out.write(0xFF);
		out.write(0xD8);
		out.write(0xFF);
		out.write(0xE1);
		out.write(panjang >> 8);
		out.write(panjang & 0xFF);
		out.writeBytes(exif);
		out.write(jpeg, 2, jpeg.length - 2);
		return out.toByteArray();
	}

	private static byte[] encode(BufferedImage img, String format) {
		try {
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			ImageIO.write(img, format, out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public static boolean mengandung(byte[] data, String teks) {
		return new String(data, java.nio.charset.StandardCharsets.ISO_8859_1).contains(teks);
	}

	/**
	 * A JPEG carrying every kind of metadata the re-encoding must drop: EXIF with a GPS position
	 * (APP1), XMP (APP1) and a comment (COM).
	 */
	public static byte[] jpegDenganSemuaMetadata(double lat, double lon) {
		byte[] exif = jpegDenganGps(lat, lon);
		byte[] xmp = ("http://ns.adobe.com/xap/1.0/\0<x:xmpmeta xmlns:x=\"adobe:ns:meta/\"><rdf:RDF><rdf:Description "
				+ "exif:GPSLatitude=\"10,10.2S\"/></rdf:RDF></x:xmpmeta>").getBytes(StandardCharsets.ISO_8859_1);
		byte[] komentar = "lokasi rumah petugas".getBytes(StandardCharsets.ISO_8859_1);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		out.write(exif, 0, 2);
		segmen(out, 0xE1, xmp);
		segmen(out, 0xFE, komentar);
		out.write(exif, 2, exif.length - 2);
		return out.toByteArray();
	}

	private static void segmen(ByteArrayOutputStream out, int penanda, byte[] isi) {
		out.write(0xFF);
		out.write(penanda);
		out.write((isi.length + 2) >> 8);
		out.write((isi.length + 2) & 0xFF);
		out.writeBytes(isi);
	}

	/** The markers of a JPEG's segments before its image data ({@code 0xE1} APP1 = EXIF/XMP, {@code 0xFE} a comment). */
	public static List<Integer> segmenJpeg(byte[] jpeg) {
		if ((jpeg[0] & 0xFF) != 0xFF || (jpeg[1] & 0xFF) != 0xD8) {
			throw new IllegalArgumentException("not a JPEG");
		}
		List<Integer> penanda = new ArrayList<>();
		int i = 2;
		while (i + 4 <= jpeg.length && (jpeg[i] & 0xFF) == 0xFF) {
			int jenis = jpeg[i + 1] & 0xFF;
			penanda.add(jenis);
			if (jenis == 0xDA) {
				break;
			}
			i += 2 + ((jpeg[i + 2] & 0xFF) << 8 | (jpeg[i + 3] & 0xFF));
		}
		return penanda;
	}
}
