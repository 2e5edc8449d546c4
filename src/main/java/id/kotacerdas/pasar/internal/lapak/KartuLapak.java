package id.kotacerdas.pasar.internal.lapak;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.ToDoubleFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.LuminanceSource;
import com.google.zxing.ReaderException;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.GlobalHistogramBinarizer;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfWriter;

import id.kotacerdas.platform.KodeQr;
import id.kotacerdas.platform.PermintaanDitolakException;
import id.kotacerdas.platform.UrlDasar;

/**
 * A stall's QR card, and reading one back from a collector's photo. The QR holds the address of
 * the stall's collection page — any phone camera opens it — and nothing about money.
 */
@Component
class KartuLapak {

	/** The collection page's address inside whatever the card's QR says. */
	private static final Pattern ALAMAT = Pattern.compile("/staf/pasar/lapak/(\\d{1,18})(?:[/?#]|$)");

	/**
	 * A phone photo is read at most this wide: enough for a card filling part of the frame, light on
	 * memory. The scan page's script shrinks larger photos to it before sending them over 3G.
	 */
	static final int SISI_BACA = 1600;

	/** Larger pictures are refused before decoding (a decompression bomb costs nothing to send). */
	private static final long PIKSEL_MAKS = 50_000_000;

	private static final int PNG_LEBAR = 800;

	private static final int PNG_TINGGI = 460;

	private static final int PNG_QR = 380;

	private static final int UKURAN_NOMOR_PNG = 64;

	private static final float UKURAN_NOMOR_PDF = 26;

	private static final float MM = 72f / 25.4f;

	private static final float KARTU_LEBAR = 90 * MM;

	private static final float KARTU_TINGGI = 62 * MM;

	private static final float KARTU_QR = 46 * MM;

	private static final float TEPI = 12 * MM;

	private static final float JARAK = 6 * MM;

	private static final int KOLOM = 2;

	private static final int BARIS = 4;

	private final UrlDasar urlDasar;

	private final MessageSource pesan;

	KartuLapak(UrlDasar urlDasar, MessageSource pesan) {
		this.urlDasar = urlDasar;
		this.pesan = pesan;
	}

	/** What the card's QR encodes. */
	String isi(Lapak l) {
		return urlDasar.nilai() + Lapak.jalur(l.id());
	}

	/** The stall id in a QR's text, if it is one of our cards. */
	static Optional<Long> lapakDari(String teks) {
		Matcher m = ALAMAT.matcher(teks);
		return m.find() ? Optional.of(Long.valueOf(m.group(1))) : Optional.empty();
	}

	/** The QR's text in the photo; refused (400) when the picture is unreadable or holds no QR. */
	String baca(byte[] foto) {
		BufferedImage gambar = muat(foto);
		LuminanceSource sumber = new BufferedImageLuminanceSource(gambar);
		Map<DecodeHintType, Object> petunjuk = new EnumMap<>(DecodeHintType.class);
		petunjuk.put(DecodeHintType.TRY_HARDER, Boolean.TRUE);
		petunjuk.put(DecodeHintType.POSSIBLE_FORMATS, List.of(BarcodeFormat.QR_CODE));
		// the local binarizer copes with shadows; the global one with small, blurred codes
		for (BinaryBitmap bitmap : List.of(new BinaryBitmap(new HybridBinarizer(sumber)), new BinaryBitmap(new GlobalHistogramBinarizer(sumber)))) {
			try {
				return new QRCodeReader().decode(bitmap, petunjuk).getText();
			}
			catch (ReaderException ex) {
				// try the other binarizer
			}
		}
		throw new PermintaanDitolakException("pasar.lapak.pindai.tidak-terbaca");
	}

	/** Decodes the picture subsampled to at most {@link #SISI_BACA} wide, after checking its size from the header. */
	private static BufferedImage muat(byte[] foto) {
		try (ImageInputStream masuk = ImageIO.createImageInputStream(new ByteArrayInputStream(foto))) {
			Iterator<ImageReader> pembaca = masuk == null ? null : ImageIO.getImageReaders(masuk);
			if (pembaca == null || !pembaca.hasNext()) {
				throw new PermintaanDitolakException("pasar.lapak.pindai.bukan-gambar");
			}
			ImageReader r = pembaca.next();
			try {
				r.setInput(masuk, true, true);
				int lebar = r.getWidth(0);
				int tinggi = r.getHeight(0);
				if ((long) lebar * tinggi > PIKSEL_MAKS) {
					throw new PermintaanDitolakException("pasar.lapak.pindai.terlalu-besar");
				}
				ImageReadParam param = r.getDefaultReadParam();
				int langkah = Math.max(1, Math.max(lebar, tinggi) / SISI_BACA);
				param.setSourceSubsampling(langkah, langkah, 0, 0);
				return r.read(0, param);
			}
			finally {
				r.dispose();
			}
		}
		catch (PermintaanDitolakException ex) {
			throw ex;
		}
		catch (IOException | RuntimeException ex) {
			// a codec's complaint about broken data is the sender's problem, not a server error
			throw new PermintaanDitolakException("pasar.lapak.pindai.bukan-gambar");
		}
	}

