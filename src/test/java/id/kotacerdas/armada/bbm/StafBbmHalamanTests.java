package id.kotacerdas.armada.bbm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import id.kotacerdas.IntegrationTest;
import id.kotacerdas.akun.internal.StafUji;
import id.kotacerdas.armada.pelacakan.PosisiOsmAndTests;
import id.kotacerdas.platform.Peran;
import id.kotacerdas.platform.Waktu;
import tools.jackson.databind.ObjectMapper;

/** The fuel page: the gate's refusal shown in plain Indonesian, the verifier's override. */
@IntegrationTest
class StafBbmHalamanTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	StafUji staf;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ObjectMapper json;

	private static MockHttpServletRequestBuilder isi(MockHttpServletRequestBuilder r, String waktu, String liter, String alasan) {
		r.param("waktu", waktu).param("jenisBbm", "PERTALITE").param("liter", liter).param("hargaPerLiter", "10000")
			.param("odometerKm", "").param("nomorStruk", "").param("spbu", "SPBU Oebobo");
		return alasan == null ? r : r.param("alasanPenimpaan", alasan);
	}

	@Test
	void theGateRefusesOnThePageAndAVerifierOverrides() throws Exception {
		int n = (int) (System.nanoTime() % 9000 + 1000);
		long id = PosisiOsmAndTests.daftarkan(mvc, json, staf.opdId("Dishub"), "DH " + n + " BM", "bbm-hal-" + n);
		var petugas = user(staf.petugasTrc("Dishub")).roles(Peran.PETUGAS_TRC.name());
		var admin = user(staf.adminOpd("Dishub")).roles(Peran.ADMIN_OPD.name());
		String url = "/staf/armada/kendaraan/" + id + "/bbm";
		var sekarang = java.time.LocalDateTime.now(Waktu.WITA).withSecond(0).withNano(0);
		String pertama = sekarang.minusHours(3).toString();
		String kedua = sekarang.minusHours(2).toString();

		mvc.perform(isi(post(url), pertama, "40", null).with(petugas).with(csrf())).andExpect(status().is3xxRedirection());
		// no tracker data, no odometer, one hour later: too soon and no distance
		mvc.perform(isi(post(url), kedua, "20", null).with(petugas).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Pembelian BBM ditolak gerbang")))
			.andExpect(content().string(containsString("jarak antarpengisian paling sedikit 4 jam")))
			.andExpect(content().string(containsString("paling banyak 5 liter")));
		assertThat(jdbc.sql("SELECT count(*) FROM armada.pembelian_bbm WHERE kendaraan_id = ?").param(id).query(Long.class).single())
			.isEqualTo(1);
		mvc.perform(isi(post(url), kedua, "20", "Ambulans darurat, tangki bocor diganti").with(admin).with(csrf()))
			.andExpect(status().is3xxRedirection());
		mvc.perform(get(url).param("bulan", java.time.YearMonth.from(sekarang.minusHours(2)).toString()).with(admin))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("diloloskan verifikator")));
	}
}
