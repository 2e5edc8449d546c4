package id.kotacerdas.iven.internal;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.springframework.context.MessageSource;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.multipart.MultipartFile;

import id.kotacerdas.berkas.LayananBerkas;
import id.kotacerdas.platform.BacaanPublik;
import id.kotacerdas.platform.BatasLaju;
import id.kotacerdas.platform.IsianDitolakException;
import id.kotacerdas.platform.KodeQr;
import id.kotacerdas.platform.PermintaanDitolakException;
import id.kotacerdas.platform.Sidik;
import id.kotacerdas.platform.UrlDasar;
import id.kotacerdas.platform.Waktu;
import id.kotacerdas.wilayah.Wilayah;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The public calendar (month and list, per kelurahan, kecamatan and city, by type), an event's page, the printable
 * month per kelurahan, the iCalendar and Atom feeds, and a community's submission form. No sign-in, no script.
 */
@Controller
class IvenWargaController {

	static final MediaType ICAL = new MediaType("text", "calendar", StandardCharsets.UTF_8);

	static final MediaType ATOM = new MediaType("application", "atom+xml", StandardCharsets.UTF_8);

	/** The list view: what is on from today for this many days. */
	static final int HARI_DAFTAR = 60;

	/** The feeds carry at most this many events, the most recently changed first. */
	static final int FEED_MAKS = 500;

	/** Feeds and pages may be cached briefly: a postponement reaches everyone within minutes. */
	private static final CacheControl SINGKAT = CacheControl.maxAge(Duration.ofMinutes(5)).cachePublic();

	/** Report cards on the public page of a weekly series: the latest few, the page stays light. */
	static final int KARTU_PUBLIK = 4;

	private static final CacheControl POSTER = CacheControl.maxAge(Duration.ofDays(1)).cachePublic();

	private final KalenderIven kalender;

	private final AcaraRepository repo;

	private final RegisterIven register;

	private final PenyajiIven penyaji;

	private final FeedIcal ical;

	private final Wilayah wilayah;

	private final LayananBerkas berkas;

	private final UrlDasar urlDasar;

	private final MessageSource pesan;

	private final Clock clock;

	private final LaporanIven laporan;

	private final DosirIven dosir;

	IvenWargaController(KalenderIven kalender, AcaraRepository repo, RegisterIven register, PenyajiIven penyaji, FeedIcal ical,
			Wilayah wilayah, LayananBerkas berkas, UrlDasar urlDasar, MessageSource pesan, Clock clock, LaporanIven laporan,
			DosirIven dosir) {
		this.laporan = laporan;
		this.dosir = dosir;
		this.kalender = kalender;
		this.repo = repo;
		this.register = register;
		this.penyaji = penyaji;
		this.ical = ical;
		this.wilayah = wilayah;
		this.berkas = berkas;
		this.urlDasar = urlDasar;
		this.pesan = pesan;
		this.clock = clock;
	}

	@GetMapping("/iven")
	String kalender(@RequestParam(required = false) String kelurahan, @RequestParam(required = false) String kecamatan,
			@RequestParam(required = false) String jenis, @RequestParam(required = false) String bulan,
			@RequestParam(defaultValue = "bulan") String tampilan, Model model, Locale bahasa) {
		KalenderIven.Pilihan p = kalender.pilihan(kelurahan, kecamatan, jenis, bahasa);
		YearMonth b = bulan(bulan);
		model.addAttribute("p", p);
		model.addAttribute("daftarTampilan", "daftar".equals(tampilan));
		if ("daftar".equals(tampilan)) {
			LocalDate hariIni = LocalDate.now(clock.withZone(Waktu.WITA));
			Instant dari = hariIni.atStartOfDay(Waktu.WITA).toInstant();
			model.addAttribute("agenda", KalenderIven.agenda(
					KalenderIven.perHari(kalender.kemunculan(p.saringan(), dari, dari.plus(Duration.ofDays(HARI_DAFTAR)), bahasa)), bahasa));
			model.addAttribute("hariDaftar", HARI_DAFTAR);
		}
		else {
			KalenderIven.Bulan isi = kalender.bulan(p.saringan(), b, bahasa);
			model.addAttribute("bulan", isi);
			model.addAttribute("agenda", KalenderIven.agenda(isi.perHari(), bahasa));
		}
		model.addAttribute("namaBulan", Waktu.formatBulan(b));
		model.addAttribute("sebelum", b.minusMonths(1).toString());
		model.addAttribute("sesudah", b.plusMonths(1).toString());
		model.addAttribute("bulanIni", b.toString());
		model.addAttribute("kelurahan", wilayah.kelurahan());
		model.addAttribute("kecamatan", wilayah.kecamatan());
		model.addAttribute("jenis", JenisAcara.values());
		model.addAttribute("feed", alamatFeed(p));
		return "iven/kalender";
	}

