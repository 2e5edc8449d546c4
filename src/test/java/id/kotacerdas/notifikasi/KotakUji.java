package id.kotacerdas.notifikasi;

import java.util.List;

/** The outbox as tests read it, through the API: what waits for a recipient, with the text it would be sent with. */
public final class KotakUji {

	/** A waiting message and its text. */
	public record Menunggu(StatusPesan status, TeksPesan teks) {
	}

	private KotakUji() {
	}

	/** The undelivered messages to {@code tujuan} on {@code saluran}, oldest first. */
	public static List<Menunggu> menunggu(Notifikasi notifikasi, String saluran, String tujuan) {
		return notifikasi.untuk(saluran, tujuan).stream()
			.flatMap(s -> notifikasi.teks(s.id()).map(t -> new Menunggu(s, t)).stream())
			.toList();
	}

	/** The text of the latest undelivered e-mail to {@code tujuan}. */
	public static TeksPesan emailTerakhir(Notifikasi notifikasi, String tujuan) {
		List<Menunggu> semua = menunggu(notifikasi, Notifikasi.EMAIL, tujuan);
		return semua.get(semua.size() - 1).teks();
	}

	/** The bodies of the undelivered e-mails to {@code tujuan} with this subject. */
	public static List<String> isiEmail(Notifikasi notifikasi, String tujuan, String subjek) {
		return menunggu(notifikasi, Notifikasi.EMAIL, tujuan).stream().filter(m -> m.teks().subjek().equals(subjek))
			.map(m -> m.teks().isi()).toList();
	}
}
