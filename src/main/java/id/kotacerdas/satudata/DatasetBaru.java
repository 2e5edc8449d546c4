package id.kotacerdas.satudata;

import java.util.List;
import java.util.Objects;

import id.kotacerdas.platform.DataTerbuka.CakupanWaktu;
import id.kotacerdas.platform.ElemenKotaCerdas;

/**
 * A dataset to store: an agency's upload (a draft until the walidata publishes it) or a module's dataset.
 *
 * @param nama CKAN name: 2-100 of a-z, 0-9, '-' and '_'
 * @param opdId the producing agency
 * @param lisensi CKAN license_id; null for the city's default (CC-BY-4.0)
 * @param walidata the custodian's short name; null for the city's walidata
 * @param kodeModul the {@link id.kotacerdas.platform.DataTerbuka} code when {@code sumber} is MODUL
 * @param cakupan the days the rows cover, null when unknown
 */
public record DatasetBaru(String nama, String judul, String catatan, long opdId, List<ElemenKotaCerdas> tema, List<String> tag,
		String lisensi, MetadataSatuData satuData, String walidata, SumberDataset sumber, String kodeModul, CakupanWaktu cakupan) {

	public DatasetBaru {
		Objects.requireNonNull(nama, "nama");
		Objects.requireNonNull(judul, "judul");
		catatan = catatan == null ? "" : catatan;
		tema = List.copyOf(tema);
		tag = List.copyOf(tag);
		Objects.requireNonNull(satuData, "satuData");
		Objects.requireNonNull(sumber, "sumber");
		if ((sumber == SumberDataset.MODUL) != (kodeModul != null)) {
			throw new IllegalArgumentException("a module's dataset names its DataTerbuka code, an upload does not");
		}
	}
}
