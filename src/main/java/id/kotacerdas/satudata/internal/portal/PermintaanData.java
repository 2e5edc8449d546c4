package id.kotacerdas.satudata.internal.portal;

import java.time.Instant;

/**
 * A request for data not yet published ("Minta data"), sent to Kominfo. The requester's name and contacts are
 * private: only Kominfo reads them, and each reading is audited.
 *
 * @param kode the tracking code given to the requester
 */
record PermintaanData(long id, String kode, String nama, String email, String telepon, String instansi, String dataDiminta,
		String keperluan, Instant dibuat) {
}