	private YearMonth bulan(String bulan) {
		if (RegisterIven.teks(bulan) == null) {
			return YearMonth.now(clock.withZone(Waktu.WITA));
		}
		try {
			return YearMonth.parse(bulan.strip());
		}
		catch (DateTimeParseException ex) {
			throw new PermintaanDitolakException("iven.bulan-tidak-sah");
		}
	}

	/** The iCalendar feed of the filter shown: the most specific one (kelurahan, kecamatan, type, city). */
	private static String alamatFeed(KalenderIven.Pilihan p) {
		if (p.kelurahan() != null) {
			return "/iven/kelurahan/" + p.kelurahan() + ".ics";
		}
		if (p.kecamatan() != null) {
			return "/iven/kecamatan/" + p.kecamatan() + ".ics";
		}
		return p.jenis() != null ? "/iven/jenis/" + p.jenis().slug() + ".ics" : "/iven/kalender.ics";
	}

	@GetMapping("/iven/acara/{id:\\d+}")
	String acara(@PathVariable long id, Model model, Locale bahasa) {
		Acara a = publik(id);
		PenyajiIven.Tampilan t = penyaji.tampilan(a, bahasa);
		String url = alamat(a);
		model.addAttribute("t", t);
		model.addAttribute("jsonLd", penyaji.jsonLd(t, url, a.poster() == null ? null : urlDasar.dariPermintaan() + "/iven/poster/" + a.poster()));
		List<AcaraRepository.Riwayat> riwayat = repo.riwayat(id).stream().filter(r -> !"terbit".equals(r.tindakan())).toList();
		model.addAttribute("riwayat", riwayat);
		// the latest edit of the text, announced on top: subscribers who open the page see that it changed
		model.addAttribute("diubah", riwayat.stream().filter(r -> "ubah".equals(r.tindakan())).reduce((x, y) -> y).orElse(null));
		model.addAttribute("kartu", laporan.kartu(a, bahasa).stream().limit(KARTU_PUBLIK).toList());
		model.addAttribute("seri", dosir.seri(a, bahasa));
		return "iven/acara";
	}

	private Acara publik(long id) {
		return repo.cari(id).filter(a -> a.status().publik())
			.orElseThrow(() -> PermintaanDitolakException.tidakDitemukan("iven.tidak-ditemukan"));
	}

	private String alamat(Acara a) {
		return urlDasar.dariPermintaan() + "/iven/acara/" + a.id();
	}

	/** "Add to my calendar": the one event as a file a phone's calendar opens. */
	@GetMapping("/iven/acara/{id:\\d+}.ics")
	ResponseEntity<String> acaraIcs(@PathVariable long id, WebRequest permintaan) {
		Acara a = publik(id);
		return ics(permintaan, () -> ical.kalender(a.judul(), alamat(a), List.of(a), this::alamat, penyaji::namaKelurahan), a.diubah(),
				"acara-" + a.id() + ".ics");
	}

	@BacaanPublik
	@GetMapping("/iven/kalender.ics")
	ResponseEntity<String> kota(WebRequest permintaan, Locale bahasa) {
		return feed(kalender.pilihan(null, null, null, bahasa), permintaan);
	}

	@BacaanPublik
	@GetMapping("/iven/kelurahan/{kode}.ics")
	ResponseEntity<String> kelurahan(@PathVariable String kode, WebRequest permintaan, Locale bahasa) {
		return feed(kalender.pilihan(kode, null, null, bahasa), permintaan);
	}

	@BacaanPublik
	@GetMapping("/iven/kecamatan/{kode}.ics")
	ResponseEntity<String> kecamatan(@PathVariable String kode, WebRequest permintaan, Locale bahasa) {
		return feed(kalender.pilihan(null, kode, null, bahasa), permintaan);
	}

	@BacaanPublik
	@GetMapping("/iven/jenis/{jenis}.ics")
	ResponseEntity<String> jenis(@PathVariable String jenis, WebRequest permintaan, Locale bahasa) {
		return feed(kalender.pilihan(null, null, jenis, bahasa), permintaan);
	}

	private ResponseEntity<String> feed(KalenderIven.Pilihan p, WebRequest permintaan) {
		Instant terakhir = repo.perubahanTerakhir(p.saringan()).orElse(Instant.EPOCH);
		String halaman = urlDasar.dariPermintaan() + "/iven" + kueri(p);
		return ics(permintaan, () -> ical.kalender(p.nama(), halaman, repo.semuaPublik(p.saringan(), FEED_MAKS), this::alamat,
				penyaji::namaKelurahan), terakhir, null);
	}

