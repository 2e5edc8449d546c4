package id.kotacerdas.wifi.internal;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of {@code kc.wifi}.
 *
 * @param slot the health's resolution: a hotspot is up in a slot when a heartbeat or a probe succeeded in it; the
 * routers' heartbeat interval should be no longer
 * @param ambangMati down longer than this (no sign of life) sends the alert
 * @param ambangBerfungsi the uptime in percent from which a hotspot counts as working Wi-Fi for coverage
 * @param penerimaPeringatan e-mail addresses of the network team that hears of outages
 * @param probe active probing of hotspots with a probe address
 * @param tempatLayanan public-service places besides every kantor kelurahan (parks, beaches, markets, hospitals)
 * @param jangkauanM how far a hotspot reaches, in metres, for the area coverage (an outdoor access point's usable
 * range; 100 m unless set)
 */
@ConfigurationProperties("kc.wifi")
record WifiProperties(Duration slot, Duration ambangMati, int ambangBerfungsi, List<String> penerimaPeringatan, Probe probe,
		List<TempatLayanan> tempatLayanan, int jangkauanM) {

	WifiProperties {
		slot = slot == null ? Duration.ofMinutes(5) : slot;
		ambangMati = ambangMati == null ? Duration.ofHours(2) : ambangMati;
		ambangBerfungsi = ambangBerfungsi == 0 ? 90 : ambangBerfungsi;
		penerimaPeringatan = penerimaPeringatan == null ? List.of() : List.copyOf(penerimaPeringatan);
		probe = probe == null ? new Probe(true, Duration.ofSeconds(3)) : probe;
		tempatLayanan = tempatLayanan == null ? List.of() : List.copyOf(tempatLayanan);
		jangkauanM = jangkauanM == 0 ? 100 : jangkauanM;
		if (slot.toSeconds() < 60 || Duration.ofHours(1).toSeconds() % slot.toSeconds() != 0) {
			throw new IllegalArgumentException("kc.wifi.slot must divide an hour and be at least a minute: " + slot);
		}
		if (jangkauanM < 1) {
			throw new IllegalArgumentException("kc.wifi.jangkauan-m is a distance in metres: " + jangkauanM);
		}
		if (ambangBerfungsi < 1 || ambangBerfungsi > 100) {
			throw new IllegalArgumentException("kc.wifi.ambang-berfungsi is a percentage: " + ambangBerfungsi);
		}
	}

	/** @param aktif whether the scheduled probe runs; @param batasWaktu how long one connection may take */
	record Probe(boolean aktif, Duration batasWaktu) {
	}

	/** @param kode stable code a hotspot names; @param nama the place as people call it; @param kelurahan its Kemendagri code */
	record TempatLayanan(String kode, String nama, String kelurahan) {
	}
}
