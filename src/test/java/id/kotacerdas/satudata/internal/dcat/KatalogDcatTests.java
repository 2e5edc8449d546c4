package id.kotacerdas.satudata.internal.dcat;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import id.kotacerdas.IntegrationTest;
import id.kotacerdas.satudata.Dataset;
import id.kotacerdas.satudata.KatalogData;

/** The DCAT catalogue read by an independent RDF parser (Apache Jena): JSON-LD and Turtle, the same triples. */
@IntegrationTest
class KatalogDcatTests {

	private static final String FOAF = "http://xmlns.com/foaf/0.1/";

	@LocalServerPort
	int port;

	@Autowired
	KatalogData katalog;

	private final HttpClient http = HttpClient.newHttpClient();

	private Model baca(String jalur, Lang bahasa, String jenis) throws Exception {
		HttpResponse<String> j = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + jalur)).build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(j.statusCode()).isEqualTo(200);
		assertThat(j.headers().firstValue("Content-Type").orElseThrow()).startsWith(jenis);
		return RDFParser.fromString(j.body(), bahasa).toModel();
	}

	@Test
	void theCatalogueInJsonLdAndTurtleHoldsEveryPublishedDatasetWithItsDcatProperties() throws Exception {
		Model m = baca("/catalog.jsonld", Lang.JSONLD, "application/ld+json");
		Model t = baca("/catalog.ttl", Lang.TURTLE, "text/turtle");
		assertThat(m.isIsomorphicWith(t)).as("JSON-LD and Turtle hold the same graph").isTrue();

		List<Resource> katalogList = m.listSubjectsWithProperty(RDF.type, DCAT.Catalog).toList();
		assertThat(katalogList).hasSize(1);
		Resource kat = katalogList.get(0);
		Set<String> diKatalog = m.listObjectsOfProperty(kat, DCAT.dataset).toList().stream().map(n -> n.asResource().getURI())
			.collect(Collectors.toSet());
		List<String> terbit = katalog.namaTerbit(Integer.MAX_VALUE, 0);
		assertThat(m.listSubjectsWithProperty(RDF.type, DCAT.Dataset).toList()).hasSize(terbit.size());
		assertThat(diKatalog).hasSize(terbit.size());

		Dataset umkm = katalog.cariTerbit("umkm-terdaftar").orElseThrow();
		Resource ds = m.getResource("http://localhost:" + port + "/data/umkm-terdaftar");
		assertThat(diKatalog).contains(ds.getURI());
		assertThat(teks(m, ds, DCTerms.identifier)).containsExactly("umkm-terdaftar");
		assertThat(teks(m, ds, DCTerms.title)).containsExactly(umkm.judul());
		assertThat(teks(m, ds, DCTerms.description)).containsExactly(umkm.catatan());
		assertThat(iri(m, ds, DCTerms.license)).containsExactly("https://creativecommons.org/licenses/by/4.0/");
		assertThat(iri(m, ds, DCTerms.accrualPeriodicity)).containsExactly("http://publications.europa.eu/resource/authority/frequency/MONTHLY");
		assertThat(teks(m, ds, DCAT.keyword)).containsExactlyInAnyOrderElementsOf(umkm.tag());
		assertThat(iri(m, ds, DCAT.theme)).containsExactly("http://localhost:" + port + "/data/grup/ekosistem-industri");
		Resource penerbit = m.listObjectsOfProperty(ds, DCTerms.publisher).next().asResource();
		assertThat(teks(m, penerbit, m.createProperty(FOAF + "name"))).containsExactly("Dinas Koperasi, Usaha Kecil dan Menengah Kota Kupang");
		Resource tempat = m.listObjectsOfProperty(ds, DCTerms.spatial).next().asResource();
		assertThat(teks(m, tempat, m.createProperty("http://www.w3.org/2004/02/skos/core#notation"))).containsExactly(umkm.satuData().kodeWilayah());
		assertThat(m.listObjectsOfProperty(ds, DCTerms.modified).next().asLiteral().getDatatypeURI())
			.isEqualTo("http://www.w3.org/2001/XMLSchema#dateTime");
		umkm.cakupanWaktu().ifPresent(c -> {
			Resource periode = m.listObjectsOfProperty(ds, DCTerms.temporal).next().asResource();
			assertThat(teks(m, periode, DCAT.startDate)).containsExactly(c.mulai().toString());
			assertThat(teks(m, periode, DCAT.endDate)).containsExactly(c.selesai().toString());
		});

		List<RDFNode> distribusi = m.listObjectsOfProperty(ds, DCAT.distribution).toList();
		assertThat(distribusi).hasSize(3);
		assertThat(distribusi.stream().map(d -> iri(m, d.asResource(), DCAT.downloadURL).get(0)).toList()).containsExactlyInAnyOrder(
				"http://localhost:" + port + "/data/umkm-terdaftar/unduh.csv", "http://localhost:" + port + "/data/umkm-terdaftar/unduh.xlsx",
				"http://localhost:" + port + "/data/umkm-terdaftar/unduh.json");
		assertThat(distribusi.stream().map(d -> iri(m, d.asResource(), DCAT.mediaType).get(0)).toList()).contains(
				"http://www.iana.org/assignments/media-types/text/csv", "http://www.iana.org/assignments/media-types/application/json");
		distribusi.forEach(d -> assertThat(m.contains(d.asResource(), RDF.type, DCAT.Distribution)).isTrue());
	}

	private static List<String> teks(Model m, Resource s, Property p) {
		return m.listObjectsOfProperty(s, p).toList().stream().map(n -> n.asLiteral().getLexicalForm()).toList();
	}

	private static List<String> iri(Model m, Resource s, Property p) {
		return m.listObjectsOfProperty(s, p).toList().stream().map(n -> n.asResource().getURI()).toList();
	}
}
