package id.kotacerdas.iven.internal;

import java.io.IOException;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import id.kotacerdas.platform.Waktu;
import id.kotacerdas.notifikasi.Kontak;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.DateList;
import net.fortuna.ical4j.model.ParameterList;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.parameter.Cn;
import net.fortuna.ical4j.model.parameter.Value;
import net.fortuna.ical4j.model.property.Categories;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.parameter.TzId;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.ExDate;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.Geo;
import net.fortuna.ical4j.model.property.LastModified;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Name;
import net.fortuna.ical4j.model.property.Organizer;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.RRule;
import net.fortuna.ical4j.model.property.RefreshInterval;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

/**
 * iCalendar (RFC 5545 with the RFC 7986 calendar properties) of events, written by ical4j: times in
 * {@code TZID=Asia/Makassar} with the zone's VTIMEZONE, the UID stable for an event's life and the SEQUENCE its
 * number of changes, so a subscribed calendar replaces the entry it has on a postponement or cancellation.
 */
@Component
class FeedIcal {

	static final String PRODID = "-//Kota Cerdas//Kalender Acara//ID";


	private final TimeZoneRegistry zona = TimeZoneRegistryFactory.getInstance().createRegistry();

	private final MessageSource pesan;

	private final IvenProperties properti;

	FeedIcal(MessageSource pesan, IvenProperties properti) {
		this.pesan = pesan;
		this.properti = properti;
	}

	/**
	 * One calendar.
	 *
	 * @param nama the calendar's NAME (and X-WR-CALNAME, which older clients read)
	 * @param url the feed's own page (URL)
	 * @param alamatAcara the public page of an event, for each event's URL
	 * @param namaKelurahan the kelurahan's name for LOCATION
	 */
	String kalender(String nama, String url, List<Acara> acara, Function<Acara, String> alamatAcara, Function<String, String> namaKelurahan) {
		Calendar c = new Calendar();
		c.add(new ProdId(PRODID));
		c.add(ImmutableVersion.VERSION_2_0);
		c.add(ImmutableCalScale.GREGORIAN);
		c.add(new Name(nama));
		c.add(new XProperty("X-WR-CALNAME", nama));
		c.add(new XProperty("X-WR-TIMEZONE", Waktu.WITA.getId()));
		c.add(new Url(URI.create(url)));
		c.add(new RefreshInterval(new ParameterList(List.of(Value.DURATION)), Duration.ofHours(properti.segarkanJam())));
		c.add(new XProperty("X-PUBLISHED-TTL", Duration.ofHours(properti.segarkanJam()).toString()));
		VTimeZone vtz = zona.getTimeZone(Waktu.WITA.getId()).getVTimeZone();
		c.add(vtz);
		for (Acara a : acara) {
			c.add(acara(a, alamatAcara.apply(a), namaKelurahan.apply(a.kelurahanKode())));
		}
		StringWriter keluar = new StringWriter();
		try {
			new CalendarOutputter(false).output(c, keluar);
		}
		catch (IOException ex) {
			throw new IllegalStateException("writing to a string failed", ex);
		}
		return keluar.toString();
	}

	private VEvent acara(Acara a, String url, String kelurahan) {
		// the WITA wall-clock time with its TZID: ical4j 4.1.1 converts a ZonedDateTime through the rules it builds
		// from the VTIMEZONE and lands an hour late for Asia/Makassar (it picks the 1942 +09 observance)
		VEvent e = new VEvent(false);
		ParameterList wita = new ParameterList(List.of(new TzId(Waktu.WITA.getId())));
		e.add(new DtStart<>(wita, Waktu.wita(a.mulai()).toLocalDateTime()));
		e.add(new DtEnd<>(wita, Waktu.wita(a.selesai()).toLocalDateTime()));
		e.add(new Summary(a.judul()));
		e.add(new Uid(a.uid() + "@kota-cerdas"));
		// without METHOD, DTSTAMP is when the entry last changed: the feed stays byte-identical until an event changes,
		// so subscribers' conditional requests get 304
		e.add(new DtStamp(a.diubah()));
		e.add(new LastModified(a.diubah()));
		e.add(new Sequence(a.urutan()));
		Property status = a.status() == StatusAcara.DIBATALKAN ? ImmutableStatus.VEVENT_CANCELLED : ImmutableStatus.VEVENT_CONFIRMED;
		e.add(status);
		e.add(new Description(a.deskripsi()));
		e.add(new Location(a.tempat() + ", " + kelurahan));
		e.add(new Geo(BigDecimal.valueOf(a.lat()), BigDecimal.valueOf(a.lon())));
		e.add(new Categories(pesan.getMessage(a.jenis().kodePesan(), null, Locale.ROOT)));
		// a cal-address is a URI: the organiser's public e-mail when given, else the event's page, where its contact is
		URI alamat = Kontak.email(a.kontak()) ? URI.create("mailto:" + a.kontak()) : URI.create(url);
		e.add(new Organizer(new ParameterList(List.of(new Cn(a.penyelenggara()))), alamat));
		e.add(new Url(URI.create(url)));
		if (a.rrule() != null) {
			e.add(new RRule<>(a.rrule()));
			if (!a.dikecualikan().isEmpty()) {
				// the cancelled occurrences' starts, in the same WITA wall-clock form and TZID as DTSTART
				java.time.LocalTime jam = Waktu.wita(a.mulai()).toLocalTime();
				e.add(new ExDate<>(wita, new DateList<>(a.dikecualikan().stream().map(t -> t.atTime(jam)).toList())));
			}
		}
		return e;
	}
}
