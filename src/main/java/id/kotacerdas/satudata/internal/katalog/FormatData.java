package id.kotacerdas.satudata.internal.katalog;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The formats a dataset's file is offered in, with their CKAN format and media type. */
public enum FormatData {

	CSV("text/csv"), XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"), JSON("application/json");

	private final String jenisMedia;

	FormatData(String jenisMedia) {
		this.jenisMedia = jenisMedia;
	}

	public String jenisMedia() {
		return jenisMedia;
	}

	public static Optional<FormatData> dari(String format) {
		return Arrays.stream(values()).filter(f -> f.name().equalsIgnoreCase(format == null ? "" : format.strip())).findFirst();
	}

	public String ekstensi() {
		return name().toLowerCase(Locale.ROOT);
	}
}
