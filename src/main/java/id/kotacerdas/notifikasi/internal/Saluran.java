package id.kotacerdas.notifikasi.internal;

/** A way to reach a person. Implementations throw when delivery fails, so the sender records the attempt and retries. */
interface Saluran {

	/** The outbox's name for this channel, e.g. {@code email}. */
	String nama();

	void kirim(String tujuan, String subjek, String isi) throws Exception;

	/** Whether the channel is configured; messages for a channel that is not wait in the outbox untouched. */
	default boolean siap() {
		return true;
	}
}
