package id.kotacerdas.iven.internal;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import tools.jackson.databind.ObjectMapper;

import id.kotacerdas.platform.Waktu;
import id.kotacerdas.wilayah.Kelurahan;
import id.kotacerdas.wilayah.Wilayah;

/** Events in words for pages, feeds and JSON-LD: names of places and kinds, dates in WITA, never codes. */
@Component
class PenyajiIven {

	private static final DateTimeFormatter JAM = DateTimeFormatter.ofPattern("HH.mm");

	private final Wilayah wilayah;

	private final MessageSource pesan;

	private final ObjectMapper json;

	PenyajiIven(Wilayah wilayah, MessageSource pesan, ObjectMapper json) {
		this.wilayah = wilayah;
		this.pesan = pesan;
		this.json = json;
	}

	/** An event as a page shows it. */
	record Tampilan(Acara acara, String jenis, String kelurahan, String kecamatan, String waktu, String waktuSebelumnya, String ulang,
			String status, String penyelenggara, String harga) {
	}

	/** One occurrence in the calendar: the event and the start of this occurrence in WITA. */
	record Kemunculan(Acara acara, ZonedDateTime mulai, String jam, String jenis, String kelurahan) {

		public LocalDate tanggal() {
			return mulai.toLocalDate();
		}

		/** This occurrence alone was cancelled (the series goes on). */
		public boolean dibatalkan() {
			return acara.dibatalkanPada(mulai.toLocalDate());
		}
	}

	String namaKelurahan(String kode) {
		return wilayah.kelurahan(kode).map(Kelurahan::nama).orElse(kode);
	}

	Tampilan tampilan(Acara a, Locale bahasa) {
		Kelurahan k = wilayah.kelurahan(a.kelurahanKode()).orElse(null);
		return new Tampilan(a, teks(a.jenis().kodePesan(), bahasa), k == null ? a.kelurahanKode() : k.nama(),
				k == null ? "" : k.kecamatan().nama(), rentang(a.mulai(), a.selesai(), bahasa),
				a.mulaiSebelumnya() == null ? null : Waktu.formatTanggalJam(a.mulaiSebelumnya()), ulang(a, bahasa),
				teks(a.status().kodePesan(), bahasa), teks(a.penyelenggaraJenis().kodePesan(), bahasa) + ": " + a.penyelenggara(),
				a.berbayar() && a.harga() != null ? "Rp" + String.format(Locale.forLanguageTag("id-ID"), "%,d", a.harga())
						: teks("iven.gratis", bahasa));
	}

	Kemunculan kemunculan(Acara a, ZonedDateTime mulai, Locale bahasa) {
		return new Kemunculan(a, mulai, JAM.format(mulai) + "–" + JAM.format(mulai.plus(a.lama())), teks(a.jenis().kodePesan(), bahasa),
				namaKelurahan(a.kelurahanKode()));
	}

	private String rentang(java.time.Instant mulai, java.time.Instant selesai, Locale bahasa) {
		ZonedDateTime m = Waktu.wita(mulai);
		ZonedDateTime s = Waktu.wita(selesai);
		if (m.toLocalDate().equals(s.toLocalDate())) {
			return Waktu.formatTanggal(m.toLocalDate(), bahasa) + ", " + JAM.format(m) + "–" + JAM.format(s) + " WITA";
		}
		return Waktu.formatTanggalJam(mulai) + " – " + Waktu.formatTanggalJam(selesai);
	}

	/** The repetition in words: the two kinds the form offers, else the rule's frequency. */
	private String ulang(Acara a, Locale bahasa) {
		if (a.rrule() == null) {
			return null;
		}
		ZonedDateTime m = Waktu.wita(a.mulai());
		String kata;
		if (a.rrule().startsWith("FREQ=WEEKLY")) {
			kata = pesan.getMessage("iven.ulang.mingguan-pada", new Object[] { m.getDayOfWeek().getDisplayName(java.time.format.TextStyle.FULL,
					bahasa.getLanguage().equals("en") ? Locale.ENGLISH : Locale.forLanguageTag("id-ID")) }, bahasa);
		}
		else if (a.rrule().startsWith("FREQ=MONTHLY")) {
			kata = pesan.getMessage("iven.ulang.bulanan-pada", new Object[] { m.getDayOfMonth() }, bahasa);
		}
		else {
			kata = teks("iven.ulang.berulang", bahasa);
		}
		int u = a.rrule().indexOf("UNTIL=");
		if (u >= 0) {
			String until = a.rrule().substring(u + 6, u + 14);
			LocalDate sampai = LocalDate.parse(until, DateTimeFormatter.BASIC_ISO_DATE);
			kata += " " + pesan.getMessage("iven.ulang.sampai", new Object[] { Waktu.formatTanggal(sampai, bahasa) }, bahasa);
		}
		return kata;
	}

	/**
	 * schema.org Event: eventStatus (scheduled, rescheduled, cancelled), previousStartDate after a postponement,
	 * the venue with its address and coordinates, the organiser, free or the ticket price in rupiah.
	 */
	String jsonLd(Tampilan t, String url, String poster) {
		Acara a = t.acara();
		Map<String, Object> m = new LinkedHashMap<>();
		m.put("@context", "https://schema.org");
		m.put("@type", "Event");
		m.put("name", a.judul());
		m.put("description", a.deskripsi());
		m.put("url", url);
		m.put("startDate", Waktu.wita(a.mulai()).toOffsetDateTime().toString());
		m.put("endDate", Waktu.wita(a.selesai()).toOffsetDateTime().toString());
		m.put("eventStatus", "https://schema.org/" + switch (a.status()) {
			case DIBATALKAN -> "EventCancelled";
			case DITUNDA -> "EventRescheduled";
			default -> "EventScheduled";
		});
		if (a.mulaiSebelumnya() != null) {
			m.put("previousStartDate", Waktu.wita(a.mulaiSebelumnya()).toOffsetDateTime().toString());
		}
		m.put("eventAttendanceMode", "https://schema.org/OfflineEventAttendanceMode");
		m.put("location", Map.of("@type", "Place", "name", a.tempat(), "address",
				Map.of("@type", "PostalAddress", "addressLocality", t.kelurahan() + ", " + t.kecamatan(), "addressRegion", "Nusa Tenggara Timur",
						"addressCountry", "ID"),
				"geo", Map.of("@type", "GeoCoordinates", "latitude", a.lat(), "longitude", a.lon())));
		m.put("organizer", Map.of("@type", a.penyelenggaraJenis() == PenyelenggaraJenis.KOMUNITAS ? "Organization" : "GovernmentOrganization",
				"name", a.penyelenggara()));
		m.put("isAccessibleForFree", !a.berbayar());
		if (a.berbayar() && a.harga() != null) {
			m.put("offers", Map.of("@type", "Offer", "price", a.harga(), "priceCurrency", "IDR", "url", url));
		}
		if (poster != null) {
			m.put("image", List.of(poster));
		}
		return json(m);
	}

	/** JSON for a script element in a page ("</" escaped so it cannot end the element). */
	String json(Object isi) {
		return json.writeValueAsString(isi).replace("</", "<\\/");
	}

	private String teks(String kode, Locale bahasa) {
		return pesan.getMessage(kode, null, bahasa);
	}
}
