package id.kotacerdas.jalan.internal;

import id.kotacerdas.platform.ElemenKotaCerdas;
import id.kotacerdas.platform.LapisanPeta;

/** City roads by their latest condition class, for the masterplan map. */
record LapisanJalan(String kode, String kodeNama, ElemenKotaCerdas elemen, String url) implements LapisanPeta {

	LapisanJalan() {
		this("jalan.kondisi", "jalan.lapisan.kondisi", ElemenKotaCerdas.TRANSPORTASI, "/jalan/peta.json");
	}
}
