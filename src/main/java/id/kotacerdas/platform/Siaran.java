package id.kotacerdas.platform;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Small messages to every instance of the application that shares this database, this one
 * included: "category 12 changed", "vehicle positions", "API key revoked". Several instances
 * behind a load balancer keep their in-memory state and their live pushes in step through it.
 *
 * <p>It runs on PostgreSQL {@code LISTEN/NOTIFY}: {@link #kirim} inside a transaction is delivered
 * only when that transaction commits (and never when it rolls back); outside one, at once. Each
 * instance listens on one dedicated connection of its own (not one of the pool's). Delivery is
 * at most once: when that connection is lost, messages sent meanwhile are missed, so after it is
 * back every subscriber's {@code muatUlang} runs and rebuilds what it keeps from the database.
 *
 * <p>Subscribers are called one after another on the listening thread: they must be quick (hand
 * longer work to an executor) and must not throw (a failure is logged and skipped).
 */
public class Siaran {

	/**
	 * PostgreSQL refuses a NOTIFY payload of 8000 bytes or more; a message's topic, one separator
	 * byte and its text (in UTF-8) count.
	 */
	public static final int BATAS_BYTE = 7999;

	private static final Logger log = LoggerFactory.getLogger(Siaran.class);

	private static final char PEMISAH = '\n';

	private final SaluranSiaran saluran;

	private final Map<String, List<Pelanggan>> pelanggan = new ConcurrentHashMap<>();

	Siaran(SaluranSiaran saluran) {
		this.saluran = saluran;
		saluran.sambungkan(this::terima, this::muatUlangSemua);
	}

	/**
	 * Sends {@code isi} on {@code topik} to every instance, within the caller's transaction if
	 * there is one.
	 *
	 * @throws IllegalArgumentException when the topic is blank or holds a line break, or topic and
	 *     text together exceed {@link #BATAS_BYTE} bytes in UTF-8
	 */
	public void kirim(String topik, String isi) {
		saluran.kirim(muatan(topik, isi));
	}

	/** Subscribes to a topic whose messages carry everything a subscriber needs (nothing to reload). */
	public void langgan(String topik, Consumer<String> penerima) {
		langgan(topik, penerima, () -> {
		});
	}

	/**
	 * Subscribes to a topic. {@code muatUlang} runs after the listening connection was lost and is
	 * back: messages of that gap are gone, so whatever the subscriber keeps must be read again.
	 */
	public void langgan(String topik, Consumer<String> penerima, Runnable muatUlang) {
		periksaTopik(topik);
		pelanggan.computeIfAbsent(topik, t -> new CopyOnWriteArrayList<>()).add(new Pelanggan(penerima, muatUlang));
	}

	/** Whether this instance is listening right now (false while its connection is being restored). */
	public boolean mendengar() {
		return saluran.mendengar();
	}

	static String muatan(String topik, String isi) {
		periksaTopik(topik);
		String muatan = topik + PEMISAH + isi;
		if (muatan.getBytes(StandardCharsets.UTF_8).length > BATAS_BYTE) {
			throw new IllegalArgumentException("Message on " + topik + " longer than " + BATAS_BYTE + " bytes");
		}
		return muatan;
	}

	private static void periksaTopik(String topik) {
		if (topik == null || topik.isBlank() || topik.indexOf(PEMISAH) >= 0) {
			throw new IllegalArgumentException("Topic must be a non-blank single line: " + topik);
		}
	}

	private void terima(String muatan) {
		int pisah = muatan.indexOf(PEMISAH);
		if (pisah < 0) {
			return;
		}
		List<Pelanggan> daftar = pelanggan.get(muatan.substring(0, pisah));
		if (daftar == null) {
			return;
		}
		String isi = muatan.substring(pisah + 1);
		for (Pelanggan p : daftar) {
			jalankan(() -> p.penerima().accept(isi));
		}
	}

	private void muatUlangSemua() {
		pelanggan.values().forEach(daftar -> daftar.forEach(p -> jalankan(p.muatUlang())));
	}

	private static void jalankan(Runnable tugas) {
		try {
			tugas.run();
		}
		catch (RuntimeException ex) {
			log.error("A subscriber of Siaran failed", ex);
		}
	}

	private record Pelanggan(Consumer<String> penerima, Runnable muatUlang) {
	}
}
