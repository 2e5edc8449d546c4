package id.kotacerdas.wifi.internal;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;

import id.kotacerdas.pengaduan.Aset;
import id.kotacerdas.pengaduan.JenisAset;
import id.kotacerdas.platform.JarakBumi;

/**
 * Hotspots as city assets a complaint can name ("Wi-Fi publik mati"): by the id printed on the hotspot's notice,
 * {@code WIFI-7} (or just {@code 7}), or picked near the citizen's pin. Withdrawn hotspots are not offered.
 */
@Component
class AsetWifi implements JenisAset {

	static final String KODE = "wifi";

	private static final Pattern ID = Pattern.compile("(?:WIFI-?)?0*(\\d{1,12})");

	private final HotspotRepository repo;

	AsetWifi(HotspotRepository repo) {
		this.repo = repo;
	}

	/** The id people see: {@code WIFI-7}. */
	static String idAset(long id) {
		return "WIFI-" + id;
	}

	/** The hotspot's id from what a citizen typed or scanned; empty when it is no hotspot id. */
	static Optional<Long> idHotspot(String idAset) {
		Matcher m = ID.matcher(idAset.strip().toUpperCase(Locale.ROOT));
		return m.matches() ? Optional.of(Long.parseLong(m.group(1))) : Optional.empty();
	}

	@Override
	public String kode() {
		return KODE;
	}

	@Override
	public String kodeNama() {
		return "wifi.aset.nama";
	}

	@Override
	public Optional<Aset> cari(String id) {
		return idHotspot(id).flatMap(repo::cari).filter(Hotspot::tampilPublik).map(AsetWifi::aset);
	}

	@Override
	public List<Aset> terdekat(double lat, double lon, int batas) {
		return repo.semua().stream().filter(Hotspot::tampilPublik)
			.sorted(Comparator.comparingDouble(h -> JarakBumi.meter(lat, lon, h.lat(), h.lon()))).limit(batas).map(AsetWifi::aset).toList();
	}

	@Override
	public String tautanStaf(String id) {
		return idHotspot(id).map(h -> "/staf/wifi/" + h).orElse(null);
	}

	private static Aset aset(Hotspot h) {
		return new Aset(KODE, idAset(h.id()), h.nama(), h.lat(), h.lon());
	}
}
