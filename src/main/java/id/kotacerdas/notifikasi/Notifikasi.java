package id.kotacerdas.notifikasi;

import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Queues messages and tells what became of them. A message is written in the caller's
 * transaction, so it goes out if and only if the change it reports commits; its text is rendered
 * in the recipient's language when it is sent, and its parameters (which may hold a private link)
 * are erased once it is delivered. A message still undelivered after {@code kc.notifikasi.umur-pesan-maks}
 * is deleted.
 */
public interface Notifikasi {

	/** The e-mail channel (SMTP). */
	String EMAIL = "email";

	/** The channel for phone numbers: the HTTP gateway a city names {@code sms}, whether it delivers by SMS or WhatsApp. */
	String SMS = "sms";

	/** The WhatsApp Business Platform (Cloud API) channel, contributed by the {@code whatsapp} module when it is configured. */
	String WHATSAPP = "whatsapp";

	/**
	 * Queues a message in the caller's transaction, which must exist (else
	 * {@link org.springframework.transaction.IllegalTransactionStateException}). A blank recipient
	 * queues nothing (a reporter without e-mail): the answer is then empty, else the message's id.
	 *
	 * @throws IllegalArgumentException when the template has no subject and body in the bundles
	 */
	OptionalLong antre(Pesan pesan);

	/** A message with its delivery record; empty once it was deleted as undeliverable. */
	Optional<StatusPesan> status(long id);

	/** The messages to a recipient on a channel, oldest first, with their delivery records. */
	List<StatusPesan> untuk(String saluran, String tujuan);

	/**
	 * The text a message gets when it is sent, rendered now in its recipient's language; empty
	 * once it was delivered (its parameters are erased then) or deleted.
	 */
	Optional<TeksPesan> teks(long id);

	/** Whether this instance can deliver on the channel (a configured one, or the development log standing in). */
	boolean tersedia(String saluran);

	/** Sends what is due now, as the scheduled job does every {@code kc.notifikasi.interval-kirim}; answers how many attempts were made. */
	int kirimTertunda();

	/**
	 * Sends what is due to one recipient on one channel now, rather than at the next scheduled run
	 * (a chat's reply should not wait); what fails is retried as usual. Answers how many attempts were made.
	 */
	int kirimSekarang(String saluran, String tujuan);
}
