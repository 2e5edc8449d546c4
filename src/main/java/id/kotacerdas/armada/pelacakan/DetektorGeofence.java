package id.kotacerdas.armada.pelacakan;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import id.kotacerdas.armada.geofence.Geofence;
import id.kotacerdas.armada.geofence.LayananGeofence;
import id.kotacerdas.armada.geofence.PetaGeofence;
import id.kotacerdas.platform.Waktu;

/**
 * Enter/exit detection. The writer only hands over each vehicle's newest committed position per
 * batch; once a second they are tested against the geofence index here, off the writer thread,
 * and every change of the set of geofences a vehicle is in is stored as an event.
 */
@Component
public class DetektorGeofence implements PendengarPosisi {

	enum JenisPeristiwa {
		MASUK, KELUAR
	}

	record Peristiwa(long kendaraanId, long geofenceId, String geofenceNama, JenisPeristiwa jenis, Instant waktu, double lat, double lon) {
	}

	private final Queue<Posisi> antrean = new ConcurrentLinkedQueue<>();

	/** The geofences each vehicle is in, as last evaluated (loaded from its events on first sight). */
	private final Map<Long, Set<Long>> diDalam = new HashMap<>();

	private final Map<Long, Instant> waktuTerakhir = new HashMap<>();

	private final LayananGeofence geofence;

	private final PeristiwaGeofenceRepository repo;

	DetektorGeofence(LayananGeofence geofence, PeristiwaGeofenceRepository repo) {
		this.geofence = geofence;
		this.repo = repo;
	}

	@Override
	public void tersimpan(List<Posisi> posisi) {
		antrean.addAll(posisi);
	}

	@Scheduled(fixedDelayString = "${kc.armada.interval-geofence:1s}")
	@Transactional
	public synchronized void olah() {
		PetaGeofence peta = geofence.peta();
		List<Peristiwa> baru = new ArrayList<>();
		for (Posisi p = antrean.poll(); p != null; p = antrean.poll()) {
			baru.addAll(nilai(peta, p));
		}
		baru.forEach(repo::tambah);
	}

	/** The events one position causes, updating what the vehicle is in. */
	private List<Peristiwa> nilai(PetaGeofence peta, Posisi p) {
		Instant sebelumnya = waktuTerakhir.get(p.kendaraanId());
		if (!p.valid() || (sebelumnya != null && !p.waktu().isAfter(sebelumnya))) {
			return List.of();
		}
		waktuTerakhir.put(p.kendaraanId(), p.waktu());
		Set<Long> lama = diDalam.computeIfAbsent(p.kendaraanId(), repo::diDalam);
		Set<Long> kini = new HashSet<>();
		List<Peristiwa> baru = new ArrayList<>();
		for (Geofence g : peta.memuat(p.lat(), p.lon())) {
			kini.add(g.id());
			if (!lama.contains(g.id())) {
				baru.add(new Peristiwa(p.kendaraanId(), g.id(), g.nama(), JenisPeristiwa.MASUK, p.waktu(), p.lat(), p.lon()));
			}
		}
		for (Long id : lama) {
			if (!kini.contains(id)) {
				// a deleted geofence is left silently: the vehicle did not drive out of it
				geofence.cari(id).ifPresent(g -> baru.add(
						new Peristiwa(p.kendaraanId(), id, g.nama(), JenisPeristiwa.KELUAR, p.waktu(), p.lat(), p.lon())));
			}
		}
		diDalam.put(p.kendaraanId(), kini);
		return baru;
	}

	/** A vehicle's events on one day (WITA), in time order. */
	List<Peristiwa> peristiwa(long kendaraanId, LocalDate hari) {
		return repo.antara(kendaraanId, hari.atStartOfDay(Waktu.WITA).toInstant(), hari.plusDays(1).atStartOfDay(Waktu.WITA).toInstant());
	}
}
