package id.kotacerdas.kepegawaian.internal.siasn;

import java.io.InputStream;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

import org.springframework.http.HttpStatus;

import id.kotacerdas.ekspor.LembarMasuk;
import id.kotacerdas.kepegawaian.internal.siasn.TataLetakSiasn.Kolom;
import id.kotacerdas.platform.PermintaanDitolakException;

/**
 * A sheet in the SIASN layout, read row by row by the platform's sheet reader ({@link LembarMasuk}:
 * XLSX streamed through POI's event API, or CSV), so memory stays flat whatever the sheet's length.
 * The header is the first row, among the first few, that names the NIP column (an export may carry
 * a title above it); each later row becomes its known columns' cells as text, dates as
 * {@code yyyy-MM-dd}.
 */
final class LembarSiasn {

	/** The sheet kinds read. */
	enum Jenis {
		XLSX, CSV;

		/** By the file's first bytes (an XLSX is a zip), not by its name. */
		static Jenis dari(byte[] awal) {
			return awal.length >= 2 && awal[0] == 'P' && awal[1] == 'K' ? XLSX : CSV;
		}

		String kode() {
			return name().toLowerCase(Locale.ROOT);
		}
	}

	/** One data row: its number as the spreadsheet shows it (1 = the first row) and its known cells. */
	record Baris(int nomor, Map<Kolom, String> sel) {

		boolean ada(Kolom k) {
			return sel.containsKey(k);
		}

		String teks(Kolom k) {
			return sel.get(k);
		}
	}

	/** A title and a blank line may stand above the header; further down a sheet is not in this layout. */
	private static final int BARIS_KEPALA_PALING_JAUH = 10;

	/** Every civil servant of a city several times over; a longer file is not an export of one. */
	static final int BARIS_MAKS = 100_000;

	private LembarSiasn() {
	}

	/**
	 * @return the number of data rows read
	 * @throws PermintaanDitolakException 400 when no header naming the NIP column is found, or the file is no sheet
	 */
	static int baca(InputStream masuk, Consumer<Baris> tiap) {
		Pengolah pengolah = new Pengolah(tiap);
		LembarMasuk.baca(masuk, BARIS_MAKS, pengolah::baris);
		return pengolah.selesai();
	}

	/** The header (searched among the first rows), then each non-empty data row as its known cells. */
	private static final class Pengolah {

		private final Consumer<Baris> tiap;

		private Kolom[] kepala;

		private int data;

		Pengolah(Consumer<Baris> tiap) {
			this.tiap = tiap;
		}

		void baris(LembarMasuk.Baris b) {
			if (kepala == null) {
				if (b.nomor() > BARIS_KEPALA_PALING_JAUH) {
					throw new PermintaanDitolakException(HttpStatus.BAD_REQUEST, "siasn.berkas.tanpa-nip");
				}
				kepala = kepala(b.sel());
				return;
			}
			Map<Kolom, String> isi = new HashMap<>();
			boolean kosong = true;
			for (int i = 0; i < kepala.length; i++) {
				if (kepala[i] != null) {
					String s = b.sel(i);
					kosong &= s.isEmpty();
					isi.put(kepala[i], s.isEmpty() ? null : s);
				}
			}
			if (!kosong) {
				data++;
				tiap.accept(new Baris(b.nomor(), isi));
			}
		}

		int selesai() {
			if (kepala == null) {
				throw new PermintaanDitolakException(HttpStatus.BAD_REQUEST, "siasn.berkas.tanpa-nip");
			}
			return data;
		}
	}

	/** The row's columns when it is the header (it names the NIP column), else null. */
	private static Kolom[] kepala(List<String> sel) {
		Kolom[] kolom = new Kolom[sel.size()];
		boolean nip = false;
		for (int i = 0; i < sel.size(); i++) {
			Kolom k = TataLetakSiasn.kolom(sel.get(i)).orElse(null);
			// a column named twice is read from its first place
			if (k != null && !Arrays.asList(kolom).contains(k)) {
				kolom[i] = k;
				nip |= TataLetakSiasn.NIP.equals(k.isian());
			}
		}
		return nip ? kolom : null;
	}
}
