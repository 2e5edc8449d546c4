package id.kotacerdas.wifi.internal;

import java.time.Clock;
import java.util.List;

import id.kotacerdas.platform.ElemenKotaCerdas;
import id.kotacerdas.platform.Indikator;
import id.kotacerdas.platform.Periode;

/**
 * Smart Living: the share of public-service places with working Wi-Fi over the period ({@link CakupanWifi}), the city's
 * own measure for the mayor's "Wi-Fi at every public-service place" and its answer to ISO 37122's municipally
 * provided Internet connectivity (which ISO counts by city area; see docs/wifi.md). City-wide only.
 */
record IndikatorWifi(Definisi definisi, CakupanWifi cakupan, Clock clock) implements Indikator {

	IndikatorWifi(CakupanWifi cakupan, Clock clock) {
		this(new Definisi("wifi.cakupan-tempat-layanan", "wifi.indikator.cakupan.nama", ElemenKotaCerdas.POLA_HIDUP, Satuan.PERSEN,
				Arah.NAIK_LEBIH_BAIK, "wifi.indikator.cakupan.rumus", new Sumber("wifi", "wifi.indikator.cakupan.sumber")), cakupan, clock);
	}

	@Override
	public Hasil hitung(Periode periode) {
		CakupanWifi.Hasil h = cakupan.hitung(periode.mulai(), periode.selesai());
		return new Hasil(definisi.kode(), periode, Nilai.persen(h.berfungsi(), h.jumlah(), h.jumlahHotspot()), List.of(), clock.instant());
	}
}
