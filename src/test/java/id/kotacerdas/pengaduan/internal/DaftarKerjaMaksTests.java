package id.kotacerdas.pengaduan.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import id.kotacerdas.IntegrationTest;
import id.kotacerdas.platform.Peran;
import id.kotacerdas.akun.TimTrc;
import id.kotacerdas.akun.internal.StafUji;
import id.kotacerdas.pengaduan.DataUjiPengaduan;
import id.kotacerdas.pengaduan.LaporanBaru;
import id.kotacerdas.pengaduan.LayananPengaduan;
import id.kotacerdas.wilayah.Kelurahan;
import id.kotacerdas.wilayah.Wilayah;

/** The worklist's length is the setting {@code kc.pengaduan.daftar-kerja-maks}, and the page says when it cut the list. */
@IntegrationTest
@TestPropertySource(properties = "kc.pengaduan.daftar-kerja-maks=2")
class DaftarKerjaMaksTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	LayananPengaduan layanan;

	@Autowired
	StafUji staf;

	@Autowired
	Wilayah wilayah;

	@Autowired
	MessageSource pesan;

	@Test
	void theWorklistShowsAtMostTheConfiguredNumberOfReportsAndSaysSo() throws Exception {
		Kelurahan kel = DataUjiPengaduan.kelurahan(wilayah, 13);
		TimTrc tim = staf.tim("DLHK", Set.of(kel.kode()));
		for (int i = 0; i < 3; i++) {
			layanan.ajukan(new LaporanBaru("sampah", "Sampah menumpuk " + i, kel.lat(), kel.lon(), null, "", null, null, null, true, false,
					Map.of(), List.of(), "web"));
		}
		Document daftar = Jsoup.parse(mvc.perform(get("/staf/pengaduan")
			.with(user(staf.pengguna(Peran.PETUGAS_TRC, "DLHK", tim.id())).roles("PETUGAS_TRC")))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
		assertThat(daftar.select("ol.daftar-kerja > li")).hasSize(2);
		assertThat(daftar.text()).contains(pesan.getMessage("kerja.terpotong", new Object[] { 2 }, Locale.forLanguageTag("id")));
	}
}
