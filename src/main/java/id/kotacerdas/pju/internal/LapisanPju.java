package id.kotacerdas.pju.internal;

import id.kotacerdas.platform.ElemenKotaCerdas;
import id.kotacerdas.platform.LapisanPeta;

/** The dark and gone street lights for the masterplan map: each pole's status in words and the link to report it. */
record LapisanPju(String kode, String kodeNama, ElemenKotaCerdas elemen, String url) implements LapisanPeta {

	LapisanPju() {
		this("pju.padam", "pju.lapisan.padam", ElemenKotaCerdas.TRANSPORTASI, "/pju/peta.json?padam=true");
	}
}
