package id.kotacerdas.satudata.internal.dcat;

import java.time.Instant;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import id.kotacerdas.platform.BacaanPublik;
import id.kotacerdas.platform.KotaProperties;
import id.kotacerdas.platform.UrlDasar;
import id.kotacerdas.satudata.Dataset;
import id.kotacerdas.satudata.GrupData;
import id.kotacerdas.satudata.HasilPencarian;
import id.kotacerdas.satudata.KatalogData;
import id.kotacerdas.satudata.Pencarian;
import id.kotacerdas.satudata.SumberDaya;
import id.kotacerdas.satudata.internal.dcat.GrafRdf.Nilai;
import id.kotacerdas.satudata.internal.katalog.Lisensi;

/**
 * The published catalogue in DCAT (DCAT-AP 2 properties) for harvesters: {@code /catalog.jsonld} and
 * {@code /catalog.ttl}, the same graph. A dataset is its landing page's IRI, a distribution its file's UUID URN.
 */
@RestController
class DcatController {

	private static final MediaType JSON_LD = MediaType.parseMediaType("application/ld+json");

	private static final MediaType TURTLE = MediaType.parseMediaType("text/turtle;charset=UTF-8");

	/** Datasets read per query while the graph is built. */
	private static final int HALAMAN = 1000;

	private static final String JENIS_MEDIA = "http://www.iana.org/assignments/media-types/";

	private static final String JENIS_BERKAS = "http://publications.europa.eu/resource/authority/file-type/";

	private final KatalogData katalog;

	private final UrlDasar urlDasar;

	private final MessageSource pesan;

	private final KotaProperties kota;

	DcatController(KatalogData katalog, UrlDasar urlDasar, MessageSource pesan, KotaProperties kota) {
		this.katalog = katalog;
		this.urlDasar = urlDasar;
		this.pesan = pesan;
		this.kota = kota;
	}

	@BacaanPublik
	@GetMapping("/catalog.jsonld")
	ResponseEntity<Map<String, Object>> jsonLd() {
		return ResponseEntity.ok().contentType(JSON_LD).body(graf().jsonLd());
	}

	@BacaanPublik
	@GetMapping("/catalog.ttl")
	ResponseEntity<String> turtle() {
		return ResponseEntity.ok().contentType(TURTLE).body(graf().turtle());
	}

	private GrafRdf graf() {
		String dasar = urlDasar.dariPermintaan();
		String katalogIri = dasar + "/data";
		GrafRdf g = new GrafRdf();
		g.jenis(katalogIri, "dcat:Catalog");
		g.tambah(katalogIri, "dct:title", Nilai.teks(pesan.getMessage("satudata.ckan.judul-situs", new Object[] { kota.nama() }, Locale.ROOT), "id"));
		g.tambah(katalogIri, "dct:description",
				Nilai.teks(pesan.getMessage("satudata.ckan.keterangan-situs", new Object[] { kota.nama() }, Locale.ROOT), "id"));
		g.tambah(katalogIri, "foaf:homepage", Nilai.iri(katalogIri));
		g.tambah(katalogIri, "dct:language", Nilai.iri("http://publications.europa.eu/resource/authority/language/IND"));
		String kotaIri = dasar + "/data/wilayah/" + kota.kode();
		g.tambah(katalogIri, "dct:spatial", Nilai.iri(kotaIri));
		g.jenis(kotaIri, "dct:Location");
		g.tambah(kotaIri, "skos:prefLabel", Nilai.teks(kota.nama(), "id"));
		g.tambah(kotaIri, "skos:notation", Nilai.teks(kota.kode(), null));
		int mulai = 0;
		HasilPencarian h;
		do {
			h = katalog.cari(Pencarian.semua(HALAMAN, mulai));
			for (Dataset d : h.dataset()) {
				dataset(g, katalogIri, kotaIri, dasar, d);
			}
			mulai += HALAMAN;
		}
		while (mulai < h.jumlah());
		return g;
	}

