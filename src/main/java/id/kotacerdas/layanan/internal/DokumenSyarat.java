package id.kotacerdas.layanan.internal;

import java.util.Locale;

/**
 * A document the applicant uploads (the "persyaratan" of the standard that is a paper): a photo,
 * a PDF, or either.
 */
record DokumenSyarat(String kode, String nama, Jenis jenis, boolean wajib) {

	enum Jenis {
		FOTO, PDF, FOTO_ATAU_PDF;

		public String kodePesan() {
			return "layanan.jenis-dokumen." + name().toLowerCase(Locale.ROOT).replace('_', '-');
		}

		/** What the file input accepts. */
		public String terima() {
			return switch (this) {
				case FOTO -> "image/jpeg,image/png,image/webp";
				case PDF -> "application/pdf";
				case FOTO_ATAU_PDF -> "image/jpeg,image/png,image/webp,application/pdf";
			};
		}
	}
}
