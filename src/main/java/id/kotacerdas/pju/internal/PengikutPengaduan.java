package id.kotacerdas.pju.internal;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import id.kotacerdas.pengaduan.StatusPengaduanBerubah;

/** A pole's status follows the complaints about it (rules: {@link Tiang#dariPengaduan}). */
@Component
class PengikutPengaduan {

	private final TiangRepository repo;

	PengikutPengaduan(TiangRepository repo) {
		this.repo = repo;
	}

	@ApplicationModuleListener
	void berubah(StatusPengaduanBerubah e) {
		if (!AsetPju.KODE.equals(e.asetJenis())) {
			return;
		}
		repo.kunci(e.asetId()).ifPresent(t -> {
			Tiang.Perubahan p = t.dariPengaduan(e.nomor(), e.ke());
			if (p != null) {
				repo.terapkan(t.kode(), p, e.nomor(), null, e.waktu());
			}
		});
	}
}
