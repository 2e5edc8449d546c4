package id.kotacerdas.kepegawaian.internal.siasn;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.DateUtil;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ExcelReaderException;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.springframework.http.HttpStatus;

import id.kotacerdas.kepegawaian.internal.siasn.TataLetakSiasn.Kolom;
import id.kotacerdas.platform.PermintaanDitolakException;

/**
 * Reads a sheet in the SIASN layout row by row, holding one row at a time (XLSX streamed by
 * fastexcel, CSV by Commons CSV), so memory stays flat whatever the sheet's length. The header is
 * the first row, among the first few, that names the NIP column (an export may carry a title above
 * it); each later row becomes its known columns' cells as text, dates as {@code yyyy-MM-dd}.
 */
final class LembarSiasn {

	/** The sheet kinds read. */
	enum Jenis {
		XLSX, CSV;

		/** By the file's first bytes (an XLSX is a zip), not by its name. */
		static Jenis dari(byte[] awal) {
			return ReadableWorkbook.isOOXMLZipHeader(awal) ? XLSX : CSV;
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

	/** Enough of a CSV's start to tell its separator. */
	private static final int CONTOH_CSV = 8192;

	private LembarSiasn() {
	}

	/**
	 * @return the number of data rows read
	 * @throws PermintaanDitolakException 400 when no header naming the NIP column is found, or the file is no sheet
	 */
	static int baca(InputStream masuk, Jenis jenis, Consumer<Baris> tiap) {
		try {
			return jenis == Jenis.XLSX ? bacaXlsx(masuk, tiap) : bacaCsv(masuk, tiap);
		}
		// what the readers throw on a damaged file; the caller's own failures pass through
		catch (IOException | UncheckedIOException | ExcelReaderException ex) {
			throw new PermintaanDitolakException(HttpStatus.BAD_REQUEST, "siasn.berkas.tidak-terbaca");
		}
	}

	private static int bacaXlsx(InputStream masuk, Consumer<Baris> tiap) throws IOException {
		try (ReadableWorkbook buku = new ReadableWorkbook(masuk, new ReadingOptions(true, false));
				var baris = buku.getFirstSheet().openStream()) {
			Iterator<List<String>> iter = baris.map(LembarSiasn::sel).iterator();
			return olah(iter, tiap);
		}
	}

	private static List<String> sel(Row row) {
		List<String> hasil = new ArrayList<>(row.getCellCount());
		for (int i = 0; i < row.getCellCount(); i++) {
			hasil.add(teks(row.getCell(i)));
		}
		return hasil;
	}

	private static String teks(Cell c) {
		if (c == null) {
			return null;
		}
		return switch (c.getType()) {
			case NUMBER -> tanggal(c) ? c.asDate().toLocalDate().toString() : bilangan(c.asNumber());
			case EMPTY -> null;
			default -> c.getText();
		};
	}

	private static boolean tanggal(Cell c) {
		return c.getDataFormatId() != null && c.getDataFormatString() != null
				&& DateUtil.isADateFormat(c.getDataFormatId(), c.getDataFormatString());
	}

	/** A code typed as a number (11, 2) reads as typed, not as 11.0. */
	private static String bilangan(BigDecimal n) {
		return n.stripTrailingZeros().toPlainString();
	}

	private static int bacaCsv(InputStream masuk, Consumer<Baris> tiap) throws IOException {
		BufferedReader teks = new BufferedReader(new InputStreamReader(masuk, StandardCharsets.UTF_8));
		char pemisah = pemisah(teks);
		CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(pemisah).setIgnoreEmptyLines(true).get();
		try (Reader r = teks; var csv = format.parse(r)) {
			Iterator<List<String>> iter = csv.stream().map(LembarSiasn::sel).iterator();
			return olah(iter, tiap);
		}
	}

	/** Excel writes ";" where the decimal comma is local (Indonesia), "," elsewhere: the more frequent one in the start. */
	private static char pemisah(BufferedReader teks) throws IOException {
		teks.mark(CONTOH_CSV);
		char[] awal = new char[CONTOH_CSV];
		int n = teks.read(awal);
		teks.reset();
		int titikKoma = 0;
		int koma = 0;
		for (int i = 0; i < n; i++) {
			titikKoma += awal[i] == ';' ? 1 : 0;
			koma += awal[i] == ',' ? 1 : 0;
		}
		if (n > 0 && awal[0] == '\uFEFF') {
			teks.skip(1);
		}
		return titikKoma >= koma ? ';' : ',';
	}

	private static List<String> sel(CSVRecord r) {
		List<String> hasil = new ArrayList<>(r.size());
		r.forEach(s -> hasil.add(s == null || s.isBlank() ? null : s));
		return hasil;
	}

	private static int olah(Iterator<List<String>> iter, Consumer<Baris> tiap) {
		Kolom[] kepala = null;
		int nomor = 0;
		while (kepala == null) {
			if (!iter.hasNext() || nomor >= BARIS_KEPALA_PALING_JAUH) {
				throw new PermintaanDitolakException(HttpStatus.BAD_REQUEST, "siasn.berkas.tanpa-nip");
			}
			kepala = kepala(iter.next());
			nomor++;
		}
		int data = 0;
		while (iter.hasNext()) {
			List<String> sel = iter.next();
			nomor++;
			Map<Kolom, String> isi = new HashMap<>();
			boolean kosong = true;
			for (int i = 0; i < kepala.length; i++) {
				if (kepala[i] != null) {
					String s = i < sel.size() ? sel.get(i) : null;
					s = s == null || s.isBlank() ? null : s.strip();
					kosong &= s == null;
					isi.put(kepala[i], s);
				}
			}
			if (!kosong) {
				data++;
				tiap.accept(new Baris(nomor, isi));
			}
		}
		return data;
	}

	/** The row's columns when it is the header (it names the NIP column), else null. */
	private static Kolom[] kepala(List<String> sel) {
		Kolom[] kolom = new Kolom[sel.size()];
		boolean nip = false;
		for (int i = 0; i < sel.size(); i++) {
			Kolom k = TataLetakSiasn.kolom(sel.get(i)).orElse(null);
			// a column named twice is read from its first place
			if (k != null && !java.util.Arrays.asList(kolom).contains(k)) {
				kolom[i] = k;
				nip |= TataLetakSiasn.NIP.equals(k.isian());
			}
		}
		return nip ? kolom : null;
	}
}
