package id.kotacerdas.whatsapp.internal;

/** What a citizen sent, as the conversation understands it (one inbound WhatsApp message). */
sealed interface Masukan {

	/** Typed text. */
	record Teks(String isi) implements Masukan {
	}

	/** A tap on a list row or a reply button: the id we gave it, and the title the citizen saw. */
	record Pilih(String id, String judul) implements Masukan {
	}

	/** A shared location (a pin), with the place's name and address when WhatsApp gives them. */
	record Lokasi(double lat, double lon, String nama, String alamat) implements Masukan {
	}

	/** A photo, by its Cloud API media id; the bytes are fetched when the report is filed. */
	record Gambar(String mediaId, String keterangan) implements Masukan {
	}

	/** Anything else (voice note, sticker, document): the conversation asks again. */
	record Lain(String jenis) implements Masukan {
	}
}
