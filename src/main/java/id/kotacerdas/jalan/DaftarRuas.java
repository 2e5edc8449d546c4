package id.kotacerdas.jalan;

import java.util.List;
import java.util.Optional;

/** The road segments, for modules that refer to them (a street light stands along one). */
public interface DaftarRuas {

	/** The segment with this code, any case; empty when there is none. */
	Optional<RuasJalan> cari(String kode);

	/** All segments, by name. */
	List<RuasJalan> semua();
}
