package id.kotacerdas.pengaduan.internal;

import org.springframework.stereotype.Component;

import id.kotacerdas.akun.AkunStaf;
import id.kotacerdas.akun.TimTrc;
import id.kotacerdas.pengaduan.Kategori;
import id.kotacerdas.platform.PermintaanDitolakException;
import id.kotacerdas.wilayah.Kelurahan;
import id.kotacerdas.wilayah.Wilayah;

/**
 * Decides who handles a report: the category decides the agency, the place decides the
 * kelurahan/kecamatan, and the agency's team covering that place takes it.
 */
@Component
class Perutean {

	record Rute(Long opdId, String kelurahanKode, String kecamatanKode, Long timId) {
	}

	private final Wilayah wilayah;

	private final AkunStaf akun;

	Perutean(Wilayah wilayah, AkunStaf akun) {
		this.wilayah = wilayah;
		this.akun = akun;
	}

	Rute rute(Kategori kategori, Double lat, Double lon, String kelurahanKode) {
		Kelurahan kelurahan = tempat(lat, lon, kelurahanKode);
		return keTim(kategori.opdId(), kelurahan);
	}

	Rute keTim(Long opdId, Kelurahan kelurahan) {
		String kecamatanKode = kelurahan.kecamatan().kode();
		Long timId = opdId == null ? null
				: akun.timUntuk(opdId, kelurahan.kode(), kecamatanKode).map(TimTrc::id).orElse(null);
		return new Rute(opdId, kelurahan.kode(), kecamatanKode, timId);
	}

	/** A pin wins over a chosen kelurahan: it is what the reporter pointed at. */
	Kelurahan tempat(Double lat, Double lon, String kelurahanKode) {
		if (lat != null && lon != null) {
			if (!Double.isFinite(lat) || !Double.isFinite(lon) || Math.abs(lat) > 90 || Math.abs(lon) > 180) {
				throw new PermintaanDitolakException("pengaduan.koordinat-tidak-valid");
			}
			return wilayah.temukan(lat, lon)
				.orElseThrow(() -> new PermintaanDitolakException("pengaduan.di-luar-kota"));
		}
		if (kelurahanKode != null && !kelurahanKode.isBlank()) {
			return wilayah.kelurahan(kelurahanKode.strip())
				.orElseThrow(() -> new PermintaanDitolakException("pengaduan.kelurahan-tidak-dikenal"));
		}
		throw new PermintaanDitolakException("pengaduan.lokasi-wajib");
	}
}
