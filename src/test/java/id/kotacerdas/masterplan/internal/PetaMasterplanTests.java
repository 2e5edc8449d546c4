package id.kotacerdas.masterplan.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import tools.jackson.databind.ObjectMapper;

import id.kotacerdas.IntegrationTest;
import id.kotacerdas.pengaduan.DataUjiPengaduan;
import id.kotacerdas.pengaduan.LaporanBaru;
import id.kotacerdas.pengaduan.LayananPengaduan;
import id.kotacerdas.platform.LapisanPeta;
import id.kotacerdas.wilayah.Kelurahan;
import id.kotacerdas.wilayah.Wilayah;

/**
 * The masterplan map: its page lists every module's layer with a link to its GeoJSON; the complaints' layer counts this
 * year's public reports per kelurahan at the kelurahan's centre (a confidential one not), and neither it nor the Wi-Fi
 * layer carries anything of a report or a reporter, only {@link LapisanPeta}'s properties.
 */
@IntegrationTest
class PetaMasterplanTests {

	private static final String TEKS = "Lubang besar di depan rumah nomor tujuh belas, peta uji masterplan";

	@Autowired
	MockMvc mvc;

	@Autowired
	List<LapisanPeta> lapisan;

	@Autowired
	LayananPengaduan pengaduan;

	@Autowired
	Wilayah wilayah;

	private final ObjectMapper json = new ObjectMapper();

	private String geoJson(String url) throws Exception {
		return mvc.perform(get(url).param("lang", "id")).andExpect(status().isOk()).andExpect(content().contentTypeCompatibleWith("application/geo+json"))
			.andReturn().getResponse().getContentAsString();
	}

	@SuppressWarnings("unchecked")
	private Map<String, Object> koleksi(String teks) {
		return json.readValue(teks, Map.class);
	}

	@SuppressWarnings("unchecked")
	private static List<Map<String, Object>> fitur(Map<String, Object> koleksi) {
		return (List<Map<String, Object>>) koleksi.get("features");
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> properti(Map<String, Object> f) {
		return (Map<String, Object>) f.get("properties");
	}

	private Map<String, Object> kelurahan(String teks, Kelurahan kel) {
		return fitur(koleksi(teks)).stream().filter(f -> properti(f).get("nama").equals(kel.nama())).findFirst().orElseThrow();
	}

	private void lapor(Kelurahan kel, boolean rahasia) {
		pengaduan.ajukan(new LaporanBaru("sampah", TEKS, kel.lat() + 0.000123, kel.lon() - 0.000123, null, "Jl. Uji Peta 17", "Maria Ndun",
				"081239990017", "maria.peta@contoh.id", false, rahasia, Map.of(), List.of(), "web"));
	}

	@Test
	@SuppressWarnings("unchecked")
	void theComplaintsLayerCountsThisYearsPublicReportsPerKelurahanAtItsCentreAndNothingOfThem() throws Exception {
		Kelurahan kel = DataUjiPengaduan.kelurahan(wilayah, 35);
		long sebelum = ((Number) properti(kelurahan(geoJson("/pengaduan/peta-kelurahan.json"), kel)).get("nilai")).longValue();
		lapor(kel, false);
		lapor(kel, false);
		lapor(kel, true);

		String teks = geoJson("/pengaduan/peta-kelurahan.json");
		assertThat(teks).doesNotContain("Lubang", "Maria", "0812", "contoh.id", "Uji Peta", String.valueOf(kel.lat() + 0.000123),
				String.valueOf(kel.lon() - 0.000123));
		Map<String, Object> f = kelurahan(teks, kel);
		// two public reports by hand; the confidential one is not counted
		assertThat(properti(f)).containsOnlyKeys("nama", "keterangan", "nilai", "tautan").containsEntry("nilai", (int) sebelum + 2);
		assertThat(properti(f).get("keterangan").toString()).contains(String.valueOf(sebelum + 2), "laporan publik");
		assertThat((List<Number>) ((Map<String, Object>) f.get("geometry")).get("coordinates")).extracting(Number::doubleValue)
			.containsExactly(kel.lon(), kel.lat());
		assertThat(fitur(koleksi(teks))).hasSize(wilayah.kelurahan().size());
	}

	@Test
	@SuppressWarnings("unchecked")
	void theWifiLayerHasTheMapsPropertiesOnly() throws Exception {
		List<Map<String, Object>> titik = fitur(koleksi(geoJson("/wifi/lapisan.json")));
		// the same public hotspots as the Wi-Fi page's own map
		assertThat(titik).extracting(f -> properti(f).get("nama"))
			.containsExactlyElementsOf(fitur(koleksi(geoJson("/wifi/peta.json"))).stream().map(f -> properti(f).get("nama")).toList());
		assertThat(titik).allSatisfy(f -> {
			assertThat(properti(f)).containsOnlyKeys("nama", "keterangan", "peringatan", "tautan");
			assertThat(properti(f).get("keterangan").toString()).isNotBlank();
			assertThat((Map<String, Object>) f.get("geometry")).containsEntry("type", "Point");
		});
	}

	@Test
	void thePageListsEveryLayerWithItsGeoJsonAndIsLight() throws Exception {
		assertThat(lapisan).extracting(LapisanPeta::kode).contains("pengaduan.per-kelurahan", "wifi.titik", "pju.padam", "jalan.kondisi");
		var jawaban = mvc.perform(get("/masterplan/peta").param("lang", "id")).andExpect(status().isOk()).andReturn().getResponse();
		String html = jawaban.getContentAsString();
		for (LapisanPeta l : lapisan) {
			assertThat(html).contains("href=\"" + l.url().replace("&", "&amp;") + "\"");
			assertThat(html).contains("data-kode=\"" + l.kode() + "\"");
		}
		assertThat(html).contains("Laporan warga per kelurahan tahun ini", "Titik Wi-Fi gratis").doesNotContain("leaflet.js\"></script>");
		assertThat(jawaban.getContentAsByteArray().length).isLessThan(100 * 1024);
	}
}
