package id.kotacerdas.ekspor.internal;

import java.awt.Color;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;
import java.util.function.Supplier;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;

import id.kotacerdas.ekspor.Kolom;

/**
 * PDF with OpenPDF (LGPL/MPL): A4, landscape when the columns are too many for a portrait page,
 * the title and generation time on top, each table's header row repeated on every page, and
 * "page n of N" at the foot. Rows go out a page at a time, so a long table never sits in memory whole.
 * The font is the Liberation Sans that OpenPDF ships, embedded as a subset, so any name (not only
 * Latin-1) prints and the text can be copied out.
 */
final class TulisPdf {

	/** Inside OpenPDF's jar. */
	private static final String HURUF = "font-fallback/LiberationSans-Regular.ttf";

	private static final float TEPI = 36;

	private static final float UKURAN_JUDUL = 14;

	private static final float UKURAN_SUBJUDUL = 11;

	private static final float UKURAN_SEL = 8;

	/** Smaller than this is no longer readable on paper; wider tables wrap their cells instead. */
	private static final float UKURAN_SEL_MIN = 6;

	/** A text column narrower than this breaks its words. */
	private static final int TEKS_MIN = 8;

	/** A digit of Liberation Sans, in ems (letters average a little less), so numbers are never too wide for their room. */
	private static final float LEBAR_HURUF = 0.556f;

	/** OpenPDF's default padding on each side of a cell. */
	private static final float PADDING = 2;

	private static final Color LATAR_KEPALA = new Color(0xE0, 0xE0, 0xE0);

	private static final Color ABU = new Color(0x55, 0x55, 0x55);

	private TulisPdf() {
	}

	/** Whether the table needs a landscape page: more characters than a portrait line holds at the usual size. */
	static boolean lebar(Lembar lembar) {
		return lembar.lebar() * UKURAN_SEL * LEBAR_HURUF > ruang(PageSize.A4.getWidth(), lembar);
	}

	/** The room a line of the table has for characters: the paper less its margins and each cell's padding. */
	private static float ruang(float kertas, Lembar lembar) {
		return kertas - 2 * TEPI - lembar.kolom().size() * 2 * PADDING;
	}

	static void tulis(Dokumen dokumen, OutputStream keluar) throws IOException {
		BaseFont huruf = huruf();
		boolean mendatar = dokumen.lembar().stream().anyMatch(TulisPdf::lebar);
		// a landscape page as a wide page, not a portrait one turned, so viewers and text tools agree on its lines
		Rectangle halaman = mendatar ? new Rectangle(PageSize.A4.getHeight(), PageSize.A4.getWidth()) : PageSize.A4;
		Document pdf = new Document(halaman, TEPI, TEPI, TEPI, TEPI);
		PdfWriter penulis = PdfWriter.getInstance(pdf, keluar);
		// the stream is the caller's
		penulis.setCloseStream(false);
		penulis.setPageEvent(new KakiHalaman(dokumen, huruf));
		pdf.addTitle(dokumen.judul());
		pdf.addCreator("Kota Cerdas");
		pdf.open();
		pdf.add(new Paragraph(dokumen.judul(), new Font(huruf, UKURAN_JUDUL, Font.BOLD)));
		Paragraph dibuat = new Paragraph(dokumen.dibuat(), new Font(huruf, UKURAN_SEL, Font.NORMAL, ABU));
		dibuat.setSpacingAfter(UKURAN_SEL);
		pdf.add(dibuat);
		Tampilan tampilan = Tampilan.pdf(dokumen.bahasa());
		for (Lembar lembar : dokumen.lembar()) {
			if (!lembar.judul().equals(dokumen.judul())) {
				Paragraph judul = new Paragraph(lembar.judul(), new Font(huruf, UKURAN_SUBJUDUL, Font.BOLD));
				judul.setSpacingBefore(UKURAN_SEL);
				judul.setSpacingAfter(UKURAN_SEL / 2);
				pdf.add(judul);
			}
			tabel(pdf, penulis, lembar, tampilan, huruf, dokumen.pesan("ekspor.kosong"));
		}
		pdf.close();
	}

