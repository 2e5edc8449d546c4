package id.kotacerdas.wifi.internal;

import java.time.Instant;

import id.kotacerdas.pengaduan.StatusPengaduan;

/**
 * A public hotspot as registered.
 *
 * @param biayaBulanan what the city pays the ISP a month, whole rupiah
 * @param tempatLayanan code of the configured public-service place it serves, or null
 * @param nasId the router's NAS-Identifier in RADIUS and captive-portal exports, or null
 * @param alamatProbe where the active probe connects ({@code tcp://host:port}, {@code http(s)://…}), or null
 * @param adaToken whether a heartbeat token was issued
 * @param dipantauSejak since when its health is measured, null while it is not
 * @param laporanGangguan the number of the complaint that marked it out of order, or null
 */
record Hotspot(long id, String nama, JenisTempat jenisTempat, String kelurahanKode, double lat, double lon, String isp, String ssid,
		int bandwidthMbps, long biayaBulanan, JamOperasional jam, StatusHotspot status, String tempatLayanan, String nasId, String alamatProbe,
		boolean adaToken, Instant dipantauSejak, Instant peringatanMati, String laporanGangguan) {

	boolean dipantau() {
		return dipantauSejak != null;
	}

	/** The registry status a complaint's move leaves, and the report that holds it; null when nothing changes. */
	record Perubahan(StatusHotspot status, String laporan) {
	}

	/**
	 * Follows a complaint "Wi-Fi mati" about this hotspot: accepted (or re-opened), it is out of order while the report
	 * is open; resolved with an evidence photo (the complaint module requires one), it is back in service; refused or
	 * handed on, what that report set is undone. A withdrawn hotspot stays withdrawn.
	 */
	Perubahan dariPengaduan(String nomor, StatusPengaduan ke) {
		if (status == StatusHotspot.NONAKTIF) {
			return null;
		}
		return switch (ke) {
			case DIVERIFIKASI, DIPROSES, DIBUKA_KEMBALI -> laporanGangguan != null ? null : new Perubahan(StatusHotspot.GANGGUAN, nomor);
			case SELESAI -> status == StatusHotspot.GANGGUAN && (laporanGangguan == null || laporanGangguan.equals(nomor))
					? new Perubahan(StatusHotspot.AKTIF, null) : null;
			case DITOLAK, BUKAN_WEWENANG -> nomor.equals(laporanGangguan) ? new Perubahan(StatusHotspot.AKTIF, null) : null;
			case BARU, DITUTUP -> null;
		};
	}

	/** Free Wi-Fi a citizen may look for: withdrawn hotspots are not shown. */
	boolean tampilPublik() {
		return status != StatusHotspot.NONAKTIF;
	}
}
