package id.kotacerdas.open311.internal;

import static id.kotacerdas.open311.internal.UjiOpen311.galatJson;
import static id.kotacerdas.open311.internal.UjiOpen311.galatXml;
import static id.kotacerdas.open311.internal.UjiOpen311.jumlah;
import static id.kotacerdas.open311.internal.UjiOpen311.x;
import static id.kotacerdas.open311.internal.UjiOpen311.xml;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.w3c.dom.Document;

import id.kotacerdas.IntegrationTest;
import id.kotacerdas.pengaduan.LaporanBaru;
import id.kotacerdas.pengaduan.LayananPengaduan;
import id.kotacerdas.wilayah.Kelurahan;
import id.kotacerdas.wilayah.Wilayah;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/** GeoReport v2 conformance, both formats, every error path (the spec summary in docs/open311-georeport-v2.md). */
@IntegrationTest
class Open311ConformanceTests {

	static final String V2 = "/open311/v2";

	@Autowired
	MockMvc mvc;

	@Autowired
	ObjectMapper json;

	@Autowired
	Wilayah wilayah;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	LayananPengaduan pengaduan;

	@Autowired
	Open311Config.Pembatas pembatas;

	UjiOpen311.Kunci kunci;

	Kelurahan kel;

	@BeforeEach
	void siapkan() throws Exception {
		pembatas.kosongkan();
		kunci = UjiOpen311.kunciBaru(mvc, json, "open311");
		kel = UjiOpen311.kelurahan(wilayah, 1);
	}

	private MockHttpServletResponse jalankan(RequestBuilder permintaan) throws Exception {
		return mvc.perform(permintaan).andReturn().getResponse();
	}

	private static void jenisIsi(MockHttpServletResponse r, String mime) {
		MediaType t = MediaType.parseMediaType(r.getContentType());
		assertThat(t.getType() + "/" + t.getSubtype()).isEqualTo(mime);
		assertThat(t.getCharset()).isEqualTo(StandardCharsets.UTF_8);
	}

	/** A valid filing; {@code ganti} are name/value pairs that replace (or with null remove) a default parameter. */
	private MockHttpServletRequestBuilder laporan(String format, String... ganti) {
		Map<String, List<String>> isi = new LinkedHashMap<>();
		isi.put("api_key", List.of(kunci.kunci()));
		isi.put("service_code", List.of("jalan-rusak"));
		isi.put("lat", List.of(String.valueOf(kel.lat())));
		isi.put("long", List.of(String.valueOf(kel.lon())));
		isi.put("description", List.of("Lubang besar di tengah jalan"));
		isi.put("attribute[ukuran]", List.of("12"));
		isi.put("attribute[bahaya][]", List.of("motor", "macet"));
		for (int i = 0; i < ganti.length; i += 2) {
			if (ganti[i + 1] == null) {
				isi.remove(ganti[i]);
			}
			else {
				isi.put(ganti[i], List.of(ganti[i + 1]));
			}
		}
		MockHttpServletRequestBuilder b = post(V2 + "/requests." + format);
		isi.forEach((k, v) -> b.param(k, v.toArray(String[]::new)));
		return b;
	}

	private String ajukanJson(RequestBuilder permintaan) throws Exception {
		MockHttpServletResponse r = jalankan(permintaan);
		assertThat(r.getStatus()).as(r.getContentAsString()).isEqualTo(200);
		JsonNode n = json.readTree(r.getContentAsByteArray());
		assertThat(n.isArray()).isTrue();
		assertThat(n.get(0).path("service_request_id").isString()).isTrue();
		return n.get(0).path("service_request_id").asString();
	}

	// --- discovery, services, definitions ---

