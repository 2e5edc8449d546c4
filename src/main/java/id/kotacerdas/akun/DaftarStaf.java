package id.kotacerdas.akun;

import java.util.Optional;

/** A staff account by its id, for a module that recorded who acted (e.g. the official who approved, as a document's signer). */
public interface DaftarStaf {

	/** The account (active or not), or empty for an unknown id. */
	Optional<Staf> cari(long id);
}
