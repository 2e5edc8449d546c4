package id.kotacerdas.permohonan.internal;

import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfWriter;

import id.kotacerdas.platform.KodeQr;
import id.kotacerdas.platform.KotaProperties;
import id.kotacerdas.platform.UrlDasar;
import id.kotacerdas.platform.Waktu;

/**
 * The counter receipt of an application filed for a citizen: the tracking code, the service, the
 * date and time in WITA, the published limit, and two QR codes — the public tracking page and the
 * private link, which is the citizen's only key to their application. As an A6 PDF here; the 58-mm
 * thermal layout is the receipt page itself ({@code permohonan/struk.html}), from the same {@link Struk}.
 */
@Component
class TandaTerimaLoket {

	private static final float MM = 72f / 25.4f;

	private static final float TEPI = 8 * MM;

	private static final float QR = 40 * MM;

	private static final float UKURAN_KODE = 22;

	private static final float UKURAN_JUDUL = 11;

	private static final float UKURAN_TEKS = 8;

	private static final float UKURAN_KECIL = 6;

	private final MessageSource pesan;

	private final UrlDasar urlDasar;

	private final KotaProperties kota;

	TandaTerimaLoket(MessageSource pesan, UrlDasar urlDasar, KotaProperties kota) {
		this.pesan = pesan;
		this.urlDasar = urlDasar;
		this.kota = kota;
	}

	/** What a receipt shows, in either layout. */
	record Struk(String kota, String kode, String layanan, String perihal, String pemohon, String diajukanPada, int batasHariKerja,
			String tautanLacak, String tautanPribadi, String qrLacak, String qrPribadi) {
	}

	/** The receipt's content; the QR images as inline SVG for the page. */
	Struk struk(Permohonan p, String token, Locale bahasa) {
		String lacak = urlDasar.nilai() + LayananPermohonan.jalurLacak(p.kode());
		String pribadi = urlDasar.nilai() + LayananPermohonan.jalurPribadi(p.kode(), token);
		return new Struk(kota.nama(), p.kode(), p.alur().nama(), p.isi().perihal(), p.isi().nama(), waktu(p.isi().diajukanPada()),
				p.alur().batasHariKerja(), lacak, pribadi, KodeQr.svg(lacak, teks("permohonan.struk.qr-lacak", bahasa)),
				KodeQr.svg(pribadi, teks("permohonan.struk.qr-pribadi", bahasa)));
	}

	private static String waktu(Instant w) {
		return Waktu.formatTanggalJam(w);
	}

	/** The A6 PDF (105 × 148 mm). */
	byte[] pdf(Struk s, Locale bahasa) {
		ByteArrayOutputStream keluar = new ByteArrayOutputStream();
		Document dok = new Document(PageSize.A6, TEPI, TEPI, TEPI, TEPI);
		PdfWriter penulis = PdfWriter.getInstance(dok, keluar);
		dok.addTitle(teks("permohonan.struk.judul", bahasa) + " " + s.kode());
		dok.open();
		Font judul = new Font(Font.HELVETICA, UKURAN_JUDUL, Font.BOLD);
		Font biasa = new Font(Font.HELVETICA, UKURAN_TEKS);
		Font tebal = new Font(Font.HELVETICA, UKURAN_TEKS, Font.BOLD);
		Font kecil = new Font(Font.HELVETICA, UKURAN_KECIL);
		dok.add(tengah(new Paragraph(teks("permohonan.struk.judul", bahasa), judul)));
		dok.add(tengah(new Paragraph(s.kota(), biasa)));
		dok.add(tengah(new Paragraph(teks("permohonan.struk.kode", bahasa), biasa)));
		dok.add(tengah(new Paragraph(s.kode(), new Font(Font.COURIER, UKURAN_KODE, Font.BOLD))));
		baris(dok, teks("permohonan.struk.layanan", bahasa), s.layanan(), biasa, tebal);
		baris(dok, teks("permohonan.struk.pemohon", bahasa), s.pemohon(), biasa, tebal);
		baris(dok, teks("permohonan.struk.waktu", bahasa), s.diajukanPada(), biasa, tebal);
		baris(dok, teks("permohonan.struk.batas", bahasa), pesan.getMessage("permohonan.struk.hari", new Object[] { s.batasHariKerja() }, bahasa),
				biasa, tebal);

		PdfContentByte kanvas = penulis.getDirectContent();
		float lebar = dok.getPageSize().getWidth();
		float bawah = TEPI + 2 * UKURAN_KECIL * 2;
		float kiri = (lebar - 2 * QR) / 3;
		KodeQr.gambarPdf(kanvas, s.tautanLacak(), kiri, bawah + UKURAN_TEKS * 2, QR);
		KodeQr.gambarPdf(kanvas, s.tautanPribadi(), 2 * kiri + QR, bawah + UKURAN_TEKS * 2, QR);
		keterangan(kanvas, teks("permohonan.struk.qr-lacak", bahasa), kiri, bawah, QR, kecil);
		keterangan(kanvas, teks("permohonan.struk.qr-pribadi", bahasa), 2 * kiri + QR, bawah, QR, kecil);
		keterangan(kanvas, teks("permohonan.struk.simpan", bahasa), TEPI, TEPI, lebar - 2 * TEPI, kecil);
		dok.close();
		return keluar.toByteArray();
	}

	private static Paragraph tengah(Paragraph p) {
		p.setAlignment(Element.ALIGN_CENTER);
		return p;
	}

	private static void baris(Document dok, String label, String nilai, Font biasa, Font tebal) {
		Paragraph p = new Paragraph();
		p.add(new com.lowagie.text.Chunk(label + ": ", biasa));
		p.add(new com.lowagie.text.Chunk(nilai, tebal));
		dok.add(p);
	}

	/** A caption in a box of the given width above {@code y}, wrapped and centred. */
	private static void keterangan(PdfContentByte kanvas, String teks, float x, float y, float lebar, Font huruf) {
		ColumnText kolom = new ColumnText(kanvas);
		kolom.setSimpleColumn(x, y, x + lebar, y + 3 * huruf.getSize());
		Paragraph p = tengah(new Paragraph(teks, huruf));
		p.setLeading(huruf.getSize() * 1.2f);
		kolom.addElement(p);
		kolom.go();
	}

	private String teks(String kunci, Locale bahasa) {
		return pesan.getMessage(kunci, null, bahasa);
	}
}
