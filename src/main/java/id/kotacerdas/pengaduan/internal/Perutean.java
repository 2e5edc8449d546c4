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

	/**
	 * An address text alone (as Open311 clients may send) cannot be placed in a kelurahan: the
	 * report then goes to the agency's default team, which reads the address.
	 */
	Rute rute(Long opdId, Double lat, Double lon, String kelurahanKode, String alamat) {
		boolean tanpaTempat = (lat == null || lon == null) && (kelurahanKode == null || kelurahanKode.isBlank());
		if (tanpaTempat && alamat != null && alamat.strip().length() >= 5) {
			return keTim(opdId, null);
		}
		return keTim(opdId, tempat(lat, lon, kelurahanKode));
	}

	Rute keTim(Long opdId, Kelurahan kelurahan) {
		String kelurahanKode = kelurahan == null ? null : kelurahan.kode();
		String kecamatanKode = kelurahan == null ? null : kelurahan.kecamatan().kode();
		// the akun module's sets do not take null lookups
		Long timId = opdId == null ? null
				: akun.timUntuk(opdId, kelurahanKode == null ? "" : kelurahanKode, kecamatanKode == null ? "" : kecamatanKode)
					.map(TimTrc::id).orElse(null);
		return new Rute(opdId, kelurahanKode, kecamatanKode, timId);
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
