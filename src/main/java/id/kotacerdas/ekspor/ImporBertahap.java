package id.kotacerdas.ekspor;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.springframework.http.HttpStatus;

import id.kotacerdas.platform.PermintaanDitolakException;

/**
 * The one staged import of every module's sheet (prices, businesses, Wi-Fi sessions, street-light poles): the sheet
 * is read by {@link LembarMasuk}, every row checked first and listed as new, already there or refused (the dry run,
 * nothing stored), then applied whole — only while no row is refused. A module says only what is its own in an
 * {@link Aturan}: where its columns are, how a row is checked, and what is stored already; it stores the rows
 * {@link #yangDisimpan} hands it in its own transaction. The web side of the steps is {@link HalamanImpor}.
 */
public final class ImporBertahap {

	/** What the import would do with a row. */
	public enum Status {
		/** Would be stored. */
		BARU,
		/** Stored already (an earlier import, a registered record, a row above): nothing to do. */
		SUDAH_ADA,
		DITOLAK
	}

	/** A checked row of a module: its number as the spreadsheet shows it (the header is usually 1) and its status. */
	public interface BarisPeriksa {

		int nomor();

		Status status();
	}

	/**
	 * The module's part of an import.
	 *
	 * @param <K> where the module's columns are, read from the header row
	 * @param <R> a checked row
	 */
	public interface Aturan<K, R extends BarisPeriksa> {

		/**
		 * The columns, when this row is the header; null while it is not yet (a title may stand above it).
		 *
		 * @throws PermintaanDitolakException when a needed column is missing
		 */
		K kepala(LembarMasuk.Baris baris);

		/** One data row checked by the module's rules; null when the row is not to be listed. */
		R periksa(K kolom, LembarMasuk.Baris baris);

		/** The checked rows against what is stored already (one look for the whole file); as they are by default. */
		default List<R> bandingkan(List<R> baris) {
			return baris;
		}
	}

	/** The check of a whole file: every listed row in the sheet's order. */
	public record Pemeriksaan<R extends BarisPeriksa>(List<R> baris) {

		public Pemeriksaan {
			baris = Collections.unmodifiableList(baris);
		}

		public long jumlah(Status status) {
			return baris.stream().filter(b -> b.status() == status).count();
		}

		public long baru() {
			return jumlah(Status.BARU);
		}

		public long sudahAda() {
			return jumlah(Status.SUDAH_ADA);
		}

		public long ditolak() {
			return jumlah(Status.DITOLAK);
		}

		/** Something to store and nothing refused. */
		public boolean bolehDiterapkan() {
			return ditolak() == 0 && baru() > 0;
		}

		/** The first {@code batas} rows of the status, as a page lists them. */
		public List<R> dengan(Status status, int batas) {
			return baris.stream().filter(b -> b.status() == status).limit(batas).toList();
		}
	}

	/** Longer names of uploaded files are cut: a name is a label, not data. */
	public static final int PANJANG_NAMA_BERKAS = 120;

	private ImporBertahap() {
	}

	/** {@link #periksa(InputStream, int, String, Aturan)} of a file kept in memory (or in a table) between the steps. */
	public static <K, R extends BarisPeriksa> Pemeriksaan<R> periksa(byte[] isi, int barisMaks, String kodeTanpaKepala, Aturan<K, R> aturan) {
		return periksa(new ByteArrayInputStream(isi), barisMaks, kodeTanpaKepala, aturan);
	}

	/**
	 * The dry run: reads the sheet, finds its header, checks every row; stores nothing.
	 *
	 * @param barisMaks rows per file, the header included
	 * @param kodeTanpaKepala the message key of the refusal (400) when no row is the header; null: such a sheet is
	 *            checked as one without rows
	 * @throws PermintaanDitolakException 400 when the file is no sheet, too long, or without its header
	 */
	public static <K, R extends BarisPeriksa> Pemeriksaan<R> periksa(InputStream isi, int barisMaks, String kodeTanpaKepala,
			Aturan<K, R> aturan) {
		List<K> kolom = new ArrayList<>(1);
		List<R> baris = new ArrayList<>();
		LembarMasuk.baca(isi, barisMaks, b -> {
			if (kolom.isEmpty()) {
				K k = aturan.kepala(b);
				if (k != null) {
					kolom.add(k);
				}
				return;
			}
			R r = aturan.periksa(kolom.get(0), b);
			if (r != null) {
				baris.add(r);
			}
		});
		if (kolom.isEmpty() && kodeTanpaKepala != null) {
			throw new PermintaanDitolakException(kodeTanpaKepala);
		}
		return new Pemeriksaan<>(baris.isEmpty() ? baris : aturan.bandingkan(baris));
	}

	/**
	 * The rows to store when the check is applied: all new ones, or none while any row is refused.
	 *
	 * @param status the answer to a file with a refused row (409 when the page offered no apply, 400 when the same
	 *            request checked it)
	 * @param kodeDitolak its message key, given the number of refused rows
	 */
	public static <R extends BarisPeriksa> List<R> yangDisimpan(Pemeriksaan<R> periksa, HttpStatus status, String kodeDitolak) {
		long ditolak = periksa.ditolak();
		if (ditolak > 0) {
			throw new PermintaanDitolakException(status, kodeDitolak, ditolak);
		}
		return periksa.dengan(Status.BARU, Integer.MAX_VALUE);
	}

	/** The uploaded file's name as kept: stripped, cut to {@link #PANJANG_NAMA_BERKAS}, {@code cadangan} when none. */
	public static String namaBerkas(String nama, String cadangan) {
		String n = nama == null || nama.isBlank() ? cadangan : nama.strip();
		return n.length() > PANJANG_NAMA_BERKAS ? n.substring(0, PANJANG_NAMA_BERKAS) : n;
	}
}
