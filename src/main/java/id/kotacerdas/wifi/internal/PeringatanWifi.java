package id.kotacerdas.wifi.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.kotacerdas.notifikasi.Notifikasi;
import id.kotacerdas.notifikasi.Pesan;
import id.kotacerdas.platform.Waktu;

/**
 * Tells the network team when a monitored hotspot has been silent longer than {@code kc.wifi.ambang-mati}: once per
 * outage (a new sign of life after the alert starts a new one), queued through the outbox with the change it reports.
 */
@Service
class PeringatanWifi {

	private static final Logger log = LoggerFactory.getLogger(PeringatanWifi.class);

	private static final Locale BAHASA = Locale.forLanguageTag("id");

	private final HotspotRepository repo;

	private final KesehatanWifi kesehatan;

	private final Notifikasi notifikasi;

	private final WifiProperties properti;

	private final Clock clock;

	PeringatanWifi(HotspotRepository repo, KesehatanWifi kesehatan, Notifikasi notifikasi, WifiProperties properti, Clock clock) {
		this.repo = repo;
		this.kesehatan = kesehatan;
		this.notifikasi = notifikasi;
		this.properti = properti;
		this.clock = clock;
	}

	@Scheduled(fixedDelayString = "${kc.wifi.interval-periksa:PT5M}", initialDelayString = "PT1M")
	void jadwal() {
		int n = periksa();
		if (n > 0) {
			log.info("{} Wi-Fi outage alert(s) queued", n);
		}
	}

	/** Answers how many hotspots were newly reported down. */
	@Transactional
	int periksa() {
		Instant kini = clock.instant();
		Map<Long, Instant> terakhir = repo.hidupTerakhir();
		int n = 0;
		for (Hotspot h : repo.semua()) {
			if (h.status() == StatusHotspot.NONAKTIF) {
				continue;
			}
			KesehatanWifi.KeadaanKini k = kesehatan.keadaan(h, terakhir);
			boolean sudahDiberitahu = h.peringatanMati() != null && h.peringatanMati().isAfter(k.matiSejak() == null ? kini : k.matiSejak());
			if (k.keadaan() != KesehatanWifi.Keadaan.MATI || k.lamaMati(kini).compareTo(properti.ambangMati()) <= 0 || sudahDiberitahu) {
				continue;
			}
			// the mark first: an instance checking at the same moment finds it taken and sends nothing
			if (!repo.tandaiPeringatan(h.id(), h.peringatanMati(), kini)) {
				continue;
			}
			for (String tujuan : properti.penerimaPeringatan()) {
				notifikasi.antre(Pesan.email(tujuan.strip(), BAHASA, "wifi.peringatan-mati", h.nama(), k.lamaMati(kini).toHours(),
						Waktu.formatTanggalJam(k.matiSejak())));
			}
			n++;
		}
		return n;
	}
}
