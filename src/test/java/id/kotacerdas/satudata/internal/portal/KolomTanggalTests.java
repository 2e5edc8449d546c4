package id.kotacerdas.satudata.internal.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

import id.kotacerdas.IntegrationTest;
import id.kotacerdas.platform.DataTerbuka;
import id.kotacerdas.platform.DataTerbuka.JenisKolom;
import id.kotacerdas.platform.Waktu;

/**
 * A day is a column type ({@link JenisKolom#TANGGAL}, values {@link LocalDate}), not a text of a certain shape: every
 * module's rows hold their columns' types and no text column holds ISO dates; the portal writes a day in words on the
 * page and keeps it ISO, typed "date", in the JSON file.
 */
@IntegrationTest
class KolomTanggalTests {

	private static final Pattern TANGGAL_ISO = Pattern.compile("\\d{4}-\\d{2}-\\d{2}.*");

	@Autowired
	List<DataTerbuka> modul;

	@Autowired
	MockMvc mvc;

	@Autowired
	ObjectMapper json;

	@Test
	void setiapKolomModulBerisiJenisnyaDanTeksTidakBerisiTanggal() {
		assertThat(modul).isNotEmpty();
		for (DataTerbuka d : modul) {
			List<DataTerbuka.Kolom> kolom = d.metadata().kolom();
			List<List<Object>> baris = new ArrayList<>();
			d.baris(0, 200, baris::add);
			for (List<Object> r : baris) {
				assertThat(r).as(d.metadata().kode()).hasSize(kolom.size());
				for (int i = 0; i < kolom.size(); i++) {
					Object v = r.get(i);
					String nama = d.metadata().kode() + "." + kolom.get(i).nama();
					if (v != null) {
						assertThat(v).as(nama).isInstanceOf(kolom.get(i).jenis().jenisJava());
					}
					if (kolom.get(i).jenis() == JenisKolom.TEKS && v != null) {
						assertThat((String) v).as(nama + " is a day: give it the date type").doesNotMatch(TANGGAL_ISO);
					}
				}
			}
		}
	}

	@Test
	void hargaPasarHarianTanggalDalamKataDiHalamanDanIsoDiBerkas() throws Exception {
		JsonNode berkas = json.readTree(mvc.perform(get("/data/harga-pasar-harian/unduh.json")).andExpect(status().isOk()).andReturn()
			.getResponse().getContentAsString(StandardCharsets.UTF_8));
		assertThat(berkas.get("kolom").get(0).get("nama").asString()).isEqualTo("tanggal");
		assertThat(berkas.get("kolom").get(0).get("jenis").asString()).isEqualTo("date");
		String iso = berkas.get("baris").get(0).get("tanggal").asString();
		LocalDate hari = LocalDate.parse(iso);

		Document halaman = Jsoup.parse(mvc.perform(get("/data/harga-pasar-harian")).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8));
		String sel = halaman.select("#pratinjau tbody tr").first().select("td").first().text();
		assertThat(sel).isEqualTo(Waktu.formatTanggal(hari, Locale.forLanguageTag("id"))).doesNotContain(iso);

		String csv = mvc.perform(get("/data/harga-pasar-harian/unduh.csv")).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(csv.lines().skip(1).findFirst().orElseThrow()).startsWith(iso);
	}
}
