package id.kotacerdas.satudata;

import java.util.Objects;

import id.kotacerdas.platform.DataTerbuka.Frekuensi;

/**
 * The Satu Data Indonesia metadata of a dataset beyond what CKAN has (it goes out as CKAN {@code extras} and DCAT
 * properties). All texts are as the producer wrote them; null where unknown.
 *
 * @param konsep the concept measured
 * @param definisi how it is defined and counted
 * @param klasifikasi the classification used (e.g. KBLI, the complaint categories)
 * @param satuan the unit of the values
 * @param kodeBps BPS reference code (statistical activity / variable)
 * @param kodeBappenas Bappenas reference code (e.g. the SDGs/RPJMN indicator)
 * @param tingkatWilayah the smallest area the rows are given for
 * @param kodeWilayah the Kemendagri code of the area covered (the city)
 * @param periode how often it is released (yearly, quarterly, monthly…)
 * @param jadwalRilis when in the period it is released, e.g. "setiap tanggal 5 bulan berikutnya"
 */
public record MetadataSatuData(String konsep, String definisi, String klasifikasi, String satuan, String kodeBps, String kodeBappenas,
		TingkatWilayah tingkatWilayah, String kodeWilayah, Frekuensi periode, String jadwalRilis) {

	public MetadataSatuData {
		Objects.requireNonNull(tingkatWilayah, "tingkatWilayah");
		Objects.requireNonNull(kodeWilayah, "kodeWilayah");
		Objects.requireNonNull(periode, "periode");
	}
}
