package id.kotacerdas.satudata;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import id.kotacerdas.platform.DataTerbuka.CakupanWaktu;

/**
 * A dataset of the catalogue (CKAN package, DCAT dataset).
 *
 * @param nama CKAN name: URL-safe, stable
 * @param catatan CKAN notes (description)
 * @param grup CKAN group names: masterplan elements, see {@link GrupData}
 * @param tag keywords, lower case
 * @param lisensi CKAN license_id
 * @param walidata the data custodian's short name
 * @param tanggalRilis when the walidata published it; null before
 * @param kodeModul the {@link id.kotacerdas.platform.DataTerbuka} code for a module's dataset, else null
 * @param cakupan the days the rows cover (DCAT temporal), null when unknown
 * @param dibuat CKAN metadata_created
 * @param diubah CKAN metadata_modified
 */
public record Dataset(UUID id, String nama, String judul, String catatan, Organisasi organisasi, List<String> grup, List<String> tag,
		String lisensi, MetadataSatuData satuData, String walidata, StatusDataset status, String catatanWalidata, Instant tanggalRilis,
		SumberDataset sumber, String kodeModul, CakupanWaktu cakupan, long jumlahUnduhan, Instant dibuat, Instant diubah,
		List<SumberDaya> sumberDaya) {

	public Dataset {
		grup = List.copyOf(grup);
		tag = List.copyOf(tag);
		sumberDaya = List.copyOf(sumberDaya);
	}

	public Optional<CakupanWaktu> cakupanWaktu() {
		return Optional.ofNullable(cakupan);
	}
}
