package id.kotacerdas.ekspor;

import java.util.Locale;

/**
 * The formats an export is written in. As a controller parameter ({@code @PathVariable} or
 * {@code @RequestParam}) it is read case-insensitively from {@code csv}, {@code xlsx} or
 * {@code pdf}; anything else is answered 400 before the handler runs.
 */
public enum FormatEkspor {

	/** UTF-8 with a byte-order mark, laid out for a spreadsheet in the reader's locale. */
	CSV("text/csv;charset=UTF-8"),

	XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),

	PDF("application/pdf");

	private final String jenisIsi;

	FormatEkspor(String jenisIsi) {
		this.jenisIsi = jenisIsi;
	}

	/** The HTTP content type. */
	public String jenisIsi() {
		return jenisIsi;
	}

	/** The file name's extension, without the dot. */
	public String akhiran() {
		return name().toLowerCase(Locale.ROOT);
	}

	/** @throws IllegalArgumentException for a name that is no format */
	public static FormatEkspor dari(String nama) {
		for (FormatEkspor f : values()) {
			if (f.akhiran().equalsIgnoreCase(nama.strip())) {
				return f;
			}
		}
		throw new IllegalArgumentException("unknown export format: " + nama);
	}
}
