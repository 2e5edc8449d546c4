package id.kotacerdas.opd;

import java.util.List;
import java.util.Optional;

/** The module's API: read access to the agencies. */
public interface DaftarOpd {

	List<Opd> semua();

	Optional<Opd> cari(long id);

	/** By short name, case-insensitive, e.g. {@code DLHK}; how seed data refers to agencies. */
	Optional<Opd> cariSingkatan(String singkatan);
}
