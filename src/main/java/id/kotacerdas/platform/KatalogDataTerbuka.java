package id.kotacerdas.platform;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The city's defaults for the datasets it publishes ({@link DataTerbuka}): one licence and one
 * publisher unless a dataset says otherwise, and the city as the place every dataset covers.
 *
 * @param lisensi CKAN {@code license_id} of the published data
 * @param walidata short name of the agency that publishes the city's data (Satu Data's walidata)
 */
@ConfigurationProperties("kc.data-terbuka")
public record KatalogDataTerbuka(@DefaultValue("CC-BY-4.0") String lisensi, @DefaultValue("Dinas Kominfo") String walidata) {

	/** Metadata with the city's licence, publisher and Kemendagri code. */
	public DataTerbuka.Metadata metadata(KotaProperties kota, String kode, String kodeJudul, String kodeKeterangan, List<String> kataKunci,
			ElemenKotaCerdas tema, DataTerbuka.Frekuensi frekuensi, List<DataTerbuka.Kolom> kolom) {
		return new DataTerbuka.Metadata(kode, kodeJudul, kodeKeterangan, kataKunci, tema, frekuensi, lisensi, walidata, kota.kode(), kolom);
	}
}