	/**
	 * The table a page at a time: rows are added until the next would not fit, then that page's
	 * table (with its header) goes out and a new one starts on the next page. Only a page of rows
	 * is ever held, and every page starts with the header.
	 */
	private static void tabel(Document pdf, PdfWriter penulis, Lembar lembar, Tampilan tampilan, BaseFont huruf, String kosong) {
		List<Kolom<?>> kolom = lembar.kolom();
		float ruang = ruang(pdf.getPageSize().getWidth(), lembar);
		float ukuran = Math.max(UKURAN_SEL_MIN, Math.min(UKURAN_SEL, ruang / (lembar.lebar() * LEBAR_HURUF)));
		Font biasa = new Font(huruf, ukuran);
		Font tebal = new Font(huruf, ukuran, Font.BOLD);
		float[] lebar = lebarKolom(lembar, ruang / (ukuran * LEBAR_HURUF));
		Supplier<PdfPTable> baru = () -> {
			PdfPTable tabel = new PdfPTable(lebar);
			tabel.setTotalWidth(pdf.getPageSize().getWidth() - 2 * TEPI);
			tabel.setLockedWidth(true);
			tabel.setHeaderRows(1);
			for (String judul : lembar.judulKolom()) {
				PdfPCell sel = new PdfPCell(new Phrase(judul, tebal));
				sel.setBackgroundColor(LATAR_KEPALA);
				tabel.addCell(sel);
			}
			return tabel;
		};
		PdfPTable tabel = baru.get();
		PdfPCell[] baris = new PdfPCell[kolom.size()];
		for (Object[] nilai : lembar.nilai()) {
			for (int i = 0; i < nilai.length; i++) {
				baris[i] = new PdfPCell(new Phrase(tampilan.teks(kolom.get(i), nilai[i]), biasa));
				baris[i].setHorizontalAlignment(kolom.get(i).jenis() == Kolom.Jenis.TEKS ? Element.ALIGN_LEFT : Element.ALIGN_RIGHT);
				tabel.addCell(baris[i]);
			}
			// header and at least one row stay together, however tall the row
			if (tabel.size() > 2 && tabel.getTotalHeight() > penulis.getVerticalPosition(true) - pdf.bottom()) {
				tabel.deleteLastRow();
				pdf.add(tabel);
				pdf.newPage();
				tabel = baru.get();
				for (PdfPCell sel : baris) {
					tabel.addCell(sel);
				}
			}
		}
		if (tabel.size() == 1) {
			PdfPCell sel = new PdfPCell(new Phrase(kosong, biasa));
			sel.setColspan(kolom.size());
			tabel.addCell(sel);
		}
		pdf.add(tabel);
	}

	/**
	 * Relative column widths. When the columns need more characters than the line holds, text
	 * columns give up room first (their words wrap), down to {@link #TEKS_MIN} characters, so that
	 * numbers and dates keep a line of their own; only then does every column shrink alike.
	 */
	private static float[] lebarKolom(Lembar lembar, float muat) {
		List<Kolom<?>> kolom = lembar.kolom();
		float[] lebar = new float[kolom.size()];
		float teks = 0;
		for (int i = 0; i < lebar.length; i++) {
			lebar[i] = lembar.lebar(i);
			teks += kolom.get(i).jenis() == Kolom.Jenis.TEKS ? lebar[i] - Math.min(lebar[i], TEKS_MIN) : 0;
		}
		float lebih = lembar.lebar() - muat;
		if (lebih > 0 && teks > 0) {
			float bagian = Math.min(1, lebih / teks);
			for (int i = 0; i < lebar.length; i++) {
				if (kolom.get(i).jenis() == Kolom.Jenis.TEKS) {
					lebar[i] -= bagian * (lebar[i] - Math.min(lebar[i], TEKS_MIN));
				}
			}
		}
		return lebar;
	}

	private static BaseFont huruf() throws IOException {
		try (InputStream in = TulisPdf.class.getClassLoader().getResourceAsStream(HURUF)) {
			if (in == null) {
				throw new IllegalStateException(HURUF + " is not on the classpath");
			}
			return BaseFont.createFont(HURUF, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false, in.readAllBytes(), null);
		}
	}

	/** The title and "page n of N" at the foot of every page; N is filled in when the document closes. */
	private static final class KakiHalaman extends PdfPageEventHelper {

		/** Stands for the page count inside the message, so the count can follow the text in any language. */
		private static final String TANDA = "\u0000";

		private static final float UKURAN = 7;

		/** Room for the page count (up to five digits). */
		private static final float RUANG_JUMLAH = 5 * UKURAN;

		private final Dokumen dokumen;

		private final BaseFont huruf;

		private PdfTemplate jumlah;

		KakiHalaman(Dokumen dokumen, BaseFont huruf) {
			this.dokumen = dokumen;
			this.huruf = huruf;
		}

		@Override
		public void onOpenDocument(PdfWriter penulis, Document pdf) {
			jumlah = penulis.getDirectContent().createTemplate(RUANG_JUMLAH, UKURAN + 2);
		}

		@Override
		public void onEndPage(PdfWriter penulis, Document pdf) {
			PdfContentByte isi = penulis.getDirectContent();
			Rectangle halaman = pdf.getPageSize();
			float y = TEPI / 2;
			String[] teks = dokumen.pesan("ekspor.halaman", String.valueOf(penulis.getPageNumber()), TANDA).split(TANDA, -1);
			float kanan = halaman.getWidth() - TEPI - RUANG_JUMLAH - huruf.getWidthPoint(teks[1], UKURAN);
			float x = kanan - huruf.getWidthPoint(teks[0], UKURAN);
			isi.beginText();
			isi.setFontAndSize(huruf, UKURAN);
			isi.setColorFill(ABU);
			isi.showTextAligned(Element.ALIGN_LEFT, dokumen.judul(), TEPI, y, 0);
			isi.showTextAligned(Element.ALIGN_LEFT, teks[0], x, y, 0);
			isi.showTextAligned(Element.ALIGN_LEFT, teks[1], kanan + RUANG_JUMLAH, y, 0);
			isi.endText();
			isi.addTemplate(jumlah, kanan, y);
		}

		@Override
		public void onCloseDocument(PdfWriter penulis, Document pdf) {
			jumlah.beginText();
			jumlah.setFontAndSize(huruf, UKURAN);
			jumlah.setColorFill(ABU);
			jumlah.showText(String.valueOf(penulis.getPageNumber() - 1));
			jumlah.endText();
		}
	}
}
