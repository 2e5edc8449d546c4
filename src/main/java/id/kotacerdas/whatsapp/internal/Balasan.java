package id.kotacerdas.whatsapp.internal;

import java.util.List;

/**
 * A reply of the conversation, in message keys (bundle {@code i18n/whatsapp}) with arguments;
 * the sender renders it and picks the Cloud API message type.
 */
sealed interface Balasan {

	String kunci();

	Object[] argumen();

	/** Plain text. */
	record Teks(String kunci, Object... argumen) implements Balasan {
	}

	/** Text with reply buttons (at most three): each an id and the key of its title. */
	record Tombol(String kunci, Object[] argumen, List<Pilihan> pilihan) implements Balasan {
	}

	/** An interactive list (at most ten rows): the key of the button that opens it, and its rows. */
	record Daftar(String kunci, Object[] argumen, String kunciTombol, List<Baris> baris) implements Balasan {
	}

	record Pilihan(String id, String kunciJudul) {
	}

	/** A list row; its texts are data (category names), not keys. */
	record Baris(String id, String judul, String keterangan) {
	}
}