	@Test
	void discoveryInBothFormats() throws Exception {
		MockHttpServletResponse r = jalankan(get(V2 + "/discovery.xml"));
		assertThat(r.getStatus()).isEqualTo(200);
		jenisIsi(r, "text/xml");
		assertThat(r.getContentAsString(StandardCharsets.UTF_8)).startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>");
		Document d = xml(r.getContentAsByteArray());
		assertThat(x(d, "/discovery/changeset")).matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\+08:00");
		assertThat(x(d, "/discovery/contact")).isNotBlank();
		assertThat(x(d, "/discovery/key_service")).isNotBlank();
		assertThat(x(d, "/discovery/endpoints/endpoint[1]/specification")).isEqualTo("http://wiki.open311.org/GeoReport_v2");
		assertThat(x(d, "/discovery/endpoints/endpoint[1]/url")).endsWith("/open311/v2");
		assertThat(x(d, "/discovery/endpoints/endpoint[1]/type")).isEqualTo("production");
		assertThat(x(d, "/discovery/endpoints/endpoint[1]/formats/format[1]")).isEqualTo("text/xml");
		assertThat(x(d, "/discovery/endpoints/endpoint[1]/formats/format[2]")).isEqualTo("application/json");

		MockHttpServletResponse j = jalankan(get(V2 + "/discovery.json"));
		jenisIsi(j, "application/json");
		JsonNode n = json.readTree(j.getContentAsByteArray());
		assertThat(n.isObject()).isTrue();
		assertThat(n.path("changeset").asString()).isEqualTo(x(d, "/discovery/changeset"));
		assertThat(n.path("endpoints").isArray()).isTrue();
		assertThat(n.path("endpoints").get(0).path("formats").isArray()).isTrue();
		assertThat(n.path("endpoints").get(0).path("formats").get(1).asString()).isEqualTo("application/json");
	}

	@Test
	void changesetStaysWhileServicesDoNotChange() throws Exception {
		String a = x(xml(jalankan(get(V2 + "/discovery.xml")).getContentAsByteArray()), "/discovery/changeset");
		Thread.sleep(1100);
		String b = x(xml(jalankan(get(V2 + "/discovery.xml")).getContentAsByteArray()), "/discovery/changeset");
		assertThat(b).isEqualTo(a);
	}

	@Test
	void serviceListInBothFormats() throws Exception {
		int kategori = pengaduan.kategori().size();
		MockHttpServletResponse r = jalankan(get(V2 + "/services.xml"));
		jenisIsi(r, "text/xml");
		Document d = xml(r.getContentAsByteArray());
		assertThat(jumlah(d, "/services/service")).isEqualTo(kategori);
		assertThat(x(d, "/services/service[service_code='sampah']/service_name")).isEqualTo("Sampah");
		assertThat(x(d, "/services/service[service_code='sampah']/metadata")).isEqualTo("true");
		assertThat(x(d, "/services/service[service_code='lainnya']/metadata")).isEqualTo("false");
		assertThat(x(d, "/services/service[service_code='sampah']/type")).isEqualTo("realtime");
		assertThat(x(d, "/services/service[service_code='sampah']/group")).isEqualTo("DLHK");
		assertThat(x(d, "/services/service[service_code='sampah']/keywords")).contains("sampah");
		assertThat(x(d, "/services/service[service_code='sampah']/description")).isNotBlank();

		JsonNode n = json.readTree(jalankan(get(V2 + "/services.json")).getContentAsByteArray());
		assertThat(n.isArray()).isTrue();
		assertThat(n.size()).isEqualTo(kategori);
		for (JsonNode s : n) {
			assertThat(s.path("service_code").isString()).isTrue();
			assertThat(s.path("metadata").isBoolean()).isTrue();
			assertThat(s.path("type").asString()).isEqualTo("realtime");
		}
	}

