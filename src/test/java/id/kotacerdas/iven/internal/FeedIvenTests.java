package id.kotacerdas.iven.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.TimeZone;

import javax.xml.parsers.DocumentBuilderFactory;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.servlet.MockMvc;
import org.w3c.dom.Document;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.util.com.google.ical.compat.javautil.DateIterator;
import id.kotacerdas.IntegrationTest;
import id.kotacerdas.akun.AkunStaf;
import id.kotacerdas.akun.Staf;
import id.kotacerdas.akun.internal.StafUji;
import id.kotacerdas.permohonan.MesinPermohonan;
import id.kotacerdas.platform.Waktu;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;

/**
 * The feeds as a subscriber reads them: fetched over HTTP by the JDK's client (conditional requests included),
 * parsed by ical4j and by biweekly, a second independent parser whose own recurrence iterator must agree on the
 * dates in WITA; a postponement raises SEQUENCE and keeps UID; Atom, JSON and JSON-LD follow.
 */
@IntegrationTest
class FeedIvenTests {

	/** Kelurahan Lasiana (Kecamatan Kelapa Lima): no other test files events there. */
	static final String LASIANA = "53.71.03.1011";

	@LocalServerPort
	int port;

	@Autowired
	RegisterIven register;

	@Autowired
	MesinPermohonan mesin;

	@Autowired
	AcaraRepository repo;

	@Autowired
	StafUji stafUji;

	@Autowired
	AkunStaf akun;

	@Autowired
	MockMvc mvc;

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private Staf pariwisata() {
		String u = stafUji.adminOpd("Dispar");
		return akun.adminOpd(stafUji.opdId("Dispar")).stream().filter(s -> s.username().equals(u)).findFirst().orElseThrow();
	}

