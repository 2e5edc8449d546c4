package id.kotacerdas.opd;

import java.util.List;
import java.util.Optional;

/** The module's API: read access to the agencies. */
public interface DaftarOpd {

	/**
	 * The {@link id.kotacerdas.platform.Siaran} topic every instance hears when {@code opd.opd} changed (a trigger of
	 * the table sends it when the change commits): for modules that keep agency names in memory.
	 */
	String SIARAN = "opd.opd";

	List<Opd> semua();

	Optional<Opd> cari(long id);

	/** By short name, case-insensitive, e.g. {@code DLHK}; how seed data refers to agencies. */
	Optional<Opd> cariSingkatan(String singkatan);
}
