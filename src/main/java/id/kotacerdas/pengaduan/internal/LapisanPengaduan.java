package id.kotacerdas.pengaduan.internal;

import id.kotacerdas.platform.ElemenKotaCerdas;
import id.kotacerdas.platform.LapisanPeta;

/** Public reports of this year per kelurahan, at the kelurahan's centre, for the masterplan map. */
record LapisanPengaduan(String kode, String kodeNama, ElemenKotaCerdas elemen, String url) implements LapisanPeta {

	LapisanPengaduan() {
		this("pengaduan.per-kelurahan", "pengaduan.lapisan.per-kelurahan", ElemenKotaCerdas.PELAYANAN_PUBLIK, PetaKelurahanController.URL);
	}
}
