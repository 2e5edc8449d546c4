package id.kotacerdas.kepegawaian.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
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
import id.kotacerdas.akun.AkunStaf;
import id.kotacerdas.akun.Staf;
import id.kotacerdas.akun.internal.StafUji;
import id.kotacerdas.platform.Peran;

/** The organisation tree's pages: who reads and keeps them, the rules of holders, and TRC membership chosen from the tree. */
@IntegrationTest
class OrganisasiTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ContohOrganisasi contoh;

	@Autowired
	StafUji staf;

	@Autowired
	AkunStaf akun;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	RegisterPegawai register;

	private static RequestPostProcessor sebagai(String username, Peran peran) {
		return user(username).roles(peran.name());
	}

	private long jumlah(String sql, Object... param) {
		return jdbc.sql(sql).params(param).query(Long.class).single();
	}

	@Test
	void theTreeShowsHoldersActingHoldersAndVacanciesAndIsKeptByTheAgencyAdminBkppdAndKominfoOnly() throws Exception {
		ContohOrganisasi.Pohon t = contoh.buat("DLHK");
		var dlhk = sebagai(staf.adminOpd("DLHK"), Peran.ADMIN_OPD);
		var bkppd = sebagai(staf.adminOpd("BKPPD"), Peran.ADMIN_OPD);
		var pupr = sebagai(staf.adminOpd("PUPR"), Peran.ADMIN_OPD);
		String url = "/staf/organisasi/" + t.opdId();

		// the section head's term ends yesterday; the executor acts as section head (Plt) for a month
		LocalDate hariIni = LocalDate.now(java.time.ZoneId.of("Asia/Makassar"));
		long holding = jumlah("SELECT id FROM kepegawaian.pemangku_jabatan WHERE jabatan_id = ?", t.jabatanKasi());
		mvc.perform(post(url + "/jabatan/" + t.jabatanKasi() + "/pemangku/" + holding + "/akhiri").param("selesai", hariIni.minusDays(1).toString())
			.with(bkppd).with(csrf())).andExpect(status().is3xxRedirection());
		// an acting holder without a period is refused, and nothing is stored
		mvc.perform(post(url + "/jabatan/" + t.jabatanKasi() + "/pemangku").param("nip", t.pelaksana().nip()).param("jenis", "PLT")
			.param("mulai", hariIni.toString()).with(dlhk).with(csrf())).andExpect(status().isBadRequest());
		mvc.perform(post(url + "/jabatan/" + t.jabatanKasi() + "/pemangku").param("nip", t.pelaksana().nip()).param("jenis", "PLT")
			.param("mulai", hariIni.toString()).param("selesai", hariIni.plusDays(30).toString()).param("nomorSk", "800/21/DLHK/2026")
			.with(dlhk).with(csrf())).andExpect(status().is3xxRedirection());
		// a second definitive holder of the head's position clashes (409)
		mvc.perform(post(url + "/jabatan/" + t.jabatanKepala() + "/pemangku").param("nip", t.kasi().nip()).param("jenis", "DEFINITIF")
			.param("mulai", hariIni.toString()).with(dlhk).with(csrf())).andExpect(status().isConflict());
		// another agency's administrator may neither change nor read it
		mvc.perform(post(url + "/unit").param("nama", "Bidang Baru").with(pupr).with(csrf())).andExpect(status().isForbidden());
		mvc.perform(get(url).with(pupr)).andExpect(status().isNotFound());

		// a unit inside the test's unit: the tree nests it
		mvc.perform(post(url + "/unit").param("nama", "Seksi Uji " + t.unitId()).param("indukId", String.valueOf(t.unitId())).with(dlhk)
			.with(csrf())).andExpect(status().is3xxRedirection());
		Document d = Jsoup.parse(mvc.perform(get(url).with(dlhk)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
		assertThat(d.select("#judul-lowong").text()).contains("Jabatan lowong");
		assertThat(d.select(".kartu li a").eachText()).contains("Kepala Seksi Uji");
		String pohon = d.select(".pohon").text();
		assertThat(d.select(".pohon .pohon summary").eachText()).contains("Seksi Uji " + t.unitId());
		assertThat(pohon).contains("Kepala Seksi Uji", "Lowong", "Plt: " + t.pelaksana().namaLengkap(), t.kepala().namaLengkap());
		assertThat(jumlah("SELECT count(*) FROM audit.catatan WHERE jenis_objek = 'jabatan' AND id_objek = ?", String.valueOf(t.jabatanKasi())))
			.isEqualTo(2);

		assertThat(mvc.perform(get(url + "/jabatan/" + t.jabatanKasi()).with(bkppd)).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString()).contains("800/21/DLHK/2026", t.pelaksana().namaLengkap());
		// a position cannot report to one below it
		mvc.perform(post(url + "/jabatan/" + t.jabatanKepala()).param("nama", "Kepala Bidang Uji").param("unitId", String.valueOf(t.unitId()))
			.param("jenisJabatan", "1").param("eselon", "31").param("atasanId", String.valueOf(t.jabatanPelaksana())).with(bkppd).with(csrf()))
			.andExpect(status().isBadRequest());
	}

	@Test
	void theAgencyAdminMakesAnEmployeeOfTheTreeATrcTeamMemberAndTakesThemOut() throws Exception {
		ContohOrganisasi.Pohon t = contoh.buat("DLHK");
		var dlhk = sebagai(staf.adminOpd("DLHK"), Peran.ADMIN_OPD);
		long timId = staf.timUtama("DLHK").id();
		long akunId = jumlah("SELECT id FROM akun.pengguna WHERE username = ?", t.akunPelaksana());
		String url = "/staf/organisasi/" + t.opdId() + "/tim-trc";

		Document d = Jsoup.parse(mvc.perform(get(url).with(dlhk)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
		assertThat(d.select("main").text()).contains(t.pelaksana().namaLengkap(), t.akunPelaksana());
		assertThat(d.select("input[name=akunId][value=" + akunId + "]")).hasSize(1);

		mvc.perform(post(url).param("akunId", String.valueOf(akunId)).param("timId", String.valueOf(timId)).with(dlhk).with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(akun.anggotaTim(timId)).extracting(s -> s.username()).contains(t.akunPelaksana());
		// BKPPD keeps the tree but not DLHK's teams; another agency's admin neither
		mvc.perform(post(url).param("akunId", String.valueOf(akunId)).param("timId", "").with(sebagai(staf.adminOpd("BKPPD"), Peran.ADMIN_OPD))
			.with(csrf())).andExpect(status().isForbidden());
		mvc.perform(get(url).with(sebagai(staf.adminOpd("PUPR"), Peran.ADMIN_OPD))).andExpect(status().isNotFound());

		mvc.perform(post(url).param("akunId", String.valueOf(akunId)).param("timId", "").with(dlhk).with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(akun.anggotaTim(timId)).extracting(s -> s.username()).doesNotContain(t.akunPelaksana());
		assertThat(jdbc.sql("SELECT peran FROM akun.pengguna WHERE id = ?").param(akunId).query(String.class).single())
			.isEqualTo(Peran.PEGAWAI.name());
		assertThat(jumlah("SELECT count(*) FROM audit.catatan WHERE aksi = 'pengguna.diubah' AND id_objek = ?", String.valueOf(akunId)))
			.isEqualTo(2);
	}

	@Test
	void anAgencyAdminCreatesEmployeeAccountsWithANip() throws Exception {
		var dlhk = sebagai(staf.adminOpd("DLHK"), Peran.ADMIN_OPD);
		long opd = staf.opdId("DLHK");
		mvc.perform(post("/admin/akun/pengguna/baru").param("username", "pegawai-tanpa-nip-" + System.nanoTime()).param("nama", "Yunus Bria")
			.param("peran", "PEGAWAI").param("opdId", String.valueOf(opd)).param("kataSandi", StafUji.SANDI).with(dlhk).with(csrf()))
			.andExpect(status().isBadRequest());
		Pegawai p = register.tambah(new Staf(1, "uji", "Uji", null, Peran.ADMIN_KOMINFO, null, null, null, true), ContohPegawai.pns(opd));
		String username = "pegawai-baru-" + System.nanoTime();
		mvc.perform(post("/admin/akun/pengguna/baru").param("username", username).param("nama", p.nama()).param("peran", "PEGAWAI")
			.param("opdId", String.valueOf(opd)).param("nip", p.nip()).param("kataSandi", StafUji.SANDI).with(dlhk).with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(jdbc.sql("SELECT peran FROM akun.pengguna WHERE username = ?").param(username).query(String.class).single())
			.isEqualTo(Peran.PEGAWAI.name());
	}
}