	@Test
	void serviceDefinitionWithAttributesWrapperInBothFormats() throws Exception {
		Document d = xml(jalankan(get(V2 + "/services/jalan-rusak.xml")).getContentAsByteArray());
		assertThat(x(d, "/service_definition/service_code")).isEqualTo("jalan-rusak");
		// the category's two questions, then the road segment it asks for (attribute[aset])
		assertThat(jumlah(d, "/service_definition/attributes/attribute")).isEqualTo(3);
		assertThat(x(d, "/service_definition/attributes/attribute[code='aset']/order")).isEqualTo("3");
		assertThat(x(d, "/service_definition/attributes/attribute[code='ukuran']/datatype")).isEqualTo("number");
		assertThat(x(d, "/service_definition/attributes/attribute[code='ukuran']/order")).isEqualTo("1");
		assertThat(x(d, "/service_definition/attributes/attribute[code='bahaya']/datatype")).isEqualTo("multivaluelist");
		assertThat(x(d, "/service_definition/attributes/attribute[code='bahaya']/order")).isEqualTo("2");
		assertThat(x(d, "/service_definition/attributes/attribute[code='bahaya']/variable")).isEqualTo("true");
		assertThat(x(d, "/service_definition/attributes/attribute[code='bahaya']/required")).isEqualTo("false");
		assertThat(x(d, "/service_definition/attributes/attribute[code='bahaya']/datatype_description")).isNotBlank();
		assertThat(jumlah(d, "/service_definition/attributes/attribute[code='bahaya']/values/value")).isEqualTo(3);
		assertThat(x(d, "/service_definition/attributes/attribute[code='bahaya']/values/value[1]/key")).isEqualTo("motor");
		assertThat(x(d, "/service_definition/attributes/attribute[code='bahaya']/values/value[1]/name")).isNotBlank();

		JsonNode n = json.readTree(jalankan(get(V2 + "/services/sampah.json")).getContentAsByteArray());
		assertThat(n.isObject()).isTrue();
		assertThat(n.path("attributes").isArray()).isTrue();
		JsonNode a = n.path("attributes").get(0);
		assertThat(a.path("code").isString()).isTrue();
		assertThat(a.path("datatype").asString()).isEqualTo("singlevaluelist");
		assertThat(a.path("required").isBoolean()).isTrue();
		assertThat(a.path("order").isInt()).isTrue();
		assertThat(a.path("values").isArray()).isTrue();
		assertThat(a.path("values").get(0).path("key").isString()).isTrue();

		JsonNode tanpa = json.readTree(jalankan(get(V2 + "/services/lainnya.json")).getContentAsByteArray());
		assertThat(tanpa.path("attributes").isArray()).isTrue();
		assertThat(tanpa.path("attributes").size()).isZero();
	}

	@Test
	void unknownServiceIs404InBothFormats() throws Exception {
		MockHttpServletResponse r = jalankan(get(V2 + "/services/tidak-ada.xml"));
		assertThat(r.getStatus()).isEqualTo(404);
		jenisIsi(r, "text/xml");
		galatXml(r.getContentAsByteArray(), 404);
		MockHttpServletResponse j = jalankan(get(V2 + "/services/tidak-ada.json"));
		assertThat(j.getStatus()).isEqualTo(404);
		jenisIsi(j, "application/json");
		galatJson(json, j.getContentAsByteArray(), 404);
	}

	@Test
	void jurisdictionIsOptionalAndMustMatch() throws Exception {
		assertThat(jalankan(get(V2 + "/services.json").param("jurisdiction_id", "kupangkota.go.id")).getStatus()).isEqualTo(200);
		assertThat(jalankan(get(V2 + "/services.json").param("jurisdiction_id", "")).getStatus()).isEqualTo(200);
		MockHttpServletResponse r = jalankan(get(V2 + "/services.xml").param("jurisdiction_id", "sfgov.org"));
		assertThat(r.getStatus()).isEqualTo(404);
		galatXml(r.getContentAsByteArray(), 404);
		MockHttpServletResponse p = jalankan(laporan("json").param("jurisdiction_id", "sfgov.org"));
		assertThat(p.getStatus()).isEqualTo(404);
		galatJson(json, p.getContentAsByteArray(), 404);
	}

	// --- filing and reading ---

