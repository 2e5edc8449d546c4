package id.kotacerdas.pasar.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;

import id.kotacerdas.platform.PermintaanDitolakException;

/**
 * Reads a price spreadsheet as the city keeps it, row by row: CSV (comma or semicolon, as
 * Indonesian Excel writes it) or the first sheet of an XLSX, streamed. The first row names the
 * columns; tanggal, pasar, komoditas and harga are needed, asal is optional, their order free.
 */
final class BacaTabelHarga {

	/** A row as written: the cells as text, its number as the spreadsheet shows it (header = 1). */
	record BarisMentah(int nomor, String tanggal, String pasar, String komoditas, String harga, String asal) {
	}

	private enum Kolom {
		TANGGAL, PASAR, KOMODITAS, HARGA, ASAL
	}

	private BacaTabelHarga() {
	}

	static void baca(byte[] isi, Consumer<BarisMentah> tiap) {
		try {
			if (ReadableWorkbook.isOOXMLZipHeader(Arrays.copyOf(isi, Math.min(isi.length, 8)))) {
				bacaXlsx(isi, tiap);
			}
			else {
				bacaCsv(isi, tiap);
			}
		}
		catch (IOException | RuntimeException ex) {
			if (ex instanceof PermintaanDitolakException p) {
				throw p;
			}
			throw new PermintaanDitolakException("pasar.impor.tidak-terbaca");
		}
	}

	private static void bacaCsv(byte[] isi, Consumer<BarisMentah> tiap) throws IOException {
		String awal = new String(isi, 0, Math.min(isi.length, 1024), StandardCharsets.UTF_8);
		String barisPertama = awal.lines().findFirst().orElse("");
		char pemisah = barisPertama.chars().filter(c -> c == ';').count() > barisPertama.chars().filter(c -> c == ',').count() ? ';' : ',';
		try (Reader r = new InputStreamReader(new ByteArrayInputStream(isi), StandardCharsets.UTF_8);
				CSVParser csv = CSVFormat.DEFAULT.builder().setDelimiter(pemisah).setIgnoreEmptyLines(false).get().parse(r)) {
			int[] letak = null;
			int nomor = 0;
			for (CSVRecord rec : csv) {
				nomor++;
				List<String> sel = rec.toList();
				if (letak == null) {
					letak = kepala(sel);
				}
				else if (!kosong(sel)) {
					tiap.accept(baris(nomor, sel, letak));
				}
			}
			if (letak == null) {
				throw new PermintaanDitolakException("pasar.impor.kosong");
			}
		}
	}

	private static void bacaXlsx(byte[] isi, Consumer<BarisMentah> tiap) throws IOException {
		try (ReadableWorkbook buku = new ReadableWorkbook(new ByteArrayInputStream(isi)); Stream<Row> baris = buku.getFirstSheet().openStream()) {
			int[][] letak = { null };
			baris.forEach(row -> {
				int nomor = row.getRowNum();
				if (letak[0] == null) {
					letak[0] = kepala(teks(row, -1));
				}
				else {
					List<String> sel = teks(row, letak[0][Kolom.TANGGAL.ordinal()]);
					if (!kosong(sel)) {
						tiap.accept(baris(nomor, sel, letak[0]));
					}
				}
			});
			if (letak[0] == null) {
				throw new PermintaanDitolakException("pasar.impor.kosong");
			}
		}
	}

	/** The cells as text; a number in the date column is Excel's serial day, written as an ISO date. */
	private static List<String> teks(Row row, int kolomTanggal) {
		List<String> hasil = new ArrayList<>();
		for (int i = 0; i < row.getCellCount(); i++) {
			Cell c = row.getCell(i);
			if (c == null || c.getType() == CellType.EMPTY) {
				hasil.add("");
			}
			else if (c.getType() == CellType.NUMBER) {
				hasil.add(i == kolomTanggal ? c.asDate().toLocalDate().toString() : ((BigDecimal) c.getValue()).stripTrailingZeros().toPlainString());
			}
			else {
				hasil.add(c.getText());
			}
		}
		return hasil;
	}

	/** Where each column is, by its header (case and spaces ignored; "Harga (Rp)" is harga). */
	private static int[] kepala(List<String> sel) {
		int[] letak = new int[Kolom.values().length];
		Arrays.fill(letak, -1);
		for (int i = 0; i < sel.size(); i++) {
			// Excel's CSV starts with a byte-order mark
			String nama = sel.get(i).replace("\uFEFF", "").strip().toLowerCase(Locale.ROOT);
			for (Kolom k : Kolom.values()) {
				if (letak[k.ordinal()] < 0 && nama.startsWith(k.name().toLowerCase(Locale.ROOT))) {
					letak[k.ordinal()] = i;
				}
			}
		}
		for (Kolom k : List.of(Kolom.TANGGAL, Kolom.PASAR, Kolom.KOMODITAS, Kolom.HARGA)) {
			if (letak[k.ordinal()] < 0) {
				throw new PermintaanDitolakException("pasar.impor.kolom-hilang", k.name().toLowerCase(Locale.ROOT));
			}
		}
		return letak;
	}

	private static BarisMentah baris(int nomor, List<String> sel, int[] letak) {
		return new BarisMentah(nomor, sel(sel, letak[Kolom.TANGGAL.ordinal()]), sel(sel, letak[Kolom.PASAR.ordinal()]),
				sel(sel, letak[Kolom.KOMODITAS.ordinal()]), sel(sel, letak[Kolom.HARGA.ordinal()]), sel(sel, letak[Kolom.ASAL.ordinal()]));
	}

	private static String sel(List<String> sel, int i) {
		return i < 0 || i >= sel.size() || sel.get(i) == null ? "" : sel.get(i).strip();
	}

	private static boolean kosong(List<String> sel) {
		return sel.stream().allMatch(s -> s == null || s.isBlank());
	}
}
