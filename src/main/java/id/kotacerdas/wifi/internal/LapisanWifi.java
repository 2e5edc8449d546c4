package id.kotacerdas.wifi.internal;

import id.kotacerdas.platform.ElemenKotaCerdas;
import id.kotacerdas.platform.LapisanPeta;

/** The public hotspots for the masterplan map, with {@link LapisanPeta}'s properties ({@code /wifi/peta.json} has its own). */
record LapisanWifi(String kode, String kodeNama, ElemenKotaCerdas elemen, String url) implements LapisanPeta {

	LapisanWifi() {
		this("wifi.titik", "wifi.lapisan.titik", ElemenKotaCerdas.POLA_HIDUP, LapisanWifiController.URL);
	}
}
