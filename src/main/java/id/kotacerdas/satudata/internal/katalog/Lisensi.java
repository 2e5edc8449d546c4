package id.kotacerdas.satudata.internal.katalog;

import java.util.Map;

/**
 * The licences a dataset may name, with the title, URL and openness CKAN's licence register gives them (CKAN's
 * {@code license_title}, {@code license_url}, {@code isopen}; DCAT's {@code dct:license}).
 */
public record Lisensi(String judul, String url, boolean terbuka) {

	private static final Map<String, Lisensi> DIKENAL = Map.of(
			"CC-BY-4.0", new Lisensi("Creative Commons Attribution 4.0", "https://creativecommons.org/licenses/by/4.0/", true),
			"CC-BY-SA-4.0", new Lisensi("Creative Commons Attribution Share-Alike 4.0", "https://creativecommons.org/licenses/by-sa/4.0/", true),
			"CC0-1.0", new Lisensi("Creative Commons CCZero", "https://creativecommons.org/publicdomain/zero/1.0/", true),
			"ODC-BY-1.0", new Lisensi("Open Data Commons Attribution License", "https://opendatacommons.org/licenses/by/1-0/", true),
			"ODbL-1.0", new Lisensi("Open Data Commons Open Database License (ODbL)", "https://opendatacommons.org/licenses/odbl/1-0/", true));

	/** An unknown licence keeps its id as title and counts as not open. */
	public static Lisensi dari(String id) {
		return DIKENAL.getOrDefault(id, new Lisensi(id, null, false));
	}
}