	private static String kueri(KalenderIven.Pilihan p) {
		if (p.kelurahan() != null) {
			return "?kelurahan=" + p.kelurahan();
		}
		if (p.kecamatan() != null) {
			return "?kecamatan=" + p.kecamatan();
		}
		return p.jenis() != null ? "?jenis=" + p.jenis().slug() : "";
	}

	/**
	 * A calendar answer with a strong ETag of its bytes and Last-Modified of its latest change: a subscribed client
	 * asking again with If-None-Match or If-Modified-Since gets 304 until something changes.
	 */
	private ResponseEntity<String> ics(WebRequest permintaan, Supplier<String> isi, Instant terakhir, String namaBerkas) {
		String teks = isi.get();
		String etag = "\"" + Sidik.sha256(teks.getBytes(StandardCharsets.UTF_8)) + "\"";
		if (permintaan.checkNotModified(etag, terakhir.toEpochMilli())) {
			return null;
		}
		ResponseEntity.BodyBuilder b = ResponseEntity.ok().contentType(ICAL).cacheControl(SINGKAT);
		if (namaBerkas != null) {
			b.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + namaBerkas + "\"");
		}
		return b.body(teks);
	}

	/** Atom (RFC 4287): one entry per public event, updated when it changes, linking its page. */
	@BacaanPublik
	@GetMapping("/iven/atom.xml")
	ResponseEntity<String> atom(@RequestParam(required = false) String kelurahan, @RequestParam(required = false) String kecamatan,
			@RequestParam(required = false) String jenis, WebRequest permintaan, Locale bahasa) throws XMLStreamException {
		KalenderIven.Pilihan p = kalender.pilihan(kelurahan, kecamatan, jenis, bahasa);
		Instant terakhir = repo.perubahanTerakhir(p.saringan()).orElse(Instant.EPOCH);
		if (permintaan.checkNotModified(terakhir.toEpochMilli())) {
			return null;
		}
		String dasar = urlDasar.dariPermintaan();
		StringWriter keluar = new StringWriter();
		XMLStreamWriter x = XMLOutputFactory.newFactory().createXMLStreamWriter(keluar);
		x.writeStartDocument("UTF-8", "1.0");
		x.writeStartElement("feed");
		x.writeDefaultNamespace("http://www.w3.org/2005/Atom");
		elemen(x, "id", "urn:kota-cerdas:iven:" + alamatFeed(p));
		elemen(x, "title", p.nama());
		elemen(x, "updated", terakhir.toString());
		tautan(x, "self", dasar + "/iven/atom.xml" + kueri(p), null);
		tautan(x, "alternate", dasar + "/iven" + kueri(p), "text/html");
		x.writeStartElement("author");
		elemen(x, "name", pesan.getMessage("iven.feed.penulis", null, bahasa));
		x.writeEndElement();
		for (Acara a : repo.semuaPublik(p.saringan(), FEED_MAKS)) {
			PenyajiIven.Tampilan t = penyaji.tampilan(a, bahasa);
			x.writeStartElement("entry");
			elemen(x, "id", "urn:uuid:" + a.uid());
			elemen(x, "title", a.judul() + (a.status() == StatusAcara.DIJADWALKAN ? "" : " (" + t.status() + ")"));
			elemen(x, "updated", a.diubah().toString());
			tautan(x, "alternate", alamat(a), "text/html");
			tautan(x, "enclosure", alamat(a) + ".ics", ICAL.toString());
			x.writeStartElement("category");
			x.writeAttribute("term", a.jenis().slug());
			x.writeAttribute("label", t.jenis());
			x.writeEndElement();
			elemen(x, "summary", t.waktu() + " · " + a.tempat() + ", " + t.kelurahan() + ". " + a.deskripsi());
			x.writeEndElement();
		}
		x.writeEndElement();
		x.writeEndDocument();
		x.close();
		return ResponseEntity.ok().contentType(ATOM).cacheControl(SINGKAT).body(keluar.toString());
	}

	private static void elemen(XMLStreamWriter x, String nama, String isi) throws XMLStreamException {
		x.writeStartElement(nama);
		x.writeCharacters(isi);
		x.writeEndElement();
	}

	private static void tautan(XMLStreamWriter x, String rel, String href, String jenis) throws XMLStreamException {
		x.writeEmptyElement("link");
		x.writeAttribute("rel", rel);
		x.writeAttribute("href", href);
		if (jenis != null) {
			x.writeAttribute("type", jenis);
		}
	}

	/** The month of one kelurahan on an A4 sheet for the kantor lurah's notice board, a QR code per event. */
	@GetMapping("/iven/cetak")
	String cetak(@RequestParam String kelurahan, @RequestParam(required = false) String bulan, Model model, Locale bahasa) {
		KalenderIven.Pilihan p = kalender.pilihan(kelurahan, null, null, bahasa);
		YearMonth b = bulan(bulan);
		KalenderIven.Bulan isi = kalender.bulan(p.saringan(), b, bahasa);
		// one QR per event (not per occurrence): the weekly night market is one code
		Map<Long, String> qr = new java.util.LinkedHashMap<>();
		List<Acara> acara = new java.util.ArrayList<>();
		isi.perHari().values().stream().flatMap(List::stream).map(PenyajiIven.Kemunculan::acara).forEach(a -> {
			if (!qr.containsKey(a.id())) {
				qr.put(a.id(), KodeQr.svg(alamat(a), a.judul()));
				acara.add(a);
			}
		});
		model.addAttribute("p", p);
		model.addAttribute("bulan", isi);
		model.addAttribute("namaBulan", Waktu.formatBulan(b));
		model.addAttribute("acara", acara.stream().map(a -> penyaji.tampilan(a, bahasa)).toList());
		model.addAttribute("qr", qr);
		return "iven/cetak";
	}

	/** A kelurahan on the coverage page and map: whether its annual event took place in the year. */
	record Cakupan(String nama, String kecamatan, double lat, double lon, boolean ada) {
	}

	/** Which of the city's kelurahan held their annual Event Kelurahan this year (the Smart Branding figure), on a map. */
	@GetMapping("/iven/cakupan")
	String cakupan(@RequestParam(required = false) Integer tahun, Model model) {
		int t = tahun == null ? LocalDate.now(clock.withZone(Waktu.WITA)).getYear() : tahun;
		if (t < 2000 || t > 2100) {
			throw new PermintaanDitolakException("iven.tahun-tidak-sah");
		}
		Instant dari = LocalDate.of(t, 1, 1).atStartOfDay(Waktu.WITA).toInstant();
		Instant sampai = LocalDate.of(t + 1, 1, 1).atStartOfDay(Waktu.WITA).toInstant();
		java.util.Set<String> ada = new java.util.HashSet<>(repo.kelurahanBerevent(dari, sampai, clock.instant()));
		List<Cakupan> daftar = wilayah.kelurahan().stream()
			.map(k -> new Cakupan(k.nama(), k.kecamatan().nama(), k.lat(), k.lon(), ada.contains(k.kode())))
			.sorted(java.util.Comparator.comparing(Cakupan::kecamatan).thenComparing(Cakupan::nama))
			.toList();
		model.addAttribute("tahun", t);
		model.addAttribute("daftar", daftar);
		model.addAttribute("jumlahAda", daftar.stream().filter(Cakupan::ada).count());
		model.addAttribute("dataPeta", penyaji.json(daftar));
		return "iven/cakupan";
	}

	@GetMapping("/iven/poster/{id}")
	ResponseEntity<byte[]> poster(@PathVariable UUID id) {
		if (!repo.posterPublik(id)) {
			throw PermintaanDitolakException.tidakDitemukan("berkas.tidak-ada");
		}
		return berkas.baca(id).jawaban(POSTER);
	}

	/** A report card's photo ({@code kecil}: its thumbnail, as the page shows it), while its event is public. */
	@GetMapping("/iven/laporan/foto/{id}")
	ResponseEntity<byte[]> fotoLaporan(@PathVariable UUID id, @RequestParam(defaultValue = "false") boolean kecil) {
		if (!laporan.fotoPublik(id)) {
			throw PermintaanDitolakException.tidakDitemukan("berkas.tidak-ada");
		}
		return (kecil ? berkas.bacaThumbnail(id) : berkas.baca(id)).jawaban(POSTER);
	}

	@GetMapping("/iven/ajukan")
	String formulir(Model model) {
		FormulirAcara f = new FormulirAcara();
		f.setPenyelenggaraJenis(PenyelenggaraJenis.KOMUNITAS.name());
		return BagianFormulirIven.isi(model, f, Map.of(), wilayah, "/iven/ajukan", false);
	}

	/** A community files its event; a refusal shows the form again as typed, every problem at its field. */
	@PostMapping(value = "/iven/ajukan", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@BatasLaju("iven-ajukan")
	String ajukan(@ModelAttribute("formulir") FormulirAcara f, @RequestParam(name = "poster", required = false) MultipartFile poster,
			Model model, Locale bahasa, HttpServletResponse jawaban) {
		try {
			RegisterIven.Pengajuan p = register.ajukan(f, BagianFormulirIven.poster(berkas, poster), null);
			jawaban.setStatus(HttpServletResponse.SC_CREATED);
			model.addAttribute("p", p);
			model.addAttribute("judul", f.getJudul());
			return "iven/diajukan";
		}
		catch (IsianDitolakException ex) {
			jawaban.setStatus(ex.status().value());
			return BagianFormulirIven.isi(model, f, ex.pesan(pesan, bahasa), wilayah, "/iven/ajukan", false);
		}
	}
}
