package id.kotacerdas.satudata.internal.unggah;

import id.kotacerdas.platform.PermintaanDitolakException;

/** An upload refused (400), with everything the dry run found; nothing was stored. */
public class UnggahanDitolakException extends PermintaanDitolakException {

	private static final long serialVersionUID = 1L;

	private final transient LayananUnggahan.Pemeriksaan pemeriksaan;

	UnggahanDitolakException(LayananUnggahan.Pemeriksaan pemeriksaan) {
		super("satudata-portal.unggah.ditolak");
		this.pemeriksaan = pemeriksaan;
	}

	public LayananUnggahan.Pemeriksaan pemeriksaan() {
		return pemeriksaan;
	}
}
