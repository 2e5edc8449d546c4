package id.kotacerdas.wifi.internal;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import id.kotacerdas.pengaduan.StatusPengaduanBerubah;

/** A hotspot's registry status follows the complaints about it (rules: {@link Hotspot#dariPengaduan}). */
@Component
class PengikutPengaduanWifi {

	private final HotspotRepository repo;

	PengikutPengaduanWifi(HotspotRepository repo) {
		this.repo = repo;
	}

	@ApplicationModuleListener
	void berubah(StatusPengaduanBerubah e) {
		if (!AsetWifi.KODE.equals(e.asetJenis())) {
			return;
		}
		AsetWifi.idHotspot(e.asetId()).flatMap(repo::kunci).ifPresent(h -> {
			Hotspot.Perubahan p = h.dariPengaduan(e.nomor(), e.ke());
			if (p != null) {
				repo.terapkan(h.id(), p, e.waktu());
			}
		});
	}
}
