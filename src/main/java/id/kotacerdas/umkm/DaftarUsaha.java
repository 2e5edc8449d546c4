package id.kotacerdas.umkm;

import java.util.Optional;

/**
 * Read access to the registry for other modules (training ties a participant to their business): a live business
 * (active or waiting for verification) by its owner's NIK or mobile number, the most recent one when there are several.
 */
public interface DaftarUsaha {

	Optional<Usaha> cariNik(String nik);

	/** @param ponsel a mobile number as the registry keeps it, {@code 08…} */
	Optional<Usaha> cariPonsel(String ponsel);

	/** @param kelurahanKode the kelurahan of the business (from its pin) */
	record Usaha(long id, String nama, String nik, String kelurahanKode) {
	}
}
