package id.kotacerdas.whatsapp.internal;

import java.time.Clock;
import java.time.Duration;

import org.springframework.context.annotation.Conditional;
import org.springframework.stereotype.Component;

import id.kotacerdas.notifikasi.Notifikasi;
import id.kotacerdas.notifikasi.Saluran;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The outbox's {@code whatsapp} channel through the Cloud API (status changes and staff replies to
 * a report filed by WhatsApp). Inside the 24-hour customer-service window (since the number last
 * wrote) a free-form text goes out; outside it WhatsApp accepts only an approved template, so the
 * configured one carries the text as its single body parameter. A refusal is thrown, so the outbox
 * retries. Only present when the channel is configured (a gateway of the same name would clash).
 */
@Component
@Conditional(WhatsappAktif.class)
class SaluranWhatsapp implements Saluran {

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
		boolean dalamJendela = repo.masukTerakhir(CloudApi.angka(tujuan))
			.filter(t -> t.plus(JENDELA_LAYANAN).isAfter(clock.instant())).isPresent();
		if (dalamJendela) {
			api.kirim(tujuan, "pemberitahuan", "text", penyaji.teksBiasa("*" + subjek + "*\n" + isi));
			return;
		}
		ObjectNode templat = json.createObjectNode();
		templat.put("name", properti.templat().nama());
		templat.putObject("language").put("code", properti.templat().bahasa());
		String teks = PenyajiBalasan.potong((subjek + ": " + isi).replaceAll("\\s+", " ").strip(), PARAMETER_TEMPLAT_MAKS);
		templat.putArray("components").addObject().put("type", "body").putArray("parameters").addObject().put("type", "text")
			.put("text", teks);
		api.kirim(tujuan, "templat", "template", templat);
	}
}
