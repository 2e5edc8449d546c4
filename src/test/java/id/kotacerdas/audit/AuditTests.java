package id.kotacerdas.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.support.TransactionTemplate;

import id.kotacerdas.IntegrationTest;
import id.kotacerdas.akun.internal.StafUji;

@IntegrationTest
class AuditTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	StafUji staf;

	@Autowired
	AuditLog audit;

	@Test
	void anEditOfAnAgencyIsRecordedWithWhoBeforeAndAfter() throws Exception {
		String admin = staf.adminKominfo();
		long id = staf.opdId("Dispar");
		mvc.perform(post("/admin/opd/{id}", id).with(user(admin).roles("ADMIN_KOMINFO")).with(csrf())
			.param("nama", "Dinas Pariwisata dan Ekonomi Kreatif Kota Kupang").param("singkatan", "Dispar")
			.param("jenis", "dinas").param("aktif", "true"))
			.andExpect(status().isFound());
		var baris = jdbc.sql("""
				select aktor, sebelum->>'nama' as sebelum, sesudah->>'nama' as sesudah from audit.catatan
				where aksi = 'opd.diubah' and id_objek = ? order by id desc limit 1""").param(String.valueOf(id)).query().singleRow();
		assertThat(baris.get("aktor")).isEqualTo(admin);
		assertThat(baris.get("sebelum")).isEqualTo("Dinas Pariwisata Kota Kupang");
		assertThat(baris.get("sesudah")).isEqualTo("Dinas Pariwisata dan Ekonomi Kreatif Kota Kupang");

		mvc.perform(get("/admin/audit").param("aktor", admin).with(user(admin).roles("ADMIN_KOMINFO")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Perangkat daerah: diubah")))
			// the changed field with its old and new value, in words rather than JSON
			.andExpect(content().string(containsString("<del>Dinas Pariwisata Kota Kupang</del>")))
			.andExpect(content().string(containsString("<ins>Dinas Pariwisata dan Ekonomi Kreatif Kota Kupang</ins>")))
			.andExpect(content().string(not(containsString("&quot;nama&quot;"))));
		mvc.perform(get("/admin/audit").param("aktor", "orang-lain").with(user(admin).roles("ADMIN_KOMINFO")))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("Ekonomi Kreatif"))));
	}

	@Test
	void aKelurahanCodeInARecordReadsAsItsName(@Autowired TransactionTemplate tx) throws Exception {
		String admin = staf.adminKominfo();
		String id = "uji-wilayah-" + System.nanoTime();
		tx.executeWithoutResult(s -> audit.catat("wifi.hotspot.diubah", "hotspot", id, Map.of("kelurahanKode", "53.71.05.1004"),
				Map.of("kelurahanKode", "53.71.05.1005")));
		mvc.perform(get("/admin/audit").param("idObjek", id).with(user(admin).roles("ADMIN_KOMINFO")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<del>Naikoten Satu</del>")))
			.andExpect(content().string(containsString("<ins>Naikoten Dua</ins>")))
			.andExpect(content().string(not(containsString("53.71.05"))));
	}

	@Test
	void onlyKominfoAdministratorsReadTheLog() throws Exception {
		String adminOpd = staf.adminOpd("DLHK");
		mvc.perform(get("/admin/audit").with(user(adminOpd).roles("ADMIN_OPD"))).andExpect(status().isForbidden());
	}

	@Test
	void aRecordCannotBeWrittenOutsideTheTransactionOfItsChange() {
		assertThatThrownBy(() -> audit.catat("x", "y", "1", null, null)).isInstanceOf(IllegalTransactionStateException.class);
	}
}