	@Test
	void postedRequestIsFiledRoutedAndReadableInBothFormatsWithoutPersonalData() throws Exception {
		String nomor = ajukanJson(laporan("json").param("first_name", "Yohana").param("last_name", "Pelapor")
			.param("phone", "081234567891").param("email", "yohana@contoh.id").param("device_id", "perangkat-1")
			.param("account_id", "akun-9").param("address_string", "Jl. Uji Open311 1"));
		assertThat(nomor).matches("[A-Z]+-\\d{4}-\\d{6,}");
		var baris = jdbc.sql("select saluran, kelurahan_kode, telepon_pelapor, opd_id from pengaduan.pengaduan where nomor = ?")
			.param(nomor).query().singleRow();
		assertThat(baris.get("saluran")).isEqualTo("open311");
		assertThat(baris.get("kelurahan_kode")).isEqualTo(kel.kode());
		assertThat(baris.get("telepon_pelapor")).isEqualTo("081234567891");
		assertThat(baris.get("opd_id")).isNotNull();

		MockHttpServletResponse j = jalankan(get(V2 + "/requests/" + nomor + ".json"));
		jenisIsi(j, "application/json");
		JsonNode n = json.readTree(j.getContentAsByteArray());
		assertThat(n.isArray()).isTrue();
		assertThat(n.size()).isEqualTo(1);
		JsonNode q = n.get(0);
		assertThat(q.path("service_request_id").asString()).isEqualTo(nomor);
		assertThat(q.path("status").asString()).isEqualTo("open");
		assertThat(q.path("service_code").asString()).isEqualTo("jalan-rusak");
		assertThat(q.path("service_name").asString()).isEqualTo("Jalan rusak");
		assertThat(q.path("description").asString()).isEqualTo("Lubang besar di tengah jalan");
		assertThat(q.path("agency_responsible").asString()).isEqualTo("PUPR");
		assertThat(q.path("requested_datetime").asString()).matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\+08:00");
		assertThat(q.path("updated_datetime").asString()).endsWith("+08:00");
		assertThat(q.path("expected_datetime").asString()).endsWith("+08:00");
		assertThat(Instant.parse(q.path("expected_datetime").asString().replace("+08:00", "Z")))
			.isAfter(Instant.parse(q.path("requested_datetime").asString().replace("+08:00", "Z")));
		assertThat(q.path("address").asString()).isEqualTo("Jl. Uji Open311 1");
		assertThat(q.path("address_id").asString()).isEqualTo(kel.kode());
		assertThat(q.path("zipcode").asString()).isEqualTo(kel.kodepos());
		assertThat(q.path("lat").isNumber()).isTrue();
		assertThat(q.path("long").asDouble()).isEqualTo(kel.lon());
		assertThat(q.has("media_url")).isTrue();
		String teks = j.getContentAsString(StandardCharsets.UTF_8);
		assertThat(teks).doesNotContain("Yohana", "081234567891", "yohana@contoh.id", "perangkat-1", "akun-9");

		Document d = xml(jalankan(get(V2 + "/requests/" + nomor + ".xml")).getContentAsByteArray());
		assertThat(jumlah(d, "/service_requests/request")).isEqualTo(1);
		assertThat(x(d, "/service_requests/request/service_request_id")).isEqualTo(nomor);
		assertThat(x(d, "/service_requests/request/zipcode")).isEqualTo(kel.kodepos());
		assertThat(x(d, "/service_requests/request/expected_datetime")).isEqualTo(q.path("expected_datetime").asString());
	}

	@Test
	void postAnswersInXmlWithNoticeAndAccountId() throws Exception {
		MockHttpServletResponse r = jalankan(laporan("xml").param("account_id", "akun-42"));
		assertThat(r.getStatus()).isEqualTo(200);
		jenisIsi(r, "text/xml");
		Document d = xml(r.getContentAsByteArray());
		assertThat(x(d, "/service_requests/request/service_request_id")).isNotBlank();
		assertThat(jumlah(d, "/service_requests/request/token")).isZero();
		assertThat(x(d, "/service_requests/request/service_notice")).contains("PUPR");
		assertThat(x(d, "/service_requests/request/account_id")).isEqualTo("akun-42");
	}

	/** A client that did not hear the answer retries with the same Idempotency-Key: one report, the same id. */
	@Test
	void aRetryWithTheSameIdempotencyKeyReturnsTheFirstRequest() throws Exception {
		String kunciUlang = "open311-" + java.util.UUID.randomUUID();
		String a = ajukanJson(post(V2 + "/requests.json").header("Idempotency-Key", kunciUlang).param("api_key", kunci.kunci())
			.param("service_code", "sampah").param("address_id", kel.kode()).param("description", "Sampah sekali saja"));
		String b = ajukanJson(post(V2 + "/requests.json").header("Idempotency-Key", kunciUlang).param("api_key", kunci.kunci())
			.param("service_code", "sampah").param("address_id", kel.kode()).param("description", "Sampah sekali saja"));
		assertThat(b).isEqualTo(a);
		assertThat(jdbc.sql("select count(*) from open311.permintaan where nomor = ?").param(a).query(Long.class).single()).isEqualTo(1);
		periksaGalat(jalankan(post(V2 + "/requests.json").header("Idempotency-Key", "pendek").param("api_key", kunci.kunci())
			.param("service_code", "sampah").param("address_id", kel.kode())), "json", 400);
	}

