package id.kotacerdas.wifi.internal;

import java.time.Instant;
import java.util.List;

import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.geojson.GeoJsonReader;
import org.springframework.stereotype.Service;

import id.kotacerdas.wilayah.Wilayah;

/**
 * ISO 37122's area-based Wi-Fi coverage: the share of the city's area (the union of the region register's kelurahan
 * boundaries) within {@code kc.wifi.jangkauan-m} of a hotspot that was working Wi-Fi over the period — in service,
 * monitored and up at least {@code kc.wifi.ambang-berfungsi} percent ({@link CakupanWifi#berfungsi}). See
 * {@link LuasJangkauan} for the geometry and its projection.
 */
@Service
class CakupanWilayahWifi {

	private final CakupanWifi cakupan;

	private final WifiProperties properti;

	/** The city's boundary does not change while the application runs: projected and unioned once. */
	private final LuasJangkauan luas;

	CakupanWilayahWifi(CakupanWifi cakupan, WifiProperties properti, Wilayah wilayah) {
		this.cakupan = cakupan;
		this.properti = properti;
		try {
			this.luas = new LuasJangkauan(new GeoJsonReader().read(wilayah.kelurahanGeoJson()));
		}
		catch (ParseException e) {
			throw new IllegalStateException("The region register's kelurahan boundaries are not GeoJSON", e);
		}
	}

	LuasJangkauan.Hasil hitung(Instant dari, Instant sampai) {
		List<double[]> titik = cakupan.berfungsi(dari, sampai).stream().map(h -> new double[] { h.lat(), h.lon() }).toList();
		return luas.hitung(titik, properti.jangkauanM());
	}
}
