package id.kotacerdas.audit;

/** Records a state change made by staff. Call it inside the transaction that makes the change. */
public interface AuditLog {

	/**
	 * @param aksi what was done, e.g. {@code pengguna.dibuat}
	 * @param jenisObjek the kind of thing changed, e.g. {@code pengguna}
	 * @param idObjek its id
	 * @param sebelum its state before (any object serialisable to JSON; null when created)
	 * @param sesudah its state after (null when deleted)
	 */
	void catat(String aksi, String jenisObjek, String idObjek, Object sebelum, Object sesudah);
}