	@Test
	void locationByAddressIdOrByAKelurahanNamedInTheAddress() throws Exception {
		String a = ajukanJson(post(V2 + "/requests.json").param("api_key", kunci.kunci()).param("service_code", "sampah")
			.param("address_id", kel.kode()).param("attribute[volume]", "banyak"));
		assertThat(jdbc.sql("select kelurahan_kode from pengaduan.pengaduan where nomor = ?").param(a).query(String.class).single())
			.isEqualTo(kel.kode());
		String b = ajukanJson(post(V2 + "/requests.json").param("api_key", kunci.kunci()).param("service_code", "sampah")
			.param("address_string", "Jl. Contoh No. 3, " + kel.nama().toUpperCase() + ", Kota Kupang"));
		assertThat(jdbc.sql("select kelurahan_kode from pengaduan.pengaduan where nomor = ?").param(b).query(String.class).single())
			.isEqualTo(kel.kode());
		// description is optional in the spec: the service name stands in
		assertThat(jdbc.sql("select deskripsi from pengaduan.pengaduan where nomor = ?").param(b).query(String.class).single())
			.isEqualTo("Sampah");
	}

	@Test
	void multipartPostWithPhotoPublishesItsUrl() throws Exception {
		BufferedImage img = new BufferedImage(40, 30, BufferedImage.TYPE_INT_RGB);
		ByteArrayOutputStream png = new ByteArrayOutputStream();
		ImageIO.write(img, "png", png);
		String nomor = ajukanJson(multipart(V2 + "/requests.json").file(new MockMultipartFile("media", "f.png", "image/png", png.toByteArray()))
			.param("api_key", kunci.kunci()).param("service_code", "sampah").param("address_id", kel.kode())
			.param("media_url", "https://contoh.id/lain.jpg"));
		JsonNode q = json.readTree(jalankan(get(V2 + "/requests/" + nomor + ".json")).getContentAsByteArray()).get(0);
		assertThat(q.path("media_url").asString()).startsWith("http").contains("/pengaduan/" + nomor + "/foto/");
	}

	@Test
	void mediaUrlOfTheClientIsPublishedWhenThereIsNoPhoto() throws Exception {
		String nomor = ajukanJson(laporan("json").param("media_url", "https://contoh.id/foto/lubang.jpg"));
		JsonNode q = json.readTree(jalankan(get(V2 + "/requests/" + nomor + ".json")).getContentAsByteArray()).get(0);
		assertThat(q.path("media_url").asString()).isEqualTo("https://contoh.id/foto/lubang.jpg");
	}

	@Test
	void listFiltersAndIdsOverrideEverythingElse() throws Exception {
		String jalan = ajukanJson(laporan("json"));
		String sampah = ajukanJson(post(V2 + "/requests.json").param("api_key", kunci.kunci()).param("service_code", "sampah")
			.param("address_id", kel.kode()).param("description", "Sampah di selokan"));

		JsonNode semua = json.readTree(jalankan(get(V2 + "/requests.json")).getContentAsByteArray());
		assertThat(semua.isArray()).isTrue();
		assertThat(nomor(semua)).contains(jalan, sampah);

		JsonNode perKode = json.readTree(jalankan(get(V2 + "/requests.json").param("service_code", "sampah")).getContentAsByteArray());
		assertThat(nomor(perKode)).contains(sampah).doesNotContain(jalan);
		JsonNode duaKode = json.readTree(jalankan(get(V2 + "/requests.json").param("service_code", "sampah,jalan-rusak")
			.param("page_size", "500")).getContentAsByteArray());
		assertThat(nomor(duaKode)).contains(sampah, jalan);

		JsonNode tertutup = json.readTree(jalankan(get(V2 + "/requests.json").param("status", "closed")).getContentAsByteArray());
		assertThat(nomor(tertutup)).doesNotContain(jalan, sampah);
		JsonNode terbuka = json.readTree(jalankan(get(V2 + "/requests.json").param("status", "open,closed")).getContentAsByteArray());
		assertThat(nomor(terbuka)).contains(jalan, sampah);

		// service_request_id overrides service_code, status and dates
		JsonNode id = json.readTree(jalankan(get(V2 + "/requests.json").param("service_request_id", jalan + "," + sampah)
			.param("service_code", "kebakaran").param("status", "closed").param("start_date", "2020-01-01T00:00:00Z")
			.param("end_date", "2020-02-01T00:00:00Z")).getContentAsByteArray());
		assertThat(nomor(id)).containsExactlyInAnyOrder(jalan, sampah);

		JsonNode lampau = json.readTree(jalankan(get(V2 + "/requests.json").param("start_date", "2020-01-01T00:00:00+08:00")
			.param("end_date", "2020-03-01T00:00:00+08:00")).getContentAsByteArray());
		assertThat(nomor(lampau)).doesNotContain(jalan, sampah);
		JsonNode kini = json.readTree(jalankan(get(V2 + "/requests.json").param("start_date", Instant.now().minusSeconds(3600).toString())
			.param("end_date", Instant.now().plusSeconds(3600).toString())).getContentAsByteArray());
		assertThat(nomor(kini)).contains(jalan, sampah);

		Document d = xml(jalankan(get(V2 + "/requests.xml").param("service_request_id", jalan)).getContentAsByteArray());
		assertThat(jumlah(d, "/service_requests/request")).isEqualTo(1);
	}

