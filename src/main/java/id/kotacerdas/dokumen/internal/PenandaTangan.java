package id.kotacerdas.dokumen.internal;

import id.kotacerdas.dokumen.JenisTandaTangan;

/** The signer port: turns a rendered PDF into a signed one. One implementation per {@link JenisTandaTangan}. */
interface PenandaTangan {

	JenisTandaTangan jenis();

	/**
	 * @return the signed PDF
	 * @throws id.kotacerdas.platform.PermintaanDitolakException when the signer refuses (422, e.g. a wrong passphrase) or is unreachable (503)
	 */
	byte[] tandatangani(byte[] pdf, Permintaan permintaan);

	/**
	 * @param nama the signer's name (in the signature's dictionary)
	 * @param nik the signer's NIK (BSrE signs by it), or null
	 * @param sandi the signer's BSrE passphrase, or null
	 * @param lokasi where it is signed (the city)
	 * @param alasan why (the document's title and number)
	 * @param qrPng the verification QR code, for a visible signature
	 */
	record Permintaan(String nama, String nik, String sandi, String lokasi, String alasan, byte[] qrPng) {

		@Override
		public String toString() {
			return "Permintaan[" + nama + ", " + alasan + "]";
		}
	}
}
