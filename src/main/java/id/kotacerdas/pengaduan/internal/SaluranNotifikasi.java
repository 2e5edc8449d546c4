package id.kotacerdas.pengaduan.internal;

/**
 * A way to reach a person (e-mail; an SMS or WhatsApp gateway later). Implementations throw
 * when delivery fails so the outbox retries.
 */
interface SaluranNotifikasi {

	/** The name of an SMS gateway's channel; none is built in yet, so such messages wait in the outbox. */
	String SMS = "sms";

	/** The outbox's name for this channel, e.g. {@code email}. */
	String nama();

	void kirim(String tujuan, String subjek, String isi) throws Exception;

	/** Whether the channel is configured; messages for a channel that is not wait in the outbox untouched. */
	default boolean siap() {
		return true;
	}
}
