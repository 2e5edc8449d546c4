package id.kotacerdas.dokumen;

import java.time.LocalDate;
import java.util.Map;

/**
 * A document to issue.
 *
 * @param jenisKode its kind ({@link JenisDokumenBaru#kode()})
 * @param klasifikasi the archive classification code of the register (e.g. {@code 470} for population letters)
 * @param unit the issuing unit's code in the number (e.g. {@code Kel.NK-II}); with the classification and year it names the register
 * @param namaUnit the unit's name in the letterhead (e.g. "Kelurahan Naikoten II"), or null
 * @param opdId the issuing agency: its staff may revoke it
 * @param pemegang whose document it is
 * @param perihal its purpose, in words ("untuk melamar pekerjaan")
 * @param isian further data for the body, label → value, in the order given (a {@code LinkedHashMap})
 * @param berlakuSampai the last day it is valid, or null (no end)
 * @param penandaTangan who signs it, as printed
 * @param sandiBsre the signer's BSrE passphrase, used once and never stored; null unless the kind signs with BSrE
 * @param konsumenModul the issuing module
 * @param konsumenRef the module's own reference (one document per reference)
 */
public record DokumenBaru(String jenisKode, String klasifikasi, String unit, String namaUnit, Long opdId, Pemegang pemegang,
		String perihal, Map<String, String> isian, LocalDate berlakuSampai, PenandaTangan penandaTangan, String sandiBsre,
		String konsumenModul, String konsumenRef) {

	/** @param nik the holder's NIK (printed in full on the document, masked on the verification page) */
	public record Pemegang(String nik, String nama) {
	}

	/**
	 * @param nip the signer's NIP as printed, or null
	 * @param nik the signer's NIK, which BSrE signs by; null for a local signature
	 */
	public record PenandaTangan(String nama, String nip, String jabatan, String nik) {
	}

	@Override
	public String toString() {
		// the passphrase never reaches a log
		return "DokumenBaru[" + jenisKode + ", " + konsumenModul + "/" + konsumenRef + "]";
	}
}
