package id.kotacerdas.kepegawaian.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import id.kotacerdas.IntegrationTest;
import id.kotacerdas.akun.Staf;
import id.kotacerdas.akun.internal.StafUji;
import id.kotacerdas.platform.Peran;

@IntegrationTest
class PegawaiHalamanTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	StafUji staf;

	@Autowired
	RegisterPegawai register;

	@Autowired
	JdbcClient jdbc;

	private static RequestPostProcessor sebagai(String username, Peran peran) {
		return user(username).roles(peran.name());
	}

	private Pegawai pegawaiDlhk() {
		Staf kominfo = new Staf(1, "uji", "Uji", "uji@uji.invalid", Peran.ADMIN_KOMINFO, null, null, null, true);
		return register.tambah(kominfo, ContohPegawai.pns(staf.opdId("DLHK")));
	}

	private String html(MockHttpServletRequestBuilder permintaan) throws Exception {
		return mvc.perform(permintaan).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
	}

	private long audit(String aksi, long id) {
		return jdbc.sql("SELECT count(*) FROM audit.catatan WHERE aksi = ? AND id_objek = ?")
			.params(aksi, String.valueOf(id)).query(Long.class).single();
	}

	/** Leadership sees statistics only: neither the register nor a record, let alone the full NIK. */
	@Test
	void theFullNikIsNeverInThePageOfARoleThatMustNotSeeIt() throws Exception {
		Pegawai p = pegawaiDlhk();
		var pimpinan = sebagai(staf.pengguna(Peran.PIMPINAN, null, null), Peran.PIMPINAN);
		mvc.perform(get("/staf/kepegawaian").with(pimpinan)).andExpect(status().isForbidden());
		mvc.perform(get("/staf/kepegawaian/" + p.id()).with(pimpinan)).andExpect(status().isNotFound());
		mvc.perform(post("/staf/kepegawaian/" + p.id() + "/nik").with(pimpinan).with(csrf())).andExpect(status().isNotFound());
		assertThat(audit("pegawai.nik-dilihat", p.id())).isZero();

		// the agency's admin sees the contacts, the full NIK only on request, and each look is audited
		var dlhk = sebagai(staf.adminOpd("DLHK"), Peran.ADMIN_OPD);
		String rincian = html(get("/staf/kepegawaian/" + p.id()).with(dlhk));
		assertThat(rincian).contains(p.telepon()).doesNotContain(p.nik());
		assertThat(audit("pegawai.dibaca", p.id())).isEqualTo(1);
		String nik = html(post("/staf/kepegawaian/" + p.id() + "/nik").with(dlhk).with(csrf()));
		assertThat(Jsoup.parse(nik).getElementById("nik").text()).isEqualTo(p.nik());
		assertThat(audit("pegawai.nik-dilihat", p.id())).isEqualTo(1);

		// another agency's admin does not even learn that the record exists
		var pupr = sebagai(staf.adminOpd("PUPR"), Peran.ADMIN_OPD);
		mvc.perform(get("/staf/kepegawaian/" + p.id()).with(pupr)).andExpect(status().isNotFound());
		assertThat(html(get("/staf/kepegawaian").param("cari", p.nip()).with(pupr))).doesNotContain(p.nama());
	}

	@Test
	void anEmployeeReachesTheirOwnRecordFromTheirAccount() throws Exception {
		Pegawai p = pegawaiDlhk();
		var sendiri = sebagai(staf.pegawai(Peran.PETUGAS_TRC, "DLHK", p.nip()), Peran.PETUGAS_TRC);
		mvc.perform(get("/staf/kepegawaian/saya").with(sendiri)).andExpect(redirectedUrl("/staf/kepegawaian/" + p.id()));
		assertThat(html(get("/staf/kepegawaian/" + p.id()).with(sendiri))).contains(p.telepon()).doesNotContain(p.nik());
		// an officer without a record gets a sentence, not an error; nor may they open the register
		var lain = sebagai(staf.petugasTrc("DLHK"), Peran.PETUGAS_TRC);
		assertThat(html(get("/staf/kepegawaian/saya").with(lain))).contains("belum terhubung");
		mvc.perform(get("/staf/kepegawaian").with(lain)).andExpect(status().isForbidden());
	}

	/** A refused form (400) comes back with everything typed, each problem under its field; nothing is stored. */
	@Test
	void aRefusedFormKeepsWhatWasTyped() throws Exception {
		var bkppd = sebagai(staf.adminOpd("BKPPD"), Peran.ADMIN_OPD);
		FormulirPegawai f = ContohPegawai.pns(staf.opdId("PUPR"));
		Map<String, String> isian = new java.util.LinkedHashMap<>();
		isian.put("nip", "19850612201001101"); // 17 digits
		isian.put("nama", f.getNama());
		isian.put("gelarBelakang", "S.T.");
		isian.put("tempatLahir", "Soe");
		isian.put("tanggalLahir", "1985-06-12");
		isian.put("jenisKelamin", "1");
		isian.put("agama", "3");
		isian.put("statusKawin", "1");
		isian.put("nik", f.getNik());
		isian.put("telepon", "0812 3456 7890");
		isian.put("jenisPegawai", "PNS");
		isian.put("kedudukanHukum", "01");
		isian.put("tmtCpns", "2010-01-01");
		isian.put("nomorSkCpns", "800/1/2010");
		isian.put("golongan", "32");
		isian.put("tmtGolongan", "2020-04-01");
		isian.put("pendidikan", "40");
		isian.put("jenisJabatan", "2");
		isian.put("namaJabatan", "Penata Kelola Uji");
		isian.put("tmtJabatan", "2021-01-01");
		isian.put("eselon", "99");
		isian.put("opdId", String.valueOf(f.getOpdId()));
		isian.put("unor", "Bidang Bina Marga");
		long sebelum = jdbc.sql("SELECT count(*) FROM kepegawaian.pegawai").query(Long.class).single();
		var permintaan = post("/staf/kepegawaian/baru").with(bkppd).with(csrf());
		isian.forEach(permintaan::param);
		Document d = Jsoup.parse(mvc.perform(permintaan).andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString());
		assertThat(d.getElementById("galat-nip").text()).contains("Bukan NIP yang sah");
		assertThat(d.getElementById("nip").val()).isEqualTo("19850612201001101");
		assertThat(d.getElementById("nama").val()).isEqualTo(f.getNama());
		assertThat(d.getElementById("tempatLahir").val()).isEqualTo("Soe");
		assertThat(d.getElementById("tanggalLahir").val()).isEqualTo("1985-06-12");
		assertThat(d.select("#agama option[selected]").val()).isEqualTo("3");
		assertThat(d.select("#golongan option[selected]").val()).isEqualTo("32");
		assertThat(d.select("#opdId option[selected]").val()).isEqualTo(String.valueOf(f.getOpdId()));

		// a well-formed NIP that disagrees with the record: the rule's own sentence, the input kept
		var kedua = post("/staf/kepegawaian/baru").with(bkppd).with(csrf());
		isian.put("nip", f.getNip());
		isian.put("jenisKelamin", "2");
		isian.forEach(kedua::param);
		Document d2 = Jsoup.parse(mvc.perform(kedua).andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString());
		assertThat(d2.getElementById("galat-nip").text()).contains("jenis kelamin");
		assertThat(d2.getElementById("namaJabatan").val()).isEqualTo("Penata Kelola Uji");
		assertThat(jdbc.sql("SELECT count(*) FROM kepegawaian.pegawai").query(Long.class).single()).isEqualTo(sebelum);

		// an agency admin outside the personnel agency may not create records at all
		var dlhk = sebagai(staf.adminOpd("DLHK"), Peran.ADMIN_OPD);
		mvc.perform(get("/staf/kepegawaian/baru").with(dlhk)).andExpect(status().isForbidden());
	}
}
