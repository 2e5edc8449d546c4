package id.kotacerdas.whatsapp.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import id.kotacerdas.wilayah.Kelurahan;
import id.kotacerdas.wilayah.Wilayah;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * A first look ({@code --demo}): one citizen's WhatsApp chat, stored as the webhook stores messages
 * and worked through by the same conversation, so a report filed by WhatsApp, with its transcript,
 * shows in the staff worklist. The channel is off in the demo, so the replies are only written to
 * the transcript.
 */
@Component
@Profile("demo")
class DataDemoWhatsapp {

	private static final Logger log = LoggerFactory.getLogger(DataDemoWhatsapp.class);

	private static final String TELEPON = "6281337004455";

	private final WhatsappRepository repo;

	private final PemrosesPesan pemroses;

	private final Wilayah wilayah;

	private final ObjectMapper json;

	private final Clock clock;

	DataDemoWhatsapp(WhatsappRepository repo, PemrosesPesan pemroses, Wilayah wilayah, ObjectMapper json, Clock clock) {
		this.repo = repo;
		this.pemroses = pemroses;
		this.wilayah = wilayah;
		this.json = json;
		this.clock = clock;
	}

	/** After the complaints' demo data (order 200), so the worklists start with theirs. */
	@EventListener(ApplicationReadyEvent.class)
	@Order(210)
	public void isi() throws Exception {
		if (repo.adaPesanMasuk()) {
			return;
		}
		Kelurahan tempat = wilayah.kelurahan().get(wilayah.kelurahan().size() / 3);
		List<ObjectNode> percakapan = List.of(teks("Selamat siang, saya mau lapor sampah"), pilih("list_reply", "kat:sampah", "Sampah"),
				teks("Sampah rumah tangga menumpuk di pinggir jalan sejak minggu lalu, baunya menyengat dan mulai dikerubungi lalat."),
				teks(tempat.nama() + ", depan kantor lurah"), teks("lewati"),
				// the category's extra question, answered from its list
				pilih("list_reply", "opsi:banyak", "Banyak (satu truk atau lebih)"), pilih("button_reply", "tidak", "Tidak"),
				pilih("button_reply", "tidak", "Tidak"), pilih("button_reply", "kirim", "Kirim"));
		Instant waktu = clock.instant();
		int i = 0;
		for (ObjectNode pesan : percakapan) {
			String wamid = "wamid.demo-" + TELEPON + "-" + i++;
			pesan.put("from", TELEPON).put("id", wamid).put("timestamp", String.valueOf(waktu.getEpochSecond()));
			long id = repo.simpanMasuk(wamid, TELEPON, pesan.path("type").asString(), json.writeValueAsString(pesan), waktu, waktu)
				.orElseThrow();
			pemroses.proses(id);
		}
		log.warn("Demo: one complaint filed through a WhatsApp chat");
	}

	private ObjectNode teks(String isi) {
		ObjectNode m = json.createObjectNode().put("type", "text");
		m.putObject("text").put("body", isi);
		return m;
	}

	private ObjectNode pilih(String jenis, String id, String judul) {
		ObjectNode m = json.createObjectNode().put("type", "interactive");
		m.putObject("interactive").put("type", jenis).putObject(jenis).put("id", id).put("title", judul);
		return m;
	}
}
