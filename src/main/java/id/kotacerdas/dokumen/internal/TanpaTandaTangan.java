package id.kotacerdas.dokumen.internal;

import id.kotacerdas.dokumen.JenisTandaTangan;

/** A kind issued without an electronic signature: the QR code and the stored SHA-256 alone vouch for it. */
final class TanpaTandaTangan implements PenandaTangan {

	@Override
	public JenisTandaTangan jenis() {
		return JenisTandaTangan.TANPA;
	}

	@Override
	public byte[] tandatangani(byte[] pdf, Permintaan permintaan) {
		return pdf;
	}
}