	/** One card as a PNG, to show on a phone or print alone. */
	byte[] png(Lapak l, Locale bahasa) {
		BufferedImage kartu = new BufferedImage(PNG_LEBAR, PNG_TINGGI, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = kartu.createGraphics();
		try {
			g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
			g.setColor(Color.WHITE);
			g.fillRect(0, 0, PNG_LEBAR, PNG_TINGGI);
			g.setColor(Color.DARK_GRAY);
			g.drawRect(1, 1, PNG_LEBAR - 3, PNG_TINGGI - 3);
			int qrX = PNG_LEBAR - PNG_QR - 20;
			g.drawImage(KodeQr.gambar(isi(l), PNG_QR), qrX, (PNG_TINGGI - PNG_QR) / 2, null);
			int lebarTeks = qrX - 50;
			g.setColor(Color.BLACK);
			tulis(g, new Font(Font.SANS_SERIF, Font.PLAIN, 24), l.namaPasar(), 30, 60, lebarTeks);
			tulis(g, new Font(Font.SANS_SERIF, Font.PLAIN, 22), pesan.getMessage("pasar.lapak.kartu.lapak", null, bahasa), 30, 120, lebarTeks);
			Font nomor = new Font(Font.SANS_SERIF, Font.BOLD, UKURAN_NOMOR_PNG);
			int lebarNomor = g.getFontMetrics(nomor).stringWidth(l.nomor());
			tulis(g, lebarNomor <= lebarTeks ? nomor : nomor.deriveFont((float) UKURAN_NOMOR_PNG * lebarTeks / lebarNomor), l.nomor(), 30, 190, lebarTeks);
			tulis(g, new Font(Font.SANS_SERIF, Font.BOLD, 26), nama(l, bahasa), 30, 260, lebarTeks);
			g.setColor(Color.DARK_GRAY);
			if (l.dagangan() != null) {
				tulis(g, new Font(Font.SANS_SERIF, Font.PLAIN, 20), l.dagangan(), 30, 300, lebarTeks);
			}
			g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 16));
			FontMetrics fm = g.getFontMetrics();
			List<String> petunjuk = baris(pesan.getMessage("pasar.lapak.kartu.petunjuk", null, bahasa), lebarTeks, fm::stringWidth);
			for (int i = 0; i < petunjuk.size(); i++) {
				g.drawString(petunjuk.get(i), 30, PNG_TINGGI - 30 - (petunjuk.size() - 1 - i) * fm.getHeight());
			}
		}
		finally {
			g.dispose();
		}
		ByteArrayOutputStream keluar = new ByteArrayOutputStream();
		try {
			ImageIO.write(kartu, "png", keluar);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return keluar.toByteArray();
	}

	private String nama(Lapak l, Locale bahasa) {
		return l.pedagang() != null ? l.pedagang() : pesan.getMessage("pasar.lapak.kosong", null, bahasa);
	}

	private static void tulis(Graphics2D g, Font font, String teks, int x, int y, int lebar) {
		g.setFont(font);
		FontMetrics fm = g.getFontMetrics();
		g.drawString(potong(teks, lebar, s -> fm.stringWidth(s)), x, y);
	}

	/** The text cut with an ellipsis to fit the width: a long name must not run into the QR. */
	private static String potong(String teks, float lebar, ToDoubleFunction<String> ukur) {
		if (ukur.applyAsDouble(teks) <= lebar) {
			return teks;
		}
		String s = teks;
		while (!s.isEmpty() && ukur.applyAsDouble(s + "…") > lebar) {
			s = s.substring(0, s.length() - 1);
		}
		return s + "…";
	}

	/** The text broken between words into lines of the width (a word longer than a line is cut by {@link #potong}). */
	private static List<String> baris(String teks, float lebar, ToDoubleFunction<String> ukur) {
		List<String> hasil = new ArrayList<>();
		StringBuilder kini = new StringBuilder();
		for (String kata : teks.split(" ")) {
			String coba = kini.isEmpty() ? kata : kini + " " + kata;
			if (ukur.applyAsDouble(coba) <= lebar || kini.isEmpty()) {
				kini = new StringBuilder(coba);
			}
			else {
				hasil.add(potong(kini.toString(), lebar, ukur));
				kini = new StringBuilder(kata);
			}
		}
		hasil.add(potong(kini.toString(), lebar, ukur));
		return hasil;
	}

