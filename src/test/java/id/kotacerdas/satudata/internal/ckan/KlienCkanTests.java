package id.kotacerdas.satudata.internal.ckan;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

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
 * A harvester's view of the Action API: a small CKAN client written against CKAN's documented envelope
 * (docs.ckan.org, "API guide") with java.net.http and a JSON tree, knowing nothing of the module's classes. The
 * catalogue is set up through the module's API: 25 published datasets of two agencies under a tag of this run, one
 * draft.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class KlienCkanTests {

	private static final int JUMLAH = 25;

	private static final int DINSOS = 10;

	@LocalServerPort
	int port;

	@Autowired
	KatalogData katalog;

	@Autowired
	DaftarOpd opd;

	private final HttpClient http = HttpClient.newHttpClient();

	private final JsonMapper json = JsonMapper.builder().build();

	private final String tanda = "panen-" + UUID.randomUUID().toString().substring(0, 8);

	private String draf;

	@BeforeAll
	void siapkan() {
		long kesbangpol = opd.cariSingkatan("Kesbangpol").orElseThrow().id();
		long dinsos = opd.cariSingkatan("Dinsos").orElseThrow().id();
		for (int i = 0; i < JUMLAH; i++) {
			String nama = tanda + "-" + String.format("%02d", i);
			katalog.simpan(dataset(nama, "Data uji panen " + i, i < DINSOS ? dinsos : kesbangpol));
			katalog.simpanSumberDaya(katalog.cari(nama).orElseThrow().id(), nama + ".csv", "CSV", 1000 + i, UUID.randomUUID());
			katalog.ajukan(nama);
			katalog.terbitkan(nama);
		}
		draf = tanda + "-draf";
		katalog.simpan(dataset(draf, "Draf uji panen", kesbangpol));
	}

	private DatasetBaru dataset(String nama, String judul, long opdId) {
		MetadataSatuData m = new MetadataSatuData("Uji", "Data uji pemanen", null, "unit", null, null, TingkatWilayah.KABUPATEN_KOTA, "53.71",
				Frekuensi.TAHUNAN, null);
		return new DatasetBaru(nama, judul, "Dataset untuk menguji klien CKAN.", opdId, List.of(ElemenKotaCerdas.KOMUNITAS),
				List.of(tanda, "uji " + tanda), null, m, null, SumberDataset.UNGGAHAN, null, null);
	}

	/** One call as a CKAN client makes it: status and parsed body. */
	record Jawaban(int status, JsonNode isi) {

		JsonNode hasil() {
			assertThat(status).as("HTTP status of %s", isi).isEqualTo(200);
			assertThat(isi.get("success").asBoolean()).isTrue();
			return isi.get("result");
		}
	}

	private Jawaban get(String aksi, Map<String, String> parameter) {
		String kueri = parameter.entrySet().stream()
			.map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
		return kirim(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/3/action/" + aksi + (kueri.isEmpty() ? "" : "?" + kueri)))
			.GET().build());
	}

	private Jawaban post(String aksi, String badanJson) {
		return kirim(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/3/action/" + aksi))
			.header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(badanJson)).build());
	}

	private Jawaban kirim(HttpRequest r) {
		try {
			HttpResponse<String> j = http.send(r, HttpResponse.BodyHandlers.ofString());
			assertThat(j.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
			return new Jawaban(j.statusCode(), json.readTree(j.body()));
		}
		catch (IOException e) {
			throw new AssertionError(e);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new AssertionError(e);
		}
	}

	private static List<String> nama(JsonNode daftar) {
		List<String> n = new ArrayList<>();
		daftar.forEach(d -> n.add(d.get("name").asString()));
		return n;
	}

	@Test
	void aHarvesterReadsEveryPackageFromTheListAndFindsTheSameThroughPagedSearch() {
		Jawaban daftar = get("package_list", Map.of());
		assertThat(daftar.isi().get("help").asString()).endsWith("/api/3/action/help_show?name=package_list");
		List<String> semua = new ArrayList<>();
		daftar.hasil().forEach(n -> semua.add(n.asString()));
		assertThat(semua).contains("statistik-pengaduan-bulanan", tanda + "-00", tanda + "-24").doesNotContain(draf).doesNotHaveDuplicates();
		for (String n : semua) {
			JsonNode p = get("package_show", Map.of("id", n)).hasil();
			assertThat(p.get("name").asString()).isEqualTo(n);
			assertThat(p.get("title").asString()).isNotBlank();
			assertThat(p.get("organization").get("name").asString()).isNotBlank();
			assertThat(p.get("license_id").asString()).isEqualTo("CC-BY-4.0");
			assertThat(p.get("metadata_modified").asString()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{6}");
			assertThat(p.get("resources").size()).isPositive();
			p.get("resources").forEach(r -> assertThat(r.get("url").asString()).startsWith("http://localhost:" + port + "/data/" + n + "/"));
		}
		// the same set, page by page, in a stable order
		Set<String> dariCari = new HashSet<>();
		int jumlah = -1;
		for (int mulai = 0; jumlah < 0 || mulai < jumlah; mulai += 7) {
			JsonNode h = get("package_search", Map.of("rows", "7", "start", Integer.toString(mulai), "sort", "name asc")).hasil();
			jumlah = h.get("count").asInt();
			for (String n : nama(h.get("results"))) {
				assertThat(dariCari.add(n)).as("%s on two pages", n).isTrue();
			}
		}
		assertThat(jumlah).isEqualTo(semua.size());
		assertThat(dariCari).containsExactlyInAnyOrderElementsOf(semua);
		// and the same through current_package_list_with_resources, newest first
		JsonNode terbaru = get("current_package_list_with_resources", Map.of("limit", "3", "offset", "0")).hasil();
		assertThat(terbaru.size()).isEqualTo(3);
		assertThat(terbaru.get(0).get("metadata_modified").asString()).isGreaterThanOrEqualTo(terbaru.get(2).get("metadata_modified").asString());
	}

	@Test
	void pagingFiltersSortAndFacetsWorkAsCkans() {
		Set<String> dilihat = new HashSet<>();
		for (int mulai = 0; mulai < JUMLAH; mulai += 10) {
			JsonNode h = get("package_search", Map.of("fq", "tags:" + tanda, "rows", "10", "start", Integer.toString(mulai), "sort", "name desc"))
				.hasil();
			assertThat(h.get("count").asInt()).isEqualTo(JUMLAH);
			List<String> n = nama(h.get("results"));
			assertThat(n).isSortedAccordingTo(java.util.Comparator.reverseOrder());
			dilihat.addAll(n);
		}
		assertThat(dilihat).hasSize(JUMLAH);

		JsonNode org = get("package_search", Map.of("fq", "organization:kesbangpol tags:\"uji " + tanda + "\"", "rows", "100")).hasil();
		assertThat(org.get("count").asInt()).isEqualTo(JUMLAH - DINSOS);
		org.get("results").forEach(p -> assertThat(p.get("organization").get("name").asString()).isEqualTo("kesbangpol"));
		assertThat(get("package_search", Map.of("fq", "+tags:" + tanda + " -organization:kesbangpol")).hasil().get("count").asInt())
			.isEqualTo(DINSOS);
		assertThat(get("package_search", Map.of("fq", "tags:" + tanda + " res_format:CSV license_id:CC-BY-4.0 groups:komunitas")).hasil()
			.get("count").asInt()).isEqualTo(JUMLAH);
		assertThat(get("package_search", Map.of("fq", "tags:" + tanda + " res_format:XLSX")).hasil().get("count").asInt()).isZero();

		JsonNode f = get("package_search", Map.of("fq", "tags:" + tanda, "rows", "0", "facet.field",
				"[\"organization\",\"res_format\",\"groups\",\"license_id\"]")).hasil();
		assertThat(f.get("results").size()).isZero();
		assertThat(f.get("facets").get("organization").get("kesbangpol").asInt()).isEqualTo(JUMLAH - DINSOS);
		assertThat(f.get("facets").get("organization").get("dinsos").asInt()).isEqualTo(DINSOS);
		assertThat(f.get("facets").get("res_format").get("CSV").asInt()).isEqualTo(JUMLAH);
		assertThat(f.get("facets").get("license_id").get("CC-BY-4.0").asInt()).isEqualTo(JUMLAH);
		JsonNode item = f.get("search_facets").get("organization").get("items");
		assertThat(item.get(0).get("name").asString()).isEqualTo("kesbangpol");
		assertThat(item.get(0).get("count").asInt()).isEqualTo(JUMLAH - DINSOS);
		assertThat(item.get(0).get("display_name").asString()).isEqualTo("Badan Kesatuan Bangsa dan Politik Kota Kupang");
		assertThat(get("package_search", Map.of("fq", "tags:" + tanda, "rows", "0", "facet.field", "[\"organization\"]", "facet.limit", "1"))
			.hasil().get("facets").get("organization").size()).isEqualTo(1);

		// POST with a JSON body answers as GET does
		JsonNode lewatPost = post("package_search",
				"{\"fq\": \"tags:" + tanda + "\", \"rows\": 5, \"start\": 20, \"sort\": \"name asc\", \"include_private\": true}").hasil();
		assertThat(nama(lewatPost.get("results"))).containsExactly(tanda + "-20", tanda + "-21", tanda + "-22", tanda + "-23", tanda + "-24");
		// words: the title's words and the tag
		assertThat(get("package_search", Map.of("q", "panen 7", "fq", "tags:" + tanda)).hasil().get("count").asInt()).isEqualTo(1);
	}

	@Test
	void organisationsGroupsTagsResourcesAndStatus() {
		JsonNode org = get("organization_list", Map.of("all_fields", "true")).hasil();
		JsonNode kesbangpol = null;
		for (JsonNode o : org) {
			if (o.get("name").asString().equals("kesbangpol")) {
				kesbangpol = o;
			}
		}
		assertThat(kesbangpol).isNotNull();
		assertThat(kesbangpol.get("package_count").asInt()).isGreaterThanOrEqualTo(JUMLAH - DINSOS);
		JsonNode satu = get("organization_show", Map.of("id", "kesbangpol", "include_datasets", "true")).hasil();
		assertThat(satu.get("title").asString()).isEqualTo("Badan Kesatuan Bangsa dan Politik Kota Kupang");
		assertThat(nama(satu.get("packages"))).contains(tanda + "-10").doesNotContain(draf);
		assertThat(get("organization_show", Map.of("id", "tidak-ada-" + tanda)).status()).isEqualTo(404);

		List<String> grup = new ArrayList<>();
		get("group_list", Map.of()).hasil().forEach(g -> grup.add(g.asString()));
		assertThat(grup).hasSize(ElemenKotaCerdas.values().length).contains("komunitas", "pelayanan-publik");
		List<String> tag = new ArrayList<>();
		get("tag_list", Map.of("query", tanda)).hasil().forEach(t -> tag.add(t.asString()));
		assertThat(tag).containsExactly(tanda, "uji " + tanda);

		JsonNode paket = get("package_show", Map.of("id", tanda + "-03")).hasil();
		JsonNode r = paket.get("resources").get(0);
		JsonNode lagi = get("resource_show", Map.of("id", r.get("id").asString())).hasil();
		assertThat(lagi.get("url").asString()).isEqualTo(r.get("url").asString());
		assertThat(lagi.get("format").asString()).isEqualTo("CSV");
		assertThat(lagi.get("size").asInt()).isEqualTo(1003);
		assertThat(get("resource_show", Map.of("id", UUID.randomUUID().toString())).status()).isEqualTo(404);
		// by id as well as by name
		assertThat(get("package_show", Map.of("id", paket.get("id").asString())).hasil().get("name").asString()).isEqualTo(tanda + "-03");

		JsonNode status = get("status_show", Map.of()).hasil();
		assertThat(status.get("ckan_version").asString()).startsWith("2.10");
		assertThat(status.get("site_url").asString()).isEqualTo("http://localhost:" + port);
	}

	@Test
	void errorsAreCkans() throws Exception {
		HttpResponse<String> tidakDikenal = http.send(
				HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/3/action/package_frobnicate")).build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(tidakDikenal.statusCode()).isEqualTo(400);
		assertThat(json.readTree(tidakDikenal.body()).asString()).isEqualTo("Bad request - Action name not known: package_frobnicate");

		Map<String, String> salah = new LinkedHashMap<>();
		salah.put("-1", "Must be a natural number");
		salah.put("abc", "Invalid integer");
		for (Map.Entry<String, String> e : salah.entrySet()) {
			Jawaban j = get("package_search", Map.of("rows", e.getKey()));
			assertThat(j.status()).isEqualTo(409);
			assertThat(j.isi().get("success").asBoolean()).isFalse();
			assertThat(j.isi().get("error").get("__type").asString()).isEqualTo("Validation Error");
			assertThat(j.isi().get("error").get("rows").get(0).asString()).isEqualTo(e.getValue());
			assertThat(j.isi().get("help").asString()).endsWith("/api/3/action/help_show?name=package_search");
		}
		assertThat(get("package_search", Map.of("start", "-5")).status()).isEqualTo(409);
		assertThat(get("package_search", Map.of("facet.field", "organization")).isi().get("error").get("__type").asString())
			.isEqualTo("Validation Error");
		Jawaban sort = get("package_search", Map.of("sort", "nama asc"));
		assertThat(sort.status()).isEqualTo(409);
		assertThat(sort.isi().get("error").get("__type").asString()).isEqualTo("Search Error");
		assertThat(get("package_search", Map.of("fq", "author:siapa")).status()).isEqualTo(409);

		Jawaban hilang = get("package_show", Map.of("id", "tidak-ada-" + tanda));
		assertThat(hilang.status()).isEqualTo(404);
		assertThat(hilang.isi().get("success").asBoolean()).isFalse();
		assertThat(hilang.isi().get("error").get("__type").asString()).isEqualTo("Not Found Error");
		assertThat(hilang.isi().get("error").get("message").asString()).isEqualTo("Not found");
		assertThat(hilang.isi().has("result")).isFalse();

		Jawaban tertutup = get("package_show", Map.of("id", draf));
		assertThat(tertutup.status()).isEqualTo(403);
		assertThat(tertutup.isi().get("error").get("__type").asString()).isEqualTo("Authorization Error");
		assertThat(get("package_show", Map.of()).status()).isEqualTo(409);
		assertThat(post("package_show", "[1, 2]").status()).isEqualTo(400);
	}
}