	private Acara terbitkan(String judul, String tanggal, String jam, String jamSelesai, String ulang, String ulangSampai, Staf staf) {
		FormulirAcara f = new FormulirAcara();
		f.setJudul(judul);
		f.setDeskripsi("Pasar malam ikan bakar dan jagung bose di pantai, dengan musik sasando.");
		f.setJenis(JenisAcara.KULINER.name());
		f.setKelurahan(LASIANA);
		f.setTempat("Pantai Lasiana");
		f.setLat("-10.1439");
		f.setLon("123.6708");
		f.setTanggal(tanggal);
		f.setJamMulai(jam);
		f.setJamSelesai(jamSelesai);
		f.setUlang(ulang);
		f.setUlangSampai(ulangSampai);
		f.setPenyelenggaraJenis(PenyelenggaraJenis.KOMUNITAS.name());
		f.setPenyelenggara("Paguyuban Pedagang Lasiana");
		f.setKontak("paguyuban.lasiana@contoh.id");
		f.setNik("5371031503850" + (100 + System.nanoTime() % 900));
		f.setNama("Yohanes Nenobais");
		f.setTelepon("081237004455");
		RegisterIven.Pengajuan p = register.ajukan(f, null, null);
		String kode = p.tandaTerima().kode();
		assertThat(repo.cari(p.id()).orElseThrow().status()).isEqualTo(StatusAcara.DIAJUKAN);
		mesin.setujui(kode, mesin.cari(kode).orElseThrow().versi(), staf);
		Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> repo.cari(p.id()).orElseThrow().status() == StatusAcara.DIJADWALKAN);
		return repo.cari(p.id()).orElseThrow();
	}

	private HttpResponse<String> ambil(String jalur, String... kepala) throws Exception {
		HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + port + jalur)).timeout(Duration.ofSeconds(20));
		for (int i = 0; i < kepala.length; i += 2) {
			b.header(kepala[i], kepala[i + 1]);
		}
		return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
	}

	private static VEvent ical4jAcara(Calendar c, String uid) {
		return c.<VEvent>getComponents(Component.VEVENT).stream()
			.filter(e -> e.getProperty(Property.UID).orElseThrow().getValue().equals(uid)).findFirst().orElseThrow();
	}

	private static String nilai(net.fortuna.ical4j.model.PropertyListAccessor c, String nama) {
		return c.getProperty(nama).orElseThrow().getValue();
	}

	@Autowired
	org.springframework.jdbc.core.simple.JdbcClient jdbc;

	@Test
	void theTourismOfficeEditsTheTextAsANewVersionTheSequenceRisesTheUidStaysAndThePageSaysWhatChanged() throws Exception {
		Staf pariwisata = pariwisata();
		String judul = "Festival Ikan Bakar Lasiana " + System.nanoTime() % 100_000;
		Acara a = terbitkan(judul, "2034-03-04", "17:00", "22:00", null, null, pariwisata);
		String uid = a.uid() + "@kota-cerdas";
		String dlhk = stafUji.adminOpd("DLHK");
		Staf lain = akun.adminOpd(stafUji.opdId("DLHK")).stream().filter(s -> s.username().equals(dlhk)).findFirst().orElseThrow();
		// nobody else may edit; nothing changed is refused; an empty title is refused with its field
		org.assertj.core.api.Assertions.assertThatThrownBy(
				() -> register.ubah(a.id(), 0, judul + " Baru", a.deskripsi(), a.tempat(), a.kontak(), false, null, lain))
			.isInstanceOf(id.kotacerdas.platform.PermintaanDitolakException.class);
		org.assertj.core.api.Assertions.assertThatThrownBy(
				() -> register.ubah(a.id(), 0, judul, a.deskripsi(), a.tempat(), a.kontak(), false, null, pariwisata))
			.isInstanceOf(id.kotacerdas.platform.PermintaanDitolakException.class);
		org.assertj.core.api.Assertions.assertThatThrownBy(
				() -> register.ubah(a.id(), 0, " ", a.deskripsi(), a.tempat(), a.kontak(), false, null, pariwisata))
			.isInstanceOf(id.kotacerdas.platform.IsianDitolakException.class);
		assertThat(repo.cari(a.id()).orElseThrow().urutan()).isZero();

		String judulBaru = "Festival Ikan Bakar dan Sasando Lasiana " + System.nanoTime() % 100_000;
		register.ubah(a.id(), 0, judulBaru, a.deskripsi(), "Pantai Lasiana, panggung utama", a.kontak(), true, "15.000", pariwisata);
		// an edit on the sequence seen before is outdated: 409, nothing stored twice
		org.assertj.core.api.Assertions.assertThatThrownBy(
				() -> register.ubah(a.id(), 0, judulBaru + " Lagi", a.deskripsi(), a.tempat(), a.kontak(), false, null, pariwisata))
			.isInstanceOf(id.kotacerdas.platform.PermintaanDitolakException.class);

		String teks = ambil("/iven/kelurahan/" + LASIANA + ".ics").body();
		VEvent e = ical4jAcara(new CalendarBuilder().build(new StringReader(teks)), uid);
		assertThat(nilai(e, Property.SEQUENCE)).isEqualTo("1");
		assertThat(nilai(e, Property.SUMMARY)).isEqualTo(judulBaru);
		assertThat(nilai(e, Property.LOCATION)).isEqualTo("Pantai Lasiana, panggung utama, Lasiana");
		biweekly.component.VEvent be = Biweekly.parse(teks).first().getEvents().stream().filter(x -> x.getUid().getValue().equals(uid))
			.findFirst().orElseThrow();
		assertThat(be.getSequence().getValue()).isEqualTo(1);
		assertThat(be.getSummary().getValue()).isEqualTo(judulBaru);

		// the earlier version is kept with who replaced it
		assertThat(repo.versi(a.id())).singleElement().satisfies(v -> {
			assertThat(v.urutan()).isZero();
			assertThat(v.judul()).isEqualTo(judul);
			assertThat(v.tempat()).isEqualTo("Pantai Lasiana");
			assertThat(v.oleh()).isEqualTo(pariwisata.username());
		});
		assertThat(jdbc.sql("select count(*) from audit.catatan where aksi = 'iven.ubah' and id_objek = ?").param(Long.toString(a.id()))
			.query(Long.class).single()).isEqualTo(1);
		org.jsoup.nodes.Document halaman = org.jsoup.Jsoup.parse(ambil("/iven/acara/" + a.id()).body());
		assertThat(halaman.select("#diubah").text()).startsWith("Acara ini diubah pada");
		assertThat(halaman.select("#riwayat").text()).contains("Diubah", "nama acara, tempat, tiket");
		assertThat(halaman.select("h1").text()).isEqualTo(judulBaru);
	}

	@Test
	void oneCancelledSaturdayIsAnExdateBothParsersSkipAndTheCalendarMarksCancelled() throws Exception {
		Staf pariwisata = pariwisata();
		String judul = "Kuliner Senja Lasiana " + System.nanoTime() % 100_000;
		// every Saturday 18.00-23.00 WITA from 8 January 2033 to 5 February; the 29 January market is called off
		Acara a = terbitkan(judul, "2033-01-08", "18:00", "23:00", "MINGGUAN", "2033-02-05", pariwisata);
		String uid = a.uid() + "@kota-cerdas";
		// not a Saturday of the series: refused, nothing changes
		org.assertj.core.api.Assertions.assertThatThrownBy(() -> register.batalkanSatu(a.id(), 0, "2033-01-27", null, pariwisata))
			.isInstanceOf(id.kotacerdas.platform.PermintaanDitolakException.class);
		register.batalkanSatu(a.id(), 0, "2033-01-29", "Lapangan dipakai upacara", pariwisata);
		// the same date twice, or on an outdated sequence: refused
		org.assertj.core.api.Assertions.assertThatThrownBy(() -> register.batalkanSatu(a.id(), 1, "2033-01-29", null, pariwisata))
			.isInstanceOf(id.kotacerdas.platform.PermintaanDitolakException.class);
		org.assertj.core.api.Assertions.assertThatThrownBy(() -> register.batalkanSatu(a.id(), 0, "2033-01-22", null, pariwisata))
			.isInstanceOf(id.kotacerdas.platform.PermintaanDitolakException.class);

		String teks = ambil("/iven/kelurahan/" + LASIANA + ".ics").body();
		assertThat(teks).contains("EXDATE;TZID=Asia/Makassar:20330129T180000");
		Calendar c = new CalendarBuilder().build(new StringReader(teks));
		c.validate();
		VEvent e = ical4jAcara(c, uid);
		assertThat(nilai(e, Property.SEQUENCE)).isEqualTo("1");
		assertThat(nilai(e, Property.STATUS)).isEqualTo("CONFIRMED");
		assertThat(nilai(e, Property.EXDATE)).isEqualTo("20330129T180000");
		assertThat(e.getProperty(Property.EXDATE).orElseThrow().getParameter("TZID").orElseThrow().getValue()).isEqualTo("Asia/Makassar");

		List<LocalDateTime> sabtu = List.of(LocalDateTime.of(2033, 1, 8, 18, 0), LocalDateTime.of(2033, 1, 15, 18, 0),
				LocalDateTime.of(2033, 1, 22, 18, 0), LocalDateTime.of(2033, 2, 5, 18, 0));
		biweekly.component.VEvent be = Biweekly.parse(teks).first().getEvents().stream().filter(x -> x.getUid().getValue().equals(uid))
			.findFirst().orElseThrow();
		assertThat(be.getSequence().getValue()).isEqualTo(1);
		assertThat(be.getExceptionDates()).hasSize(1);
		List<LocalDateTime> tanggal = new ArrayList<>();
		DateIterator it = be.getDateIterator(TimeZone.getTimeZone(Waktu.WITA));
		while (it.hasNext()) {
			tanggal.add(LocalDateTime.ofInstant(it.next().toInstant(), ZoneId.of("Asia/Makassar")));
		}
		assertThat(tanggal).containsExactlyElementsOf(sabtu);
		// ical4j's own expansion of the event (RRULE minus EXDATE) agrees
		List<LocalDateTime> ical4j = e.<java.time.temporal.Temporal>calculateRecurrenceSet(new net.fortuna.ical4j.model.Period<>(
				LocalDateTime.of(2033, 1, 1, 0, 0), LocalDateTime.of(2033, 3, 1, 0, 0))).stream()
			.map(p -> LocalDateTime.from(p.getStart())).sorted().toList();
		assertThat(ical4j).containsExactlyElementsOf(sabtu);

		// our calendar and JSON: the date is there, marked cancelled; the series is not
		mvc.perform(get("/api/iven/kemunculan").param("dari", "2033-01-29").param("sampai", "2033-01-30").param("kelurahan", LASIANA))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[?(@.acara.judul == '" + judul + "')].dibatalkan").value(org.hamcrest.Matchers.contains(true)))
			.andExpect(jsonPath("$[?(@.acara.judul == '" + judul + "')].acara.status").value(org.hamcrest.Matchers.contains("DIJADWALKAN")));
		org.jsoup.nodes.Document bulan = org.jsoup.Jsoup.parse(ambil("/iven?kelurahan=" + LASIANA + "&bulan=2033-01").body());
		assertThat(bulan.select("#h-2033-01-29 + ul li:contains(" + judul + ")").text()).contains("Dibatalkan untuk tanggal ini");
		assertThat(bulan.select("#h-2033-01-22 + ul li:contains(" + judul + ")").text()).doesNotContain("Dibatalkan");
		assertThat(ambil("/iven/acara/" + a.id()).body()).contains("29 Januari 2033", "Satu tanggal dibatalkan");
	}

	@Test
	void aSubscriberSeesTheWeeklyMarketWithEveryRfcPropertyInBothParsersAndThePostponementAsAHigherSequence() throws Exception {
		Staf pariwisata = pariwisata();
		String judul = "Pasar Malam Lasiana " + System.nanoTime() % 100_000;
		// every Saturday 18.00-23.00 WITA from 24 January 2032 to 21 February: across the month boundary
		Acara a = terbitkan(judul, "2032-01-24", "18:00", "23:00", "MINGGUAN", "2032-02-21", pariwisata);
		String uid = a.uid() + "@kota-cerdas";

		HttpResponse<String> r = ambil("/iven/kelurahan/" + LASIANA + ".ics");
		assertThat(r.statusCode()).isEqualTo(200);
		assertThat(r.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/calendar");
		String etag = r.headers().firstValue("ETag").orElseThrow();
		String teks = r.body();
		assertThat(teks).contains("DTSTART;TZID=Asia/Makassar:20320124T180000", "BEGIN:VTIMEZONE", "TZID:Asia/Makassar",
				"RRULE:FREQ=WEEKLY;UNTIL=20320221T155959Z;BYDAY=SA");
		assertThat(teks.split("DTSTAMP:", -1)).hasSize(2);

		// ical4j: the calendar validates and carries RFC 7986's NAME, REFRESH-INTERVAL and URL
		Calendar c = new CalendarBuilder().build(new StringReader(teks));
		c.validate();
		assertThat(nilai(c, "NAME")).isEqualTo("Kalender acara Kelurahan Lasiana");
		assertThat(nilai(c, "REFRESH-INTERVAL")).isEqualTo("PT6H");
		assertThat(nilai(c, "URL")).endsWith("/iven?kelurahan=" + LASIANA);
		VEvent e = ical4jAcara(c, uid);
		assertThat(nilai(e, Property.SUMMARY)).isEqualTo(judul);
		assertThat(nilai(e, Property.SEQUENCE)).isEqualTo("0");
		assertThat(nilai(e, Property.STATUS)).isEqualTo("CONFIRMED");
		assertThat(nilai(e, Property.GEO)).isEqualTo("-10.1439;123.6708");
		assertThat(nilai(e, Property.LOCATION)).isEqualTo("Pantai Lasiana, Lasiana");
		assertThat(nilai(e, Property.CATEGORIES)).isEqualTo("Kuliner");
		assertThat(nilai(e, Property.ORGANIZER)).isEqualTo("mailto:paguyuban.lasiana@contoh.id");
		assertThat(e.getProperty(Property.ORGANIZER).orElseThrow().getParameter("CN").orElseThrow().getValue())
			.isEqualTo("Paguyuban Pedagang Lasiana");
		assertThat(nilai(e, Property.URL)).endsWith("/iven/acara/" + a.id());
		assertThat(e.getProperty(Property.DTSTAMP)).isPresent();
		assertThat(teks).doesNotContain("Yohanes", "081237004455", "5371031503850");

		// biweekly, independently: the same event, the zone from the feed's VTIMEZONE, and its own expansion of the rule
		ICalendar b = Biweekly.parse(teks).first();
		assertThat(b.getNames().get(0).getValue()).isEqualTo("Kalender acara Kelurahan Lasiana");
		assertThat(b.getRefreshInterval().getValue().toString()).isEqualTo("PT6H");
		biweekly.component.VEvent be = b.getEvents().stream().filter(x -> x.getUid().getValue().equals(uid)).findFirst().orElseThrow();
		assertThat(be.getSequence().getValue()).isZero();
		assertThat(be.getGeo().getLatitude()).isEqualTo(-10.1439);
		assertThat(be.getStatus().getValue()).isEqualTo("CONFIRMED");
		assertThat(b.getTimezoneInfo().getTimezone(be.getDateStart()).getComponent().getTimezoneId().getValue()).isEqualTo("Asia/Makassar");
		List<LocalDateTime> tanggal = new ArrayList<>();
		DateIterator it = be.getDateIterator(TimeZone.getTimeZone(Waktu.WITA));
		while (it.hasNext()) {
			Date d = it.next();
			tanggal.add(LocalDateTime.ofInstant(d.toInstant(), ZoneId.of("Asia/Makassar")));
		}
		List<LocalDateTime> sabtu = List.of(LocalDateTime.of(2032, 1, 24, 18, 0), LocalDateTime.of(2032, 1, 31, 18, 0),
				LocalDateTime.of(2032, 2, 7, 18, 0), LocalDateTime.of(2032, 2, 14, 18, 0), LocalDateTime.of(2032, 2, 21, 18, 0));
		assertThat(tanggal).containsExactlyElementsOf(sabtu);
		// and ours, on the calendar's February page: the last Saturday of January is not in it
		mvc.perform(get("/api/iven/kemunculan").param("dari", "2032-02-01").param("sampai", "2032-02-29").param("kelurahan", LASIANA))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[?(@.acara.judul == '" + judul + "')].mulai").value(org.hamcrest.Matchers.contains("2032-02-07T18:00:00+08:00",
					"2032-02-14T18:00:00+08:00", "2032-02-21T18:00:00+08:00")));

		// unchanged: the subscriber's conditional request gets 304 with no body
		assertThat(ambil("/iven/kelurahan/" + LASIANA + ".ics", "If-None-Match", etag).statusCode()).isEqualTo(304);

		// postponed by a week: SEQUENCE 1, the same UID, the earlier start kept on the page and in JSON-LD
		register.tunda(a.id(), 0, "2032-01-31", "18:00", null, "23:00", "Cuaca buruk", pariwisata);
		HttpResponse<String> r2 = ambil("/iven/kelurahan/" + LASIANA + ".ics", "If-None-Match", etag);
		assertThat(r2.statusCode()).isEqualTo(200);
		VEvent e2 = ical4jAcara(new CalendarBuilder().build(new StringReader(r2.body())), uid);
		assertThat(nilai(e2, Property.SEQUENCE)).isEqualTo("1");
		assertThat(nilai(e2, Property.DTSTART)).isEqualTo("20320131T180000");
		biweekly.component.VEvent be2 = Biweekly.parse(r2.body()).first().getEvents().stream().filter(x -> x.getUid().getValue().equals(uid))
			.findFirst().orElseThrow();
		assertThat(be2.getSequence().getValue()).isEqualTo(1);
		assertThat(ambil("/iven/kelurahan/" + LASIANA + ".ics", "If-None-Match", r2.headers().firstValue("ETag").orElseThrow()).statusCode())
			.isEqualTo(304);
		String halaman = ambil("/iven/acara/" + a.id()).body();
		assertThat(halaman).contains("\"eventStatus\":\"https://schema.org/EventRescheduled\"",
				"\"previousStartDate\":\"2032-01-24T18:00+08:00\"", "\"startDate\":\"2032-01-31T18:00+08:00\"");

		// cancelled: still in the feed, STATUS:CANCELLED, SEQUENCE 2
		register.batalkan(a.id(), 1, null, pariwisata);
		VEvent e3 = ical4jAcara(new CalendarBuilder().build(new StringReader(ambil("/iven/kalender.ics").body())), uid);
		assertThat(nilai(e3, Property.STATUS)).isEqualTo("CANCELLED");
		assertThat(nilai(e3, Property.SEQUENCE)).isEqualTo("2");
		assertThat(ambil("/iven/acara/" + a.id()).body()).contains("\"eventStatus\":\"https://schema.org/EventCancelled\"");

		// the single event's "add to my calendar" file
		HttpResponse<String> satu = ambil("/iven/acara/" + a.id() + ".ics");
		assertThat(satu.headers().firstValue("Content-Disposition").orElseThrow()).contains("attachment");
		assertThat(Biweekly.parse(satu.body()).first().getEvents()).hasSize(1);

		// the type feed has it, another type's does not
		assertThat(ambil("/iven/jenis/kuliner.ics").body()).contains(uid);
		HttpResponse<String> olahraga = ambil("/iven/jenis/olahraga.ics");
		assertThat(olahraga.statusCode()).isEqualTo(200);
		assertThat(olahraga.body()).doesNotContain(uid);
		assertThat(ambil("/iven/jenis/tidak-ada.ics").statusCode()).isEqualTo(404);

		// Atom: well-formed, the entry with its urn:uuid and a link to the page
		HttpResponse<String> atom = ambil("/iven/atom.xml?kelurahan=" + LASIANA);
		assertThat(atom.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/atom+xml");
		DocumentBuilderFactory dbf = DocumentBuilderFactory.newInstance();
		dbf.setNamespaceAware(true);
		Document doc = dbf.newDocumentBuilder().parse(new org.xml.sax.InputSource(new StringReader(atom.body())));
		assertThat(doc.getDocumentElement().getNamespaceURI()).isEqualTo("http://www.w3.org/2005/Atom");
		assertThat(atom.body()).contains("<id>urn:uuid:" + a.uid() + "</id>", "/iven/acara/" + a.id());
	}

	@Test
	void aSubmissionIsNotPublicUntilApprovedAndBadInputIsRefusedWithEveryReason() throws Exception {
		FormulirAcara f = new FormulirAcara();
		f.setJudul("");
		f.setTanggal("2032-13-40");
		f.setJamMulai("19:00");
		f.setJamSelesai("18:00");
		f.setKelurahan("99.99");
		f.setJenis("KONSER");
		f.setPenyelenggaraJenis("KOMUNITAS");
		var ex = org.assertj.core.api.Assertions.catchThrowableOfType(id.kotacerdas.platform.IsianDitolakException.class,
				() -> register.ajukan(f, null, null));
		assertThat(ex.galat()).extracting(id.kotacerdas.platform.IsianDitolakException.Galat::isian)
			.contains("judul", "deskripsi", "tempat", "penyelenggara", "jenis", "kelurahan", "tanggal");
		long sebelum = repo.untukStaf(null, 10_000).size();

		String judul = "Lomba Sasando Pelajar " + System.nanoTime() % 100_000;
		f.setJudul(judul);
		f.setDeskripsi("Lomba sasando tingkat SMP se-Kota Kupang.");
		f.setJenis("BUDAYA");
		f.setKelurahan(LASIANA);
		f.setTempat("Aula Kelurahan Lasiana");
		f.setTanggal("2032-03-06");
		f.setJamSelesai("21:00");
		f.setPenyelenggara("Sanggar Sasando Lasiana");
		f.setNik("5371031503850" + (100 + System.nanoTime() % 900));
		f.setNama("Maria Lenggu");
		f.setEmail("maria@contoh.id");
		RegisterIven.Pengajuan p = register.ajukan(f, null, null);
		assertThat(repo.untukStaf(null, 10_000)).hasSize((int) sebelum + 1);
		// without a pin the kelurahan's centre places the venue
		assertThat(repo.cari(p.id()).orElseThrow().lat()).isEqualTo(-10.143861);
		assertThat(ambil("/iven/acara/" + p.id()).statusCode()).isEqualTo(404);
		assertThat(ambil("/iven/kalender.ics").body()).doesNotContain(judul);
		assertThat(ambil("/iven?kelurahan=" + LASIANA + "&bulan=2032-03").body()).doesNotContain(judul);
		mesin.setujui(p.tandaTerima().kode(), mesin.cari(p.tandaTerima().kode()).orElseThrow().versi(), pariwisata());
		Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> ambil("/iven?kelurahan=" + LASIANA + "&bulan=2032-03").body().contains(judul));
		assertThat(ambil("/iven?kelurahan=" + LASIANA + "&tampilan=daftar").statusCode()).isEqualTo(200);
		assertThat(ambil("/iven/cetak?kelurahan=" + LASIANA + "&bulan=2032-03").body()).contains(judul, "<svg");
		assertThat(ambil("/iven?bulan=2032-3x").statusCode()).isEqualTo(400);
		assertThat(ambil("/iven?kelurahan=00.00").statusCode()).isEqualTo(404);
		assertThat(LocalDate.of(2032, 3, 6).getDayOfWeek()).isEqualTo(java.time.DayOfWeek.SATURDAY);
	}
}
