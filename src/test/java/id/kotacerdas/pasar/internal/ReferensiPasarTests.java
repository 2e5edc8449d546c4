package id.kotacerdas.pasar.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;

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
import id.kotacerdas.platform.Waktu;

/**
 * The reference data's edit pages: every refusal at once with the input kept and nothing changed,
 * no overlapping ceiling periods, changes audited; a market closed today is not "missing".
 */
@IntegrationTest
class ReferensiPasarTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	StafUji staf;

	@Autowired
	JdbcClient jdbc;

	private RequestPostProcessor admin() {
		return user(staf.adminOpd("Perindag")).roles(Peran.ADMIN_OPD.name());
	}

	@Test
	void aCommodityFormNamesEveryProblemKeepsTheInputAndChangesNothing() throws Exception {
		long sebelum = jdbc.sql("SELECT count(*) FROM pasar.komoditas").query(Long.class).single();
		String html = mvc.perform(post("/staf/pasar/referensi/komoditas/baru").with(admin()).with(csrf())
				.param("nama", "").param("varian", "kering dari Rote").param("satuan", "karung").param("kodePihps", "PIHPS-99")
				.param("lokal", "true").param("urutan", "-3"))
			.andExpect(status().isBadRequest())
			.andReturn().getResponse().getContentAsString();
		Document d = Jsoup.parse(html);
		assertThat(d.select("#ringkasan-galat li").eachText()).containsExactly("Wajib diisi.", "Pilih satuan dari daftar.",
				"Komoditas lokal tidak punya kode daftar nasional: kosongkan kodenya atau hapus tanda lokal.", "Isi bilangan bulat nol atau lebih.");
		assertThat(d.select("#varian").val()).isEqualTo("kering dari Rote");
		assertThat(d.select("#kodePihps").val()).isEqualTo("PIHPS-99");
		assertThat(jdbc.sql("SELECT count(*) FROM pasar.komoditas").query(Long.class).single()).isEqualTo(sebelum);

		// an existing name and variant is a clash (409)
		mvc.perform(post("/staf/pasar/referensi/komoditas/baru").with(admin()).with(csrf()).param("nama", "cabai rawit")
				.param("varian", "Merah").param("satuan", "kg").param("aktif", "true"))
			.andExpect(status().isConflict());
	}

	@Test
	void aNewCommodityWithConversionAndCeilingPeriodsThatMayNotOverlap() throws Exception {
		String lokasi = mvc.perform(post("/staf/pasar/referensi/komoditas/baru").with(admin()).with(csrf()).param("nama", "Ikan cakalang")
				.param("varian", "segar").param("satuan", "ekor").param("lokal", "true").param("aktif", "true"))
			.andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
		long id = Long.parseLong(lokasi.substring(lokasi.lastIndexOf('/') + 1));
		assertThat(jdbc.sql("SELECT kode FROM pasar.komoditas WHERE id = ?").param(id).query(String.class).single()).isEqualTo("ikan-cakalang-segar");
		assertThat(jdbc.sql("SELECT count(*) FROM audit.catatan WHERE aksi = 'pasar.komoditas.dibuat' AND id_objek = ?").param(Long.toString(id))
			.query(Long.class).single()).isEqualTo(1);

		mvc.perform(post(lokasi + "/konversi").with(admin()).with(csrf()).param("dari", "ekor").param("ke", "kg").param("faktor", "1,5"))
			.andExpect(status().is3xxRedirection());
		mvc.perform(post(lokasi + "/konversi").with(admin()).with(csrf()).param("dari", "kg").param("ke", "ekor").param("faktor", "0,6"))
			.andExpect(status().isConflict());
		mvc.perform(post(lokasi + "/konversi").with(admin()).with(csrf()).param("dari", "kg").param("ke", "kg").param("faktor", "nol"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("Satuan asal dan tujuan harus berbeda.")))
			.andExpect(content().string(containsString("Isi angka lebih dari nol")));

		mvc.perform(post(lokasi + "/acuan").with(admin()).with(csrf()).param("jenis", "HET").param("harga", "35000")
				.param("berlakuDari", "2025-01-01").param("berlakuSampai", "2025-06-30").param("dasar", "Perwali Kupang (uji)"))
			.andExpect(status().is3xxRedirection());
		mvc.perform(post(lokasi + "/acuan").with(admin()).with(csrf()).param("jenis", "HET").param("harga", "36000")
				.param("berlakuDari", "2025-06-30").param("dasar", "Perwali Kupang (uji)"))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("Bertumpang tindih dengan periode 1 Januari 2025 sampai 30 Juni 2025.")))
			.andExpect(content().string(containsString("value=\"36000\"")));
		mvc.perform(post(lokasi + "/acuan").with(admin()).with(csrf()).param("jenis", "HET").param("harga", "36000")
				.param("berlakuDari", "2025-07-01").param("dasar", "Perwali Kupang (uji)"))
			.andExpect(status().is3xxRedirection());
		assertThat(jdbc.sql("SELECT count(*) FROM pasar.harga_acuan WHERE komoditas_id = ?").param(id).query(Long.class).single()).isEqualTo(2);
		mvc.perform(get(lokasi).with(admin())).andExpect(status().isOk())
			.andExpect(content().string(containsString("1 ekor = 1,5 kg")))
			.andExpect(content().string(containsString("sejak 1 Juli 2025")));

		mvc.perform(get("/staf/pasar/referensi").with(user(staf.petugasTrc("Perindag")).roles(Peran.PETUGAS_TRC.name())))
			.andExpect(status().isForbidden());
	}

	@Test
	void aMarketClosedTodayIsNotMissingAndTheFormRefusesAllAtOnce() throws Exception {
		mvc.perform(post("/staf/pasar/referensi/pasar/baru").with(admin()).with(csrf()).param("nama", "").param("lat", "-10,16")
				.param("lon", "").param("jenis", "PASAR_MALAM").param("kelurahan", "99.99"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("Wajib diisi.")))
			.andExpect(content().string(containsString("Pilih kelurahan dari daftar.")))
			.andExpect(content().string(containsString("Isi lintang dan bujur bersama, atau kosongkan keduanya.")))
			.andExpect(content().string(containsString("Pilih jenis dari daftar.")))
			.andExpect(content().string(containsString("Pilih paling sedikit satu hari buka.")))
			.andExpect(content().string(containsString("value=\"-10,16\"")));

		int hariIni = LocalDate.now(Waktu.WITA).getDayOfWeek().getValue();
		int besok = hariIni % 7 + 1;
		String kelurahan = jdbc.sql("SELECT kelurahan_kode FROM pasar.pasar WHERE kode = 'oebobo'").query(String.class).single();
		String lokasi = mvc.perform(post("/staf/pasar/referensi/pasar/baru").with(admin()).with(csrf()).param("nama", "Pasar Penfui")
				.param("kelurahan", kelurahan).param("lat", "-10.1521").param("lon", "123.6612").param("jenis", "TRADISIONAL")
				.param("hariBuka", String.valueOf(besok)).param("aktif", "true"))
			.andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
		mvc.perform(get(lokasi).with(admin())).andExpect(status().isOk()).andExpect(content().string(containsString("value=\"-10.1521\"")));

		Document d = Jsoup.parse(mvc.perform(get("/staf/pasar").with(admin())).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString());
		assertThat(d.select("main").text()).contains("Tutup hari ini: Pasar Penfui");
		assertThat(d.select("main ul").first().text()).doesNotContain("Pasar Penfui");

		// opening today as well, it is missing until it reports
		long id = Long.parseLong(lokasi.substring(lokasi.lastIndexOf('/') + 1));
		mvc.perform(post(lokasi).with(admin()).with(csrf()).param("nama", "Pasar Penfui").param("jenis", "TRADISIONAL")
				.param("hariBuka", String.valueOf(besok)).param("hariBuka", String.valueOf(hariIni)).param("aktif", "true"))
			.andExpect(status().is3xxRedirection());
		mvc.perform(get("/staf/pasar").with(admin())).andExpect(content().string(not(containsString("Tutup hari ini: Pasar Penfui"))));
		assertThat(jdbc.sql("SELECT sebelum->>'lat' FROM audit.catatan WHERE aksi = 'pasar.pasar.diubah' AND id_objek = ?")
			.param(Long.toString(id)).query(String.class).single()).isEqualTo("-10.1521");
	}
}
