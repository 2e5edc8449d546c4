package id.kotacerdas.wifi.internal;

import java.time.Clock;
import java.util.List;

import id.kotacerdas.platform.ElemenKotaCerdas;
import id.kotacerdas.platform.Indikator;
import id.kotacerdas.platform.Periode;

/**
 * ISO 37122:2019 indicator 18.3, "percentage of city area covered by municipally provided Internet connectivity", counted as ISO does, by city area: the
 * square metres of the city within reach of working public Wi-Fi, of the city's square metres ({@link CakupanWilayahWifi}).
 * The place-based {@link IndikatorWifi} stays the city's own measure.
 */
record IndikatorWilayahWifi(Definisi definisi, CakupanWilayahWifi cakupan, Clock clock) implements Indikator {

	IndikatorWilayahWifi(CakupanWilayahWifi cakupan, Clock clock) {
		this(new Definisi("wifi.cakupan-wilayah-kota", "wifi.indikator.wilayah.nama", ElemenKotaCerdas.POLA_HIDUP, Satuan.PERSEN,
				Arah.NAIK_LEBIH_BAIK, "wifi.indikator.wilayah.rumus", new Sumber("wifi", "wifi.indikator.wilayah.sumber")), cakupan, clock);
	}

	@Override
	public Hasil hitung(Periode periode) {
		LuasJangkauan.Hasil h = cakupan.hitung(periode.mulai(), periode.selesai());
		return new Hasil(definisi.kode(), periode, Nilai.persen(Math.round(h.terjangkauM2()), Math.round(h.wilayahM2()), h.titik()), List.of(),
				clock.instant());
	}
}
