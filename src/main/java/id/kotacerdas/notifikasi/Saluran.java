package id.kotacerdas.notifikasi;

/**
 * A way to reach a person: the channel SPI. A module contributes a channel as a bean of this type
 * (WhatsApp's Cloud API does); the outbox delivers the messages queued for its {@link #nama()}
 * through it. Implementations throw when delivery fails, so the sender records the attempt and retries.
 * A name must be unique across beans and configured gateways (start-up fails otherwise).
 */
public interface Saluran {

	/** The outbox's name for this channel, e.g. {@code email}. */
	String nama();

	void kirim(String tujuan, String subjek, String isi) throws Exception;

	/**
	 * As {@link #kirim(String, String, String)}, knowing the message's template: a channel that
	 * carries structured messages of its own (WhatsApp's buttons and lists) recognises them by it.
	 */
	default void kirim(String tujuan, String templat, String subjek, String isi) throws Exception {
		kirim(tujuan, subjek, isi);
	}

	/** Whether the channel is configured; messages for a channel that is not wait in the outbox untouched. */
	default boolean siap() {
		return true;
	}
}
