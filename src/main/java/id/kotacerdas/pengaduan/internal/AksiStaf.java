package id.kotacerdas.pengaduan.internal;

import id.kotacerdas.pengaduan.StatusPengaduan;

/**
 * What a staff member can do to a report from its page.
 *
 * @param ke the status the action leads to, or null for a reply or an internal note (the status stays)
 */
enum AksiStaf {

	VERIFIKASI(StatusPengaduan.DIVERIFIKASI), PROSES(StatusPengaduan.DIPROSES), SELESAI(StatusPengaduan.SELESAI),
	TOLAK(StatusPengaduan.DITOLAK), BUKAN_WEWENANG(StatusPengaduan.BUKAN_WEWENANG), BALAS(null), CATATAN(null);

	private final StatusPengaduan ke;

	AksiStaf(StatusPengaduan ke) {
		this.ke = ke;
	}

	public StatusPengaduan ke() {
		return ke;
	}

	public String kodePesan() {
		return "staf.aksi." + name();
	}
}
