package id.kotacerdas.umkm.internal;

import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;

/**
 * A certificate of the business: home-industry food permit (PIRT), halal, BPOM, SNI or a registered brand.
 *
 * @param berlakuSampai the last day it is valid, or null (a halal certificate of a micro business does not lapse)
 * @param berkasId the scan (a PDF through berkas), or null
 */
record Sertifikat(long id, Jenis jenis, String nomor, LocalDate berlakuSampai, UUID berkasId) {

	enum Jenis {

		PIRT, HALAL, BPOM, SNI, MEREK;

		public String kodePesan() {
			return "umkm.sertifikat." + name().toLowerCase(Locale.ROOT);
		}
	}
}
