package id.kotacerdas.umkm.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import id.kotacerdas.IntegrationTest;
import id.kotacerdas.akun.internal.StafUji;
import id.kotacerdas.platform.Peran;

/** The stall ↔ UMKM link by the trader's NIK: the stall's page names the business, the business shows its stall. */
@IntegrationTest
class LapakUmkmTests {

	@Autowired
	RegisterUmkm register;

	@Autowired
	UsahaRepository repo;

	@Autowired
	MockMvc mvc;

	@Autowired
	StafUji staf;

	@Autowired
	JdbcClient jdbc;

	private Document halaman(String url, RequestPostProcessor siapa) throws Exception {
		return Jsoup.parse(mvc.perform(get(url).with(siapa)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
	}

	@Test
	void theStallNamesTheTradersBusinessAndTheBusinessShowsItsStall() throws Exception {
		String nik = PendaftaranUmkmTests.nik();
		String nama = "Ikan Segar Mama Lenggu " + System.nanoTime() % 100_000;
		long usaha = register.daftar(PendaftaranUmkmTests.formulir(nik, nama), List.of(), null, null).id();
		assertThat(repo.selesaikan(usaha, StatusUsaha.AKTIF, Instant.now())).isTrue();

		RequestPostProcessor penagih = user(staf.petugasTrc("Perindag")).roles(Peran.PETUGAS_TRC.name());
		long pasar = jdbc.sql("SELECT id FROM pasar.pasar WHERE kode = 'oeba'").query(Long.class).single();
		String nomor = "U-" + System.nanoTime() % 1_000_000;
		mvc.perform(post("/staf/pasar/lapak/pasar/" + pasar + "/baru").with(penagih).with(csrf()).param("nomor", nomor)
			.param("pedagang", "Martha Nalle").param("dagangan", "Ikan segar").param("tarif", "3000").param("terisi", "true")
			.param("_terisi", "on").param("nikPedagang", nik)).andExpect(status().is3xxRedirection());
		long lapak = jdbc.sql("SELECT id FROM pasar.lapak WHERE pasar_id = ? AND nomor = ?").params(pasar, nomor).query(Long.class).single();

		Document d = halaman("/staf/pasar/lapak/" + lapak, penagih);
		assertThat(d.getElementById("lapak-umkm").text()).isEqualTo(nama);
		assertThat(d.select("#lapak-umkm a").attr("href")).isEqualTo("/umkm/" + usaha);
		assertThat(d.text()).doesNotContain(nik);

		String namaPasar = jdbc.sql("SELECT nama FROM pasar.pasar WHERE id = ?").param(pasar).query(String.class).single();
		assertThat(halaman("/umkm/" + usaha, user("warga").roles()).getElementById("lapak-pasar").text())
			.isEqualTo("Lapak " + nomor + ", " + namaPasar);
		assertThat(halaman("/staf/umkm/" + usaha, user(staf.adminOpd("Dinas Koperasi dan UKM")).roles(Peran.ADMIN_OPD.name()))
			.getElementById("lapak-pasar").text()).isEqualTo("Lapak " + nomor + ", " + namaPasar);
	}
}