	private void dataset(GrafRdf g, String katalogIri, String kotaIri, String dasar, Dataset d) {
		String iri = dasar + "/data/" + d.nama();
		g.tambah(katalogIri, "dcat:dataset", Nilai.iri(iri));
		g.jenis(iri, "dcat:Dataset");
		g.tambah(iri, "dct:identifier", Nilai.teks(d.nama(), null));
		g.tambah(iri, "dct:title", Nilai.teks(d.judul(), "id"));
		g.tambah(iri, "dct:description", Nilai.teks(d.catatan(), "id"));
		g.tambah(iri, "dcat:landingPage", Nilai.iri(iri));
		String penerbit = dasar + "/data/organisasi/" + d.organisasi().nama();
		g.tambah(iri, "dct:publisher", Nilai.iri(penerbit));
		g.jenis(penerbit, "foaf:Agent");
		g.tambah(penerbit, "foaf:name", Nilai.teks(d.organisasi().judul(), "id"));
		String lisensi = Lisensi.dari(d.lisensi()).url();
		g.tambah(iri, "dct:license", lisensi == null ? null : Nilai.iri(lisensi));
		g.tambah(iri, "dct:spatial", Nilai.iri(kotaIri));
		g.tambah(iri, "dct:accrualPeriodicity", Nilai.iri(d.satuData().periode().iri()));
		d.tag().forEach(t -> g.tambah(iri, "dcat:keyword", Nilai.teks(t, "id")));
		for (String grup : d.grup()) {
			String tema = dasar + "/data/grup/" + grup;
			g.tambah(iri, "dcat:theme", Nilai.iri(tema));
			g.jenis(tema, "skos:Concept");
			GrupData.elemen(grup).ifPresent(e -> g.tambah(tema, "skos:prefLabel", Nilai.teks(pesan.getMessage(e.kodePesan(), null, Locale.ROOT), "id")));
		}
		d.cakupanWaktu().ifPresent(c -> {
			String periode = iri + "#cakupan";
			g.tambah(iri, "dct:temporal", Nilai.iri(periode));
			g.jenis(periode, "dct:PeriodOfTime");
			g.tambah(periode, "dcat:startDate", Nilai.bertipe(c.mulai().toString(), "xsd:date"));
			g.tambah(periode, "dcat:endDate", Nilai.bertipe(c.selesai().toString(), "xsd:date"));
		});
		g.tambah(iri, "dct:issued", waktu(d.tanggalRilis()));
		g.tambah(iri, "dct:modified", waktu(d.diubah()));
		for (SumberDaya s : d.sumberDaya()) {
			String distribusi = "urn:uuid:" + s.id();
			String unduh = dasar + s.alamat();
			g.tambah(iri, "dcat:distribution", Nilai.iri(distribusi));
			g.jenis(distribusi, "dcat:Distribution");
			g.tambah(distribusi, "dct:title", Nilai.teks(d.judul() + " (" + s.format() + ")", "id"));
			g.tambah(distribusi, "dcat:accessURL", Nilai.iri(unduh));
			g.tambah(distribusi, "dcat:downloadURL", Nilai.iri(unduh));
			g.tambah(distribusi, "dcat:mediaType", Nilai.iri(JENIS_MEDIA + s.jenisMedia()));
			g.tambah(distribusi, "dct:format", Nilai.iri(JENIS_BERKAS + s.format()));
			g.tambah(distribusi, "dct:license", lisensi == null ? null : Nilai.iri(lisensi));
			g.tambah(distribusi, "dct:modified", waktu(s.diubah()));
			if (s.ukuran() != null) {
				g.tambah(distribusi, "dcat:byteSize", Nilai.bertipe(Long.toString(s.ukuran()), "xsd:nonNegativeInteger"));
			}
		}
	}

	private static Nilai waktu(Instant t) {
		return t == null ? null : Nilai.bertipe(t.toString(), "xsd:dateTime");
	}
}
