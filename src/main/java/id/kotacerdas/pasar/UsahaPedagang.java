package id.kotacerdas.pasar;

import java.util.Optional;

/**
 * Extension point: a module that knows a trader's business (the UMKM registry) names it on the stall's page. The
 * stall page shows the name, and links it where {@code url} is given (only a business listed publicly).
 */
public interface UsahaPedagang {

	/** A business of this trader's NIK, if one is registered and active. */
	Optional<Terkait> untukNik(String nik);

	/** @param url the business's public page, or null when it is not in the public directory */
	record Terkait(String nama, String url) {
	}
}
