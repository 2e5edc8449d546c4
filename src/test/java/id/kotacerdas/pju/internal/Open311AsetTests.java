package id.kotacerdas.pju.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import id.kotacerdas.IntegrationTest;
import id.kotacerdas.akun.internal.StafUji;
import id.kotacerdas.opd.DaftarOpd;
import id.kotacerdas.pengaduan.DataUjiPengaduan;
import id.kotacerdas.pengaduan.LaporanBaru;
import id.kotacerdas.pengaduan.LayananPengaduan;
import id.kotacerdas.pengaduan.TandaTerima;
import id.kotacerdas.wilayah.Kelurahan;
import id.kotacerdas.wilayah.Wilayah;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * The city asset through Open311 (GeoReport v2 {@code attribute[aset]}), and the "lampu jalan" category's new version:
 * the pole is the asset, the old free-text question "Nomor tiang lampu" is no longer asked, and a report filed while it
 * was asked still shows its answer to staff.
 */
@IntegrationTest
class Open311AsetTests {

	private static final String V2 = "/open311/v2";

	@Autowired
	MockMvc mvc;

	@Autowired
	ObjectMapper json;

	@Autowired
	RegisterTiang register;

	@Autowired
	TiangRepository repo;

	@Autowired
	Wilayah wilayah;

	@Autowired
	DaftarOpd opd;

	@Autowired
	StafUji staf;

	@Autowired
	LayananPengaduan pengaduan;

	@Autowired
	JdbcClient jdbc;

	private Kelurahan kel;

	private String kunci;

	@BeforeEach
	void siapkan() throws Exception {
		kel = DataUjiPengaduan.kelurahan(wilayah, 30);
		register.simpan(new Tiang("UJI-O311-001", kel.lat(), kel.lon(), null, null, 9, JenisLampu.LED, 90, opd.cariSingkatan("Dishub").orElseThrow().id(),
				Sambungan.METER, LocalDate.of(2023, 8, 14), null, null, StatusTiang.NYALA, Instant.now(), SumberStatus.PENDATAAN, null, null));
		byte[] body = mvc.perform(post("/api/admin/api-keys").with(httpBasic("admin", "rahasia-uji-123")).contentType(MediaType.APPLICATION_JSON)
			.content("{\"nama\":\"Aplikasi lapor lampu uji\",\"scopes\":[\"open311\"]}")).andReturn().getResponse().getContentAsByteArray();
		kunci = json.readTree(body).path("kunci").asString();
	}

	private long jumlahLaporan() {
		return jdbc.sql("select count(*) from pengaduan.pengaduan").query(Long.class).single();
	}

	@Test
	void aRequestNamingAKnownPoleStoresItAndAnUnknownOneIsRefusedWithNothingStored() throws Exception {
		String jawab = mvc.perform(post(V2 + "/requests.json").param("api_key", kunci).param("service_code", "lampu-jalan")
			.param("lat", String.valueOf(kel.lat())).param("long", String.valueOf(kel.lon())).param("description", "Lampu mati tiga malam")
			.param("attribute[aset]", "uji-o311-001")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		String nomor = json.readTree(jawab).get(0).path("service_request_id").asString();
		assertThat(jdbc.sql("select aset_jenis || ':' || aset_id from pengaduan.pengaduan where nomor = ?").param(nomor).query(String.class).single())
			.isEqualTo("pju:UJI-O311-001");

		long sebelum = jumlahLaporan();
		String galat = mvc.perform(post(V2 + "/requests.json").param("api_key", kunci).param("service_code", "lampu-jalan")
			.param("lat", String.valueOf(kel.lat())).param("long", String.valueOf(kel.lon())).param("description", "Lampu mati")
			.param("attribute[aset]", "PJU-TIDAK-ADA")).andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
		JsonNode e = json.readTree(galat);
		assertThat(e.isArray()).isTrue();
		assertThat(e.get(0).path("code").asInt()).isEqualTo(400);
		assertThat(e.get(0).path("description").asString()).contains("PJU-TIDAK-ADA");
		assertThat(jumlahLaporan()).isEqualTo(sebelum);
	}

	@Test
	void theServiceDefinitionListsTheAssetAttributeAndNoLongerTheOldPoleNumberQuestion() throws Exception {
		JsonNode definisi = json.readTree(mvc.perform(get(V2 + "/services/lampu-jalan.json")).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString());
		List<String> kode = definisi.path("attributes").valueStream().map(a -> a.path("code").asString()).toList();
		assertThat(kode).contains("aset", "jumlah").doesNotContain("nomor_tiang");
		JsonNode aset = definisi.path("attributes").valueStream().filter(a -> a.path("code").asString().equals("aset")).findFirst().orElseThrow();
		assertThat(aset.path("datatype").asString()).isEqualTo("string");
		assertThat(aset.path("required").asBoolean()).isFalse();
		assertThat(aset.path("description").asString()).contains("PJU-ELT-014");
		assertThat(aset.path("order").asInt()).isEqualTo(kode.size());
		// a category without an asset kind has no such attribute
		JsonNode sampah = json.readTree(mvc.perform(get(V2 + "/services/sampah.json")).andReturn().getResponse().getContentAsString());
		assertThat(sampah.path("attributes").valueStream().map(a -> a.path("code").asString())).doesNotContain("aset");
		// the citizen form no longer asks it either
		String formulir = mvc.perform(get("/pengaduan/baru").param("kategori", "lampu-jalan")).andReturn().getResponse().getContentAsString();
		assertThat(formulir).doesNotContain("atribut[nomor_tiang]", "Nomor tiang lampu (bila terlihat)");
	}

	@Test
	void aReportFiledWhileTheOldQuestionWasAskedStillShowsItsAnswer() throws Exception {
		TandaTerima t = pengaduan.ajukan(new LaporanBaru("lampu-jalan", "Lampu depan gereja mati", kel.lat(), kel.lon(), null, "", "Maria Bessie",
				"081339004455", null, false, false, Map.of("jumlah", List.of("2")), List.of(), "web"));
		// as a report filed before the new version stored it
		jdbc.sql("update pengaduan.pengaduan set atribut = cast(? as jsonb) where nomor = ?").params("{\"nomor_tiang\":\"17\",\"jumlah\":2}", t.nomor())
			.update();
		String rinci = mvc.perform(get("/staf/pengaduan/" + t.nomor()).with(user(staf.petugasTrc("Dishub")).roles("PETUGAS_TRC")))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(rinci).contains("Nomor tiang lampu (bila terlihat)", "<dd>17</dd>", "Jumlah lampu yang mati");
	}
}
