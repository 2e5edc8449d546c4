package id.kotacerdas.whatsapp.internal;

import java.time.Clock;
import java.time.Duration;

import org.springframework.context.annotation.Conditional;
import org.springframework.stereotype.Component;

import id.kotacerdas.notifikasi.Notifikasi;
import id.kotacerdas.notifikasi.Saluran;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The outbox's {@code whatsapp} channel through the Cloud API: the conversation's replies (template
 * {@link #TEMPLAT_BALASAN}, carrying the Cloud API message itself: text, buttons or a list) and the
 * status changes and staff replies of a report filed by WhatsApp. Inside the 24-hour
 * customer-service window (since the number last wrote) the message goes out as it is; outside it
 * WhatsApp accepts only an approved template, so the configured one carries the text as its single
 * body parameter. A refusal is thrown, so the outbox retries. Only present when the channel is
 * configured (a gateway of the same name would clash).
 */
@Component
@Conditional(WhatsappAktif.class)
class SaluranWhatsapp implements Saluran {

	/** A conversation's reply: subject its text, body the Cloud API message as JSON ({@code type} and its object). */
	static final String TEMPLAT_BALASAN = "whatsapp.balasan";

	/** WhatsApp's customer-service window. */
	static final Duration JENDELA_LAYANAN = Duration.ofHours(24);

	/** A template parameter may hold no line breaks or tabs and at most 1,024 characters. */
	private static final int PARAMETER_TEMPLAT_MAKS = 1024;

	private final CloudApi api;

	private final WhatsappRepository repo;

	private final WhatsappProperties properti;

	private final PenyajiBalasan penyaji;

	private final ObjectMapper json;

	private final Clock clock;

	SaluranWhatsapp(CloudApi api, WhatsappRepository repo, WhatsappProperties properti, PenyajiBalasan penyaji, ObjectMapper json,
			Clock clock) {
		this.api = api;
		this.repo = repo;
		this.properti = properti;
		this.penyaji = penyaji;
		this.json = json;
		this.clock = clock;
	}

	@Override
	public String nama() {
		return Notifikasi.WHATSAPP;
	}

	@Override
	public void kirim(String tujuan, String subjek, String isi) throws Exception {
		kirim(tujuan, null, subjek, isi);
	}

	@Override
	public void kirim(String tujuan, String templatPesan, String subjek, String isi) throws Exception {
		boolean balasan = TEMPLAT_BALASAN.equals(templatPesan);
		boolean dalamJendela = repo.masukTerakhir(CloudApi.angka(tujuan))
			.filter(t -> t.plus(JENDELA_LAYANAN).isAfter(clock.instant())).isPresent();
		if (dalamJendela && balasan) {
			JsonNode pesan = json.readTree(isi);
			String type = pesan.path("type").asString();
			api.kirim(tujuan, "balasan", type, pesan.path(type));
			return;
		}
		if (dalamJendela) {
			api.kirim(tujuan, "pemberitahuan", "text", penyaji.teksBiasa("*" + subjek + "*\n" + isi));
			return;
		}
		// a reply retried past the window: its words in the template
		String teks = PenyajiBalasan.potong((balasan ? subjek : subjek + ": " + isi).replaceAll("\\s+", " ").strip(), PARAMETER_TEMPLAT_MAKS);
		ObjectNode templat = json.createObjectNode();
		templat.put("name", properti.templat().nama());
		templat.putObject("language").put("code", properti.templat().bahasa());
		templat.putArray("components").addObject().put("type", "body").putArray("parameters").addObject().put("type", "text")
			.put("text", teks);
		api.kirim(tujuan, "templat", "template", templat);
	}
}