	/** An A4 sheet of cards, eight to a page, to cut along their borders. */
	byte[] pdf(String namaPasar, List<Lapak> lapak, Locale bahasa) {
		ByteArrayOutputStream keluar = new ByteArrayOutputStream();
		Document doc = new Document(PageSize.A4, TEPI, TEPI, TEPI, TEPI);
		try {
			PdfWriter penulis = PdfWriter.getInstance(doc, keluar);
			doc.addTitle(pesan.getMessage("pasar.lapak.kartu.judul", new Object[] { namaPasar }, bahasa));
			doc.open();
			if (lapak.isEmpty()) {
				doc.add(new Paragraph(pesan.getMessage("pasar.lapak.daftar.kosong", null, bahasa)));
			}
			BaseFont biasa = BaseFont.createFont(BaseFont.HELVETICA, BaseFont.CP1252, BaseFont.NOT_EMBEDDED);
			BaseFont tebal = BaseFont.createFont(BaseFont.HELVETICA_BOLD, BaseFont.CP1252, BaseFont.NOT_EMBEDDED);
			int perHalaman = KOLOM * BARIS;
			for (int i = 0; i < lapak.size(); i++) {
				if (i > 0 && i % perHalaman == 0) {
					doc.newPage();
				}
				int letak = i % perHalaman;
				float x = TEPI + (letak % KOLOM) * (KARTU_LEBAR + JARAK);
				float y = PageSize.A4.getHeight() - TEPI - (letak / KOLOM + 1) * KARTU_TINGGI - (letak / KOLOM) * JARAK;
				kartuPdf(penulis.getDirectContent(), lapak.get(i), x, y, biasa, tebal, bahasa);
			}
			doc.close();
		}
		catch (DocumentException | IOException ex) {
			throw new IllegalStateException("the card sheet could not be written", ex);
		}
		return keluar.toByteArray();
	}

	private void kartuPdf(PdfContentByte cb, Lapak l, float x, float y, BaseFont biasa, BaseFont tebal, Locale bahasa) {
		cb.setGrayStroke(0.6f);
		cb.setLineWidth(0.5f);
		cb.rectangle(x, y, KARTU_LEBAR, KARTU_TINGGI);
		cb.stroke();
		KodeQr.gambarPdf(cb, isi(l), x + KARTU_LEBAR - KARTU_QR - 4 * MM, y + (KARTU_TINGGI - KARTU_QR) / 2, KARTU_QR);
		float lebarTeks = KARTU_LEBAR - KARTU_QR - 10 * MM;
		float tx = x + 5 * MM;
		float atas = y + KARTU_TINGGI;
		teksPdf(cb, biasa, 9, l.namaPasar(), tx, atas - 9 * MM, lebarTeks);
		teksPdf(cb, biasa, 9, pesan.getMessage("pasar.lapak.kartu.lapak", null, bahasa), tx, atas - 17 * MM, lebarTeks);
		// the number is what the collector reads: smaller type rather than cut
		float ukuranNomor = Math.min(UKURAN_NOMOR_PDF, UKURAN_NOMOR_PDF * lebarTeks / tebal.getWidthPoint(l.nomor(), UKURAN_NOMOR_PDF));
		teksPdf(cb, tebal, ukuranNomor, l.nomor(), tx, atas - 28 * MM, lebarTeks);
		teksPdf(cb, tebal, 11, nama(l, bahasa), tx, atas - 37 * MM, lebarTeks);
		if (l.dagangan() != null) {
			teksPdf(cb, biasa, 9, l.dagangan(), tx, atas - 43 * MM, lebarTeks);
		}
		float ukuranPetunjuk = 7;
		List<String> petunjuk = baris(pesan.getMessage("pasar.lapak.kartu.petunjuk", null, bahasa), lebarTeks,
				s -> biasa.getWidthPoint(s, ukuranPetunjuk));
		for (int i = 0; i < petunjuk.size(); i++) {
			teksPdf(cb, biasa, ukuranPetunjuk, petunjuk.get(i), tx, y + 4 * MM + (petunjuk.size() - 1 - i) * ukuranPetunjuk * 1.2f, lebarTeks);
		}
	}

	private static void teksPdf(PdfContentByte cb, BaseFont font, float ukuran, String teks, float x, float y, float lebar) {
		cb.beginText();
		cb.setFontAndSize(font, ukuran);
		cb.showTextAligned(PdfContentByte.ALIGN_LEFT, potong(teks, lebar, s -> font.getWidthPoint(s, ukuran)), x, y, 0);
		cb.endText();
	}
}