	@Test
	void pagingAndUpdatedFiltersExtension() throws Exception {
		ajukanJson(laporan("json"));
		ajukanJson(laporan("json"));
		JsonNode satu = json.readTree(jalankan(get(V2 + "/requests.json").param("page_size", "1")).getContentAsByteArray());
		JsonNode dua = json.readTree(jalankan(get(V2 + "/requests.json").param("page_size", "1").param("page", "2")).getContentAsByteArray());
		assertThat(satu.size()).isEqualTo(1);
		assertThat(dua.size()).isEqualTo(1);
		assertThat(nomor(satu)).doesNotContainAnyElementsOf(nomor(dua));
		JsonNode nanti = json.readTree(jalankan(get(V2 + "/requests.json").param("updated_after", Instant.now().plusSeconds(60).toString()))
			.getContentAsByteArray());
		assertThat(nanti.size()).isZero();
		JsonNode ekstensi = json.readTree(jalankan(get(V2 + "/requests.json").param("page_size", "1").param("extensions", "true"))
			.getContentAsByteArray());
		assertThat(ekstensi.get(0).path("extended_attributes").path("status_pengaduan").asString()).isNotBlank();
		assertThat(ekstensi.get(0).path("extended_attributes").path("status_extended").asString()).isNotBlank();
		assertThat(satu.get(0).has("extended_attributes")).isFalse();
	}

	@Test
	void confidentialReportsAreNeverListed() throws Exception {
		String rahasia = pengaduan.ajukan(new LaporanBaru("ketertiban", "Laporan rahasia uji Open311", kel.lat(), kel.lon(), null, "",
				"Saksi", "081200000000", null, false, true, Map.of(), List.of(), "web")).nomor();
		assertThat(jalankan(get(V2 + "/requests/" + rahasia + ".json")).getStatus()).isEqualTo(404);
		JsonNode daftar = json.readTree(jalankan(get(V2 + "/requests.json").param("service_request_id", rahasia)).getContentAsByteArray());
		assertThat(daftar.size()).isZero();
		assertThat(jalankan(get(V2 + "/requests.xml")).getContentAsString(StandardCharsets.UTF_8)).doesNotContain(rahasia);
	}

	// --- errors ---

	@ParameterizedTest
	@ValueSource(strings = { "xml", "json" })
	void missingInvalidOrRevokedApiKeyIs403(String format) throws Exception {
		periksaGalat(jalankan(laporan(format, "api_key", "")), format, 403);
		periksaGalat(jalankan(laporan(format, "api_key", "kc_palsu_palsu")), format, 403);
		UjiOpen311.Kunci lain = UjiOpen311.kunciBaru(mvc, json, "armada");
		periksaGalat(jalankan(laporan(format, "api_key", lain.kunci())), format, 403);
		UjiOpen311.Kunci dicabut = UjiOpen311.kunciBaru(mvc, json, "open311");
		UjiOpen311.cabut(mvc, dicabut.id());
		periksaGalat(jalankan(laporan(format, "api_key", dicabut.kunci())), format, 403);
	}

