package id.kotacerdas.whatsapp.internal;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes a reply as a Cloud API message, in Indonesian: text, reply buttons or a list. Where
 * WhatsApp's limits would cut the text (an interactive body takes 1,024 characters) it goes as plain
 * text instead; every prompt also says what to type, so nothing depends on the buttons.
 */
@Component
class PenyajiBalasan {

	static final Locale INDONESIA = Locale.forLanguageTag("id");

	/** Cloud API limits. */
	private static final int BADAN_INTERAKTIF_MAKS = 1024;

	private static final int TEKS_MAKS = 4096;

	private static final int JUDUL_TOMBOL_MAKS = 20;

	private static final int JUDUL_BARIS_MAKS = 24;

	private static final int KETERANGAN_BARIS_MAKS = 72;

	/** A message ready to send, and its text for the transcript. */
	record Siap(String type, JsonNode objek, String teks) {
	}

	private final MessageSource pesan;

	private final ObjectMapper json;

	PenyajiBalasan(MessageSource pesan, ObjectMapper json) {
		this.pesan = pesan;
		this.json = json;
	}

	String teks(String kunci, Object... argumen) {
		return pesan.getMessage(kunci, argumen, INDONESIA);
	}

	Siap sajikan(Balasan b) {
		String badan = potong(teks(b.kunci(), b.argumen()), TEKS_MAKS);
		if (b instanceof Balasan.Tombol t && badan.length() <= BADAN_INTERAKTIF_MAKS) {
			ObjectNode i = json.createObjectNode();
			i.put("type", "button");
			i.putObject("body").put("text", badan);
			ArrayNode tombol = i.putObject("action").putArray("buttons");
			t.pilihan().forEach(p -> tombol.addObject().put("type", "reply").putObject("reply").put("id", p.id())
				.put("title", potong(teks(p.kunciJudul()), JUDUL_TOMBOL_MAKS)));
			return new Siap("interactive", i, badan);
		}
		if (b instanceof Balasan.Daftar d && badan.length() <= BADAN_INTERAKTIF_MAKS) {
			ObjectNode i = json.createObjectNode();
			i.put("type", "list");
			i.putObject("body").put("text", badan);
			ObjectNode aksi = i.putObject("action");
			aksi.put("button", potong(teks(d.kunciTombol()), JUDUL_TOMBOL_MAKS));
			ArrayNode baris = aksi.putArray("sections").addObject().put("title", potong(teks(d.kunciTombol()), JUDUL_BARIS_MAKS)).putArray("rows");
			d.baris().forEach(r -> {
				ObjectNode n = baris.addObject().put("id", r.id()).put("title", potong(r.judul(), JUDUL_BARIS_MAKS));
				if (r.keterangan() != null && !r.keterangan().isBlank()) {
					n.put("description", potong(r.keterangan(), KETERANGAN_BARIS_MAKS));
				}
			});
			return new Siap("interactive", i, badan);
		}
		return new Siap("text", teksBiasa(badan), badan);
	}

	ObjectNode teksBiasa(String badan) {
		ObjectNode t = json.createObjectNode();
		t.put("preview_url", false);
		t.put("body", potong(badan, TEKS_MAKS));
		return t;
	}

	static String potong(String s, int maks) {
		return s.length() <= maks ? s : s.substring(0, maks - 1) + "…";
	}
}
