package id.kotacerdas.akun.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import id.kotacerdas.IntegrationTest;
import id.kotacerdas.akun.AkunStaf;
import id.kotacerdas.akun.Staf;

/**
 * Controllers take the signed-in staff member as a {@link Staf} parameter, which is no request
 * parameter; the staff of a deactivated agency see nothing.
 */
@IntegrationTest
class StafMasukTests {

	private static final AtomicInteger URUT = new AtomicInteger();

	@Autowired
	MockMvc mvc;

	@Autowired
	StafUji staf;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	AkunStaf akun;

	/** The parameter is who is signed in, not something a caller sends: the API documentation does not offer it. */
	@Test
	void theStaffParameterIsNoPartOfTheApi() throws Exception {
		String dokumen = mvc.perform(get("/v3/api-docs").with(user(staf.adminKominfo()).roles("ADMIN_KOMINFO"))).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(dokumen).contains("/api/armada/kendaraan/{id}").doesNotContain("\"staf\"", "\"Staf\"", "\"lingkupOpd\"");
	}

	@Test
	void theStaffOfADeactivatedAgencySeeNothingOfIt() throws Exception {
		String singkatan = "Uji Tutup " + URUT.incrementAndGet();
		long opdId = jdbc.sql("insert into opd.opd (nama, singkatan, jenis) values (?, ?, 'badan') returning id")
			.params("Badan Uji " + singkatan, singkatan).query(Long.class).single();
		String kepala = staf.adminOpd(singkatan);
		RequestPostProcessor sebagaiKepala = user(kepala).roles("ADMIN_OPD");

		assertThat(daftarPengguna(sebagaiKepala)).containsExactly(kepala);
		assertThat(akun.adminOpd(opdId)).extracting(Staf::username).containsExactly(kepala);

		jdbc.sql("update opd.opd set aktif = false where id = ?").param(opdId).update();
		assertThat(daftarPengguna(sebagaiKepala)).isEmpty();
		assertThat(mvc.perform(get("/admin/akun/pengguna/baru").with(sebagaiKepala)).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString()).as("no agency or role to give").doesNotContain("Badan Uji", "value=\"ADMIN_OPD\"");
		assertThat(akun.adminOpd(opdId)).as("told nothing either").isEmpty();
	}

	/** The usernames in the list of accounts. */
	private List<String> daftarPengguna(RequestPostProcessor siapa) throws Exception {
		return Jsoup.parse(mvc.perform(get("/admin/akun/pengguna").with(siapa)).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString()).select("tbody tr td:first-child").eachText();
	}
}