	@ParameterizedTest
	@ValueSource(strings = { "xml", "json" })
	void badInputToPostIs400AndStoresNothing(String format) throws Exception {
		long sebelum = jumlahLaporan();
		periksaGalat(jalankan(laporan(format, "service_code", "")), format, 400);
		periksaGalat(jalankan(laporan(format, "lat", "")), format, 400);
		periksaGalat(jalankan(laporan(format, "lat", "sepuluh")), format, 400);
		periksaGalat(jalankan(laporan(format, "lat", "0", "long", "0")), format, 400);
		periksaGalat(jalankan(laporan(format, "description", "x".repeat(4001))), format, 400);
		periksaGalat(jalankan(laporan(format, "attribute[bahaya][]", "terbang")), format, 400);
		periksaGalat(jalankan(laporan(format, "attribute[ukuran]", "banyak")), format, 400);
		periksaGalat(jalankan(laporan(format, "media_url", "javascript:alert(1)")), format, 400);
		periksaGalat(jalankan(laporan(format, "email", "bukan-email")), format, 400);
		periksaGalat(jalankan(laporan(format, "description", "nol\u0000byte")), format, 400);
		periksaGalat(jalankan(post(V2 + "/requests." + format).param("api_key", kunci.kunci()).param("service_code", "sampah")), format, 400);
		periksaGalat(jalankan(post(V2 + "/requests." + format).param("api_key", kunci.kunci()).param("service_code", "sampah")
			.param("address_string", "Jalan Antah Berantah")), format, 400);
		periksaGalat(jalankan(post(V2 + "/requests." + format).param("api_key", kunci.kunci()).param("service_code", "sampah")
			.param("address_id", "99.99")), format, 400);
		periksaGalat(jalankan(laporan(format, "service_code", "tidak-ada")), format, 404);
		assertThat(jumlahLaporan()).isEqualTo(sebelum);
	}

	@ParameterizedTest
	@ValueSource(strings = { "xml", "json" })
	void badListQueriesAre400AndUnknownThingsAre404(String format) throws Exception {
		periksaGalat(jalankan(get(V2 + "/requests." + format).param("start_date", "kemarin")), format, 400);
		periksaGalat(jalankan(get(V2 + "/requests." + format).param("start_date", "2026-01-01T00:00:00+08:00")
			.param("end_date", "2026-06-01T00:00:00+08:00")), format, 400);
		periksaGalat(jalankan(get(V2 + "/requests." + format).param("start_date", "2026-06-01T00:00:00Z")
			.param("end_date", "2026-05-01T00:00:00Z")), format, 400);
		periksaGalat(jalankan(get(V2 + "/requests." + format).param("status", "pending")), format, 400);
		periksaGalat(jalankan(get(V2 + "/requests." + format).param("page_size", "1001")), format, 400);
		periksaGalat(jalankan(get(V2 + "/requests." + format).param("page", "-1")), format, 400);
		periksaGalat(jalankan(get(V2 + "/requests/KPG-2000-999999." + format)), format, 404);
		periksaGalat(jalankan(get(V2 + "/tokens/abc123." + format)), format, 404);
		periksaGalat(jalankan(get(V2 + "/tidak-ada." + format)), format, 404);
	}

	@Test
	void browsersOfOtherSitesMayReadAndThereIsAHumanReadablePage() throws Exception {
		MockHttpServletResponse r = jalankan(get(V2 + "/services.json").header("Origin", "https://aplikasi-warga.example"));
		assertThat(r.getStatus()).isEqualTo(200);
		assertThat(r.getHeader("Access-Control-Allow-Origin")).isEqualTo("*");
		MockHttpServletResponse halaman = jalankan(get(V2));
		assertThat(halaman.getStatus()).isEqualTo(200);
		assertThat(halaman.getContentAsString(StandardCharsets.UTF_8)).contains("Open311", "/open311/v2/discovery.xml");
	}

	@Test
	void unknownFormatIsAnXmlError() throws Exception {
		MockHttpServletResponse r = jalankan(get(V2 + "/services.html"));
		assertThat(r.getStatus()).isEqualTo(404);
		galatXml(r.getContentAsByteArray(), 404);
	}

	// --- updates extension ---

