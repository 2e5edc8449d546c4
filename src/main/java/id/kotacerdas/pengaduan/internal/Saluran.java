package id.kotacerdas.pengaduan.internal;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

import id.kotacerdas.notifikasi.Notifikasi;

/**
 * Where a report came in ({@code pengaduan.saluran}), as staff see it in words and filter by it. A
 * report from a phone channel is answered on that channel: the outbox channel has the same name.
 */
enum Saluran {

	WEB("web"), APLIKASI("api"), OPEN311("open311"), WHATSAPP("whatsapp"), SMS(Notifikasi.SMS);

	private final String kode;

	Saluran(String kode) {
		this.kode = kode;
	}

	/** The stored value, and the worklist's {@code saluran} parameter. */
	public String kode() {
		return kode;
	}

	public String kodePesan() {
		return "saluran." + name().toLowerCase(Locale.ROOT);
	}

	/** Whether replies go back to the reporter's phone number on this channel (the report's own channel). */
	boolean telepon() {
		return this == WHATSAPP || this == SMS;
	}

	static Optional<Saluran> dariKode(String kode) {
		return Arrays.stream(values()).filter(s -> s.kode.equals(kode)).findFirst();
	}

	/** The words for a stored channel; one this version does not know is "other", never its code. */
	static String kodePesan(String kode) {
		return dariKode(kode).map(Saluran::kodePesan).orElse("saluran.lain");
	}
}
