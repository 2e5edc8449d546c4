package id.kotacerdas.akun;

import java.util.Optional;

/** Verifies machine API keys (issued and revoked by administrators, stored hashed). */
public interface KunciApi {

	/** The key's holder if the key exists, is not revoked and carries {@code scope}. */
	Optional<PemegangKunci> periksa(String kunci, String scope);

	/** @param id the key's id, stable across its life (for rate limits and audit) */
	record PemegangKunci(long id, String nama) {
	}
}
