package id.kotacerdas.permohonan;

import java.util.Optional;

/**
 * A consumer module's own counter form for its flows (its form answers and documents, which the
 * engine's generic counter page cannot take). The engine's counter page links there instead of
 * offering the flow itself, and refuses to file such a flow without its form.
 */
public interface FormulirLoket {

	/** The address within the site of the counter form for this flow, or empty when the bean does not own it. */
	Optional<String> alamat(String alurKode);
}
