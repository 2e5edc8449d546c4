package id.kotacerdas.berkas.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.springframework.http.HttpStatus;

import id.kotacerdas.berkas.BatasBerkas;
import id.kotacerdas.platform.PermintaanDitolakException;

/**
 * Accepts a PDF by what it is, not by its name or the type the client declares: it must begin as
 * a PDF, parse with Apache PDFBox within a memory limit, have pages, and not be encrypted (a file
 * the staff cannot open, or one that hides its content from checks). Parsing is CPU work: callers
 * run it on the platform's bounded pool.
 */
class PemeriksaPdf {

	/** PDF readers accept the header anywhere in the first kilobyte (some generators put junk first). */
	private static final int JANGKAUAN_KEPALA = 1024;

	private static final byte[] KEPALA = "%PDF-".getBytes(StandardCharsets.US_ASCII);

	private final BatasBerkas batas;

	private final long maksMemori;

	PemeriksaPdf(BatasBerkas batas, long maksMemori) {
		this.batas = batas;
		this.maksMemori = maksMemori;
	}

	/** Cheap: the size and the header. */
	void periksaKepala(byte[] isi) {
		if (isi == null || isi.length == 0) {
			throw new PermintaanDitolakException("berkas.kosong");
		}
		if (isi.length > batas.maksUkuran().toBytes()) {
			throw batas.dokumenTerlaluBesar();
		}
		if (!berkepalaPdf(isi)) {
			throw new PermintaanDitolakException(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "berkas.dokumen-bukan-pdf");
		}
	}

	/** Parses the whole document; refuses an encrypted or broken one (422). */
	void periksa(byte[] isi) {
		periksaKepala(isi);
		try (PDDocument dokumen = Loader.loadPDF(isi, "", null, null, MemoryUsageSetting.setupMainMemoryOnly(maksMemori).streamCache)) {
			if (dokumen.isEncrypted()) {
				throw terenkripsi();
			}
			if (dokumen.getNumberOfPages() < 1) {
				throw rusak();
			}
			for (PDPage halaman : dokumen.getPages()) {
				// every page object must resolve: a broken page tree fails here, not in the reader's viewer
				halaman.getMediaBox();
			}
		}
		catch (InvalidPasswordException ex) {
			throw terenkripsi();
		}
		catch (IOException | RuntimeException ex) {
			if (ex instanceof PermintaanDitolakException ditolak) {
				throw ditolak;
			}
			throw rusak();
		}
	}

	private static boolean berkepalaPdf(byte[] isi) {
		int batasCari = Math.min(isi.length - KEPALA.length, JANGKAUAN_KEPALA);
		for (int i = 0; i <= batasCari; i++) {
			int j = 0;
			while (j < KEPALA.length && isi[i + j] == KEPALA[j]) {
				j++;
			}
			if (j == KEPALA.length) {
				return true;
			}
		}
		return false;
	}

	private static PermintaanDitolakException terenkripsi() {
		return new PermintaanDitolakException(HttpStatus.UNPROCESSABLE_CONTENT, "berkas.dokumen-terenkripsi");
	}

	private static PermintaanDitolakException rusak() {
		return new PermintaanDitolakException(HttpStatus.UNPROCESSABLE_CONTENT, "berkas.dokumen-rusak");
	}
}
