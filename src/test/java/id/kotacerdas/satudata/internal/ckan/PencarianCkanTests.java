package id.kotacerdas.satudata.internal.ckan;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import id.kotacerdas.IntegrationTest;
import id.kotacerdas.opd.DaftarOpd;
import id.kotacerdas.platform.DataTerbuka.Frekuensi;
import id.kotacerdas.platform.ElemenKotaCerdas;
import id.kotacerdas.satudata.DatasetBaru;
import id.kotacerdas.satudata.KatalogData;
import id.kotacerdas.satudata.MetadataSatuData;
import id.kotacerdas.satudata.SumberDataset;
import id.kotacerdas.satudata.TingkatWilayah;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * package_search's ranking, paging over tied sort keys, and filter combinations, through HTTP as a harvester calls it.
 * The catalogue of this run: 14 published datasets under a tag of their own, in three groups of equal change time
 * (set in the database, as a bulk import leaves them), with files of one to three formats.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PencarianCkanTests {

	private static final int JUMLAH = 14;

	@LocalServerPort
	int port;

	@Autowired
	KatalogData katalog;

	@Autowired
	DaftarOpd opd;

	@Autowired
	JdbcClient jdbc;

	private final HttpClient http = HttpClient.newHttpClient();

	private final JsonMapper json = JsonMapper.builder().build();

	private final String tanda = "cari-" + UUID.randomUUID().toString().substring(0, 8);

	/** A word of this run only: in the title of one dataset, in the notes of another. */
	private final String kata = "sabu" + UUID.randomUUID().toString().substring(0, 6);

	@BeforeAll
	void siapkan() {
		long bappeda = opd.cariSingkatan("Bappeda").orElseThrow().id();
		long dinsos = opd.cariSingkatan("Dinsos").orElseThrow().id();
		for (int i = 0; i < JUMLAH; i++) {
			String nama = tanda + "-" + String.format("%02d", i);
			String judul = i == 3 ? "Produksi garam " + kata + " per kelurahan" : "Produksi garam per kelurahan " + i;
			String catatan = i == 9 ? "Dihimpun bersama " + kata + " oleh Bappeda." : "Dihimpun oleh perangkat daerah.";
			katalog.simpan(new DatasetBaru(nama, judul, catatan, i % 2 == 0 ? bappeda : dinsos, List.of(ElemenKotaCerdas.KOMUNITAS),
					i == 5 ? List.of(tanda, tanda + "-x") : List.of(tanda), null,
					new MetadataSatuData("Produksi", "Produksi garam rakyat", null, "ton", null, null, TingkatWilayah.KABUPATEN_KOTA, "53.71",
							Frekuensi.TAHUNAN, null),
					null, SumberDataset.UNGGAHAN, null, null));
			UUID id = katalog.cari(nama).orElseThrow().id();
			katalog.simpanSumberDaya(id, nama + ".csv", "CSV", 1000, UUID.randomUUID());
			if (i % 3 == 0) {
				// a second CSV file: the dataset still counts once under CSV
				katalog.simpanSumberDaya(id, nama + "-lampiran.csv", "CSV", 500, UUID.randomUUID());
			}
			if (i % 2 == 0) {
				katalog.simpanSumberDaya(id, nama + ".xlsx", "XLSX", 2000, UUID.randomUUID());
			}
			katalog.ajukan(nama);
			katalog.terbitkan(nama);
		}
		// three groups of equal change time, as a bulk import leaves them
		Instant dasar = Instant.parse("2026-03-01T02:00:00Z");
		for (int i = 0; i < JUMLAH; i++) {
			jdbc.sql("update satudata.dataset set diubah = ? where nama = ?")
				.params(Timestamp.from(dasar.plusSeconds(3600L * (i % 3))), tanda + "-" + String.format("%02d", i)).update();
		}
	}

	private JsonNode cari(Map<String, String> parameter) {
		String kueri = parameter.entrySet().stream()
			.map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
		try {
			HttpResponse<String> j = http.send(
					HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/3/action/package_search?" + kueri)).GET().build(),
					HttpResponse.BodyHandlers.ofString());
			assertThat(j.statusCode()).as(j.body()).isEqualTo(200);
			return json.readTree(j.body()).get("result");
		}
		catch (IOException e) {
			throw new AssertionError(e);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new AssertionError(e);
		}
	}

	private static List<String> nama(JsonNode hasil) {
		List<String> n = new ArrayList<>();
		hasil.get("results").forEach(d -> n.add(d.get("name").asString()));
		return n;
	}

	/** Every page size, every tied sort: the pages together are the whole set once, in one order (ties by name). */
	@ParameterizedTest
	@ValueSource(strings = { "metadata_modified desc", "metadata_modified asc", "views_recent desc", "metadata_modified desc, views_total asc" })
	void pagesOverTiedSortKeysNeverRepeatOrSkip(String sort) {
		List<String> utuh = nama(cari(Map.of("fq", "tags:" + tanda, "rows", "100", "sort", sort)));
		assertThat(utuh).hasSize(JUMLAH).doesNotHaveDuplicates();
		Random acak = new Random(sort.hashCode());
		for (int ulang = 0; ulang < 3; ulang++) {
			int baris = 1 + acak.nextInt(6);
			List<String> berhalaman = new ArrayList<>();
			for (int mulai = 0; mulai < JUMLAH; mulai += baris) {
				JsonNode h = cari(Map.of("fq", "tags:" + tanda, "rows", Integer.toString(baris), "start", Integer.toString(mulai), "sort", sort));
				assertThat(h.get("count").asInt()).isEqualTo(JUMLAH);
				berhalaman.addAll(nama(h));
			}
			assertThat(berhalaman).as("pages of %d sorted by %s", baris, sort).isEqualTo(utuh);
		}
		if (sort.startsWith("metadata_modified")) {
			// within a tie, by name: the three groups of equal change time each in name order
			List<JsonNode> paket = new ArrayList<>();
			cari(Map.of("fq", "tags:" + tanda, "rows", "100", "sort", sort)).get("results").forEach(paket::add);
			Comparator<JsonNode> waktu = Comparator.comparing(p -> p.get("metadata_modified").asString());
			assertThat(paket).isSortedAccordingTo((sort.startsWith("metadata_modified desc") ? waktu.reversed() : waktu)
				.thenComparing(p -> p.get("name").asString()));
		}
	}

	@Test
	void aWordInTheTitleRanksAboveTheSameWordInTheNotes() {
		JsonNode h = cari(Map.of("q", kata));
		assertThat(h.get("count").asInt()).isEqualTo(2);
		assertThat(nama(h)).containsExactly(tanda + "-03", tanda + "-09");
		assertThat(nama(cari(Map.of("q", kata, "sort", "score asc")))).containsExactly(tanda + "-09", tanda + "-03");
		// a word and a filter: both must hold
		assertThat(nama(cari(Map.of("q", kata, "fq", "organization:bappeda")))).isEmpty();
		assertThat(nama(cari(Map.of("q", kata, "fq", "organization:dinsos")))).containsExactly(tanda + "-03", tanda + "-09");
	}

	@Test
	void formatFiltersAndFacetsCountEachDatasetOncePerFormat() {
		JsonNode f = cari(Map.of("fq", "tags:" + tanda, "rows", "0", "facet.field", "[\"res_format\",\"organization\",\"license_id\"]"));
		assertThat(f.get("facets").get("res_format").get("CSV").asInt()).isEqualTo(JUMLAH);
		assertThat(f.get("facets").get("res_format").get("XLSX").asInt()).isEqualTo(JUMLAH / 2);
		assertThat(f.get("facets").get("organization").get("bappeda").asInt()).isEqualTo(JUMLAH / 2);
		assertThat(f.get("facets").get("license_id").get("CC-BY-4.0").asInt()).isEqualTo(JUMLAH);
		// formats match in any case; negated terms exclude; every term must hold
		assertThat(cari(Map.of("fq", "tags:" + tanda + " res_format:xlsx")).get("count").asInt()).isEqualTo(JUMLAH / 2);
		assertThat(nama(cari(Map.of("fq", "tags:" + tanda + " -res_format:XLSX", "rows", "100", "sort", "name asc"))))
			.allSatisfy(n -> assertThat(Integer.parseInt(n.substring(n.length() - 2)) % 2).isOne()).hasSize(JUMLAH / 2);
		assertThat(nama(cari(Map.of("fq", "organization:dinsos tags:" + tanda + "-x")))).containsExactly(tanda + "-05");
		assertThat(cari(Map.of("fq", "tags:" + tanda + " -tags:" + tanda + "-x license_id:CC-BY-4.0")).get("count").asInt()).isEqualTo(JUMLAH - 1);
		assertThat(cari(Map.of("fq", "tags:" + tanda + " organization:dinsos res_format:XLSX")).get("count").asInt()).isZero();
		// a file added later counts at once
		katalog.simpanSumberDaya(katalog.cari(tanda + "-13").orElseThrow().id(), tanda + "-13.json", "JSON", 10, UUID.randomUUID());
		assertThat(nama(cari(Map.of("fq", "tags:" + tanda + " res_format:JSON")))).containsExactly(tanda + "-13");
		assertThat(cari(Map.of("fq", "tags:" + tanda, "rows", "0", "facet.field", "[\"res_format\"]")).get("facets").get("res_format").get("JSON")
			.asInt()).isOne();
	}

	@Test
	void aPageBeyondTheEndIsEmptyButCounts() {
		JsonNode h = cari(Map.of("fq", "tags:" + tanda, "start", "40", "rows", "5"));
		assertThat(h.get("count").asInt()).isEqualTo(JUMLAH);
		assertThat(h.get("results").size()).isZero();
		JsonNode akhir = cari(Map.of("fq", "tags:" + tanda, "start", Integer.toString(JUMLAH - 2), "rows", "5", "sort", "name asc"));
		assertThat(nama(akhir)).containsExactly(tanda + "-12", tanda + "-13");
		assertThat(akhir.get("results").get(0).get("resources").size()).isEqualTo(3);
		assertThat(akhir.get("results").get(0).get("num_resources").asInt()).isEqualTo(3);
	}
}
