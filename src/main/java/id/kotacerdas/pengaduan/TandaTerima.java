package id.kotacerdas.pengaduan;

import java.time.Instant;

/**
 * What the reporter gets back.
 *
 * @param nomor the public tracking number, e.g. {@code KPG-2026-000123}
 * @param tokenTindakLanjut the secret of the private follow-up link; shown once, stored hashed
 */
public record TandaTerima(String nomor, String tokenTindakLanjut, Instant tenggatSelesai) {

	/** The site path of the private follow-up page, for links sent to the reporter. */
	public static String jalurTindakLanjut(String token) {
		return "/pengaduan/tindak-lanjut/" + token;
	}
}