	@Test
	void serviceRequestUpdatesListAndAcceptCitizenComments() throws Exception {
		Instant awal = Instant.now().minusSeconds(5);
		String nomor = ajukanJson(laporan("json"));
		JsonNode daftar = json.readTree(jalankan(get(V2 + "/servicerequestupdates.json").param("start_date", awal.toString()))
			.getContentAsByteArray());
		assertThat(daftar.isArray()).isTrue();
		JsonNode milik = null;
		for (JsonNode u : daftar) {
			if (u.path("service_request_id").asString().equals(nomor)) {
				milik = u;
			}
		}
		assertThat(milik).isNotNull();
		assertThat(milik.path("update_id").isString()).isTrue();
		assertThat(milik.path("status").asString()).isEqualTo("OPEN");
		assertThat(milik.path("external_status_code").asString()).isEqualTo("BARU");
		assertThat(milik.path("updated_datetime").asString()).endsWith("+08:00");
		Document d = xml(jalankan(get(V2 + "/servicerequestupdates.xml").param("start_date", awal.toString())).getContentAsByteArray());
		assertThat(jumlah(d, "/service_requests_updates/request_update[service_request_id='" + nomor + "']")).isEqualTo(1);

		MockHttpServletResponse r = jalankan(post(V2 + "/servicerequestupdates.xml").param("api_key", kunci.kunci())
			.param("service_request_id", nomor).param("description", "Lubangnya makin besar").param("update_id", "fms-1")
			.param("updated_datetime", "2026-11-22T10:00:00+08:00").param("status", "OPEN"));
		assertThat(r.getStatus()).as(r.getContentAsString()).isEqualTo(200);
		String updateId = x(xml(r.getContentAsByteArray()), "/service_request_updates/request_update/update_id");
		assertThat(updateId).isNotBlank();
		// a retry of the same client update is answered the same and not stored twice
		MockHttpServletResponse ulang = jalankan(post(V2 + "/servicerequestupdates.json").param("api_key", kunci.kunci())
			.param("service_request_id", nomor).param("description", "Lubangnya makin besar").param("update_id", "fms-1"));
		assertThat(json.readTree(ulang.getContentAsByteArray()).get(0).path("update_id").asString()).isEqualTo(updateId);
		assertThat(jdbc.sql("select count(*) from pengaduan.riwayat r join pengaduan.pengaduan p on p.id = r.pengaduan_id "
				+ "where p.nomor = ? and r.teks = 'Lubangnya makin besar'").param(nomor).query(Long.class).single()).isEqualTo(1);

		periksaGalat(jalankan(post(V2 + "/servicerequestupdates.json").param("service_request_id", nomor)
			.param("description", "tanpa kunci")), "json", 403);
		periksaGalat(jalankan(post(V2 + "/servicerequestupdates.json").param("api_key", kunci.kunci())
			.param("service_request_id", "KPG-2000-999999").param("description", "x")), "json", 404);
		periksaGalat(jalankan(post(V2 + "/servicerequestupdates.xml").param("api_key", kunci.kunci())
			.param("service_request_id", nomor)), "xml", 400);
	}

	// --- rate limit extension ---

	@Test
	void postsOverTheRateOfOneAddressGet429WithRetryAfter() throws Exception {
		MockHttpServletResponse r = null;
		for (int i = 0; i < 200 && (r == null || r.getStatus() != 429); i++) {
			r = jalankan(post(V2 + "/requests.xml").param("api_key", "kc_salah_salah").with(p -> {
				p.setRemoteAddr("203.0.113.77");
				return p;
			}));
		}
		assertThat(r.getStatus()).isEqualTo(429);
		assertThat(Integer.parseInt(r.getHeader("Retry-After"))).isPositive();
		galatXml(r.getContentAsByteArray(), 429);
		// another address is not affected
		assertThat(jalankan(laporan("json").with(p -> {
			p.setRemoteAddr("203.0.113.78");
			return p;
		})).getStatus()).isEqualTo(200);
	}

	private void periksaGalat(MockHttpServletResponse r, String format, int kode) throws Exception {
		assertThat(r.getStatus()).as(r.getContentAsString(StandardCharsets.UTF_8)).isEqualTo(kode);
		if (format.equals("json")) {
			jenisIsi(r, "application/json");
			galatJson(json, r.getContentAsByteArray(), kode);
		}
		else {
			jenisIsi(r, "text/xml");
			galatXml(r.getContentAsByteArray(), kode);
		}
	}

	private long jumlahLaporan() {
		return jdbc.sql("select (select count(*) from pengaduan.pengaduan) + (select count(*) from open311.permintaan)")
			.query(Long.class).single();
	}

	private static List<String> nomor(JsonNode daftar) {
		return daftar.valueStream().map(n -> n.path("service_request_id").asString()).toList();
	}
}
