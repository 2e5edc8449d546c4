package id.kotacerdas.pju.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import tools.jackson.databind.ObjectMapper;

import id.kotacerdas.IntegrationTest;
import id.kotacerdas.opd.DaftarOpd;
import id.kotacerdas.pengaduan.DataUjiPengaduan;
import id.kotacerdas.platform.LapisanPeta;
import id.kotacerdas.wilayah.Kelurahan;
import id.kotacerdas.wilayah.Wilayah;

/**
 * The public street-light layer: anonymous, GeoJSON with {@link LapisanPeta}'s properties in words, the report link the
 * sticker opens, and nothing internal (owner, contract, Musrenbang proposal, TALQ id, complaint number); the page lists
 * kelurahan and a kelurahan's poles without JavaScript.
 */
@IntegrationTest
class PetaPjuTests {

	private static final String KONTRAK = "027/PJU-PETA/Dishub/2024";

	private static final String USULAN = "MUSRENBANG-2023-PETA-17";

	@Autowired
	MockMvc mvc;

	@Autowired
	RegisterTiang register;

	@Autowired
	Wilayah wilayah;

	@Autowired
	DaftarOpd opd;

	@Autowired
	List<LapisanPeta> lapisan;

	private final ObjectMapper json = new ObjectMapper();

	private void tiang(String kode, Kelurahan kel, double geser, StatusTiang status) {
		register.simpan(new Tiang(kode, kel.lat() + geser, kel.lon(), null, "ELTARI-1", 9, JenisLampu.LED, 90, opd.cariSingkatan("Dishub").orElseThrow().id(),
				Sambungan.METER, LocalDate.of(2024, 2, 5), KONTRAK, USULAN, status, Instant.now(), SumberStatus.PENDATAAN, null, "talq-" + kode));
	}

	@SuppressWarnings("unchecked")
	private Map<String, Object> fitur(Map<String, Object> koleksi, String kode) {
		return ((List<Map<String, Object>>) koleksi.get("features")).stream()
			.filter(f -> ((Map<String, Object>) f.get("properties")).get("nama").toString().startsWith(kode)).findFirst().orElse(null);
	}

	@Test
	@SuppressWarnings("unchecked")
	void theLayerIsPublicGeoJsonInWordsWithTheReportLinkAndNothingInternal() throws Exception {
		Kelurahan kel = DataUjiPengaduan.kelurahan(wilayah, 27);
		tiang("UJI-PETA-001", kel, 0.00002, StatusTiang.NYALA);
		tiang("UJI-PETA-002", kel, 0.00004, StatusTiang.HILANG);

		String teks = mvc.perform(get("/pju/peta.json").param("kelurahan", kel.kode())).andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith("application/geo+json")).andReturn().getResponse().getContentAsString();
		assertThat(teks).doesNotContain(KONTRAK, USULAN, "talq-UJI", "Dishub", "opd", "NYALA", "HILANG", kel.kode());
		Map<String, Object> koleksi = json.readValue(teks, Map.class);
		assertThat(koleksi).containsEntry("type", "FeatureCollection");
		Map<String, Object> hilang = fitur(koleksi, "UJI-PETA-002");
		assertThat((Map<String, Object>) hilang.get("geometry")).containsEntry("type", "Point");
		assertThat((Map<String, Object>) hilang.get("properties")).containsOnlyKeys("nama", "keterangan", "kelurahan", "peringatan", "tautan")
			.containsEntry("nama", "UJI-PETA-002").containsEntry("keterangan", "Hilang (dicuri)")
			.containsEntry("kelurahan", kel.nama()).containsEntry("peringatan", true)
			.containsEntry("tautan", "/pengaduan/baru?jenisAset=pju&aset=UJI-PETA-002");
		assertThat((Map<String, Object>) fitur(koleksi, "UJI-PETA-001").get("properties")).containsEntry("keterangan", "Nyala")
			.containsEntry("peringatan", false);

		// the masterplan's layer: only the dark and gone poles, in the request's language
		LapisanPeta padam = lapisan.stream().filter(l -> l.kode().equals("pju.padam")).findFirst().orElseThrow();
		Map<String, Object> gelap = json.readValue(mvc.perform(get(padam.url() + "&lang=en")).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString(), Map.class);
		assertThat(fitur(gelap, "UJI-PETA-001")).isNull();
		assertThat((Map<String, Object>) fitur(gelap, "UJI-PETA-002").get("properties")).containsEntry("keterangan", "Missing (stolen)");
	}

	@Test
	void withoutJavaScriptThePageListsKelurahanAndAKelurahansPolesWithTheReportLink() throws Exception {
		Kelurahan kel = DataUjiPengaduan.kelurahan(wilayah, 28);
		tiang("UJI-PETA-101", kel, 0.00002, StatusTiang.MATI);
		String semua = mvc.perform(get("/pju/peta")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(semua).contains("href=\"/pju/peta?kelurahan=" + kel.kode() + "\"", kel.nama());
		String satu = mvc.perform(get("/pju/peta").param("kelurahan", kel.kode())).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString();
		assertThat(satu).contains("Lampu jalan di " + kel.nama(), "UJI-PETA-101", "Mati", "href=\"/pengaduan/baru?jenisAset=pju&amp;aset=UJI-PETA-101\"")
			.doesNotContain(KONTRAK, USULAN);
	}
}
