package id.kotacerdas.dokumen;

/** Which signature a kind of document carries; the verification page says it in words. */
public enum JenisTandaTangan {
	/** PAdES with the city's certificate from its keystore (a self-signed one until the city configures its own). */
	LOKAL,
	/** The national BSrE service (BSSN), API v2, by the signer's NIK and passphrase. */
	BSRE,
	/** No electronic signature: the QR and the stored SHA-256 alone. */
	TANPA
}
