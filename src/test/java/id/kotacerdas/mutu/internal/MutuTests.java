package id.kotacerdas.mutu.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import id.kotacerdas.IntegrationTest;
import id.kotacerdas.akun.internal.StafUji;
import id.kotacerdas.berkas.PdfContoh;

/**
 * The quality records as an agency keeps them: a corrective action past its due date is shown late and reaches the
 * agency administrator's dashboard until it is done; every change is in the audit log; refusals store nothing; the
 * ISO 18091 grid holds 39 indicators in four quadrants and refuses a colour that is not one.
 */
@IntegrationTest
class MutuTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	StafUji staf;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	RegisterMutu register;

	private long jumlah(String sql, Object... param) {
		var q = jdbc.sql(sql);
		for (Object p : param) {
			q = q.param(p);
		}
		return q.query(Long.class).single();
	}

	private long temuanTerakhir(long opdId) {
		return jumlah("select max(id) from mutu.temuan where opd_id = ?", opdId);
	}

	@Test
	void aCorrectiveActionPastItsDueDateIsLateOnThePageAndTheDashboardUntilDoneAndEveryStepIsAudited() throws Exception {
		long bkppd = staf.opdId("BKPPD");
		String admin = staf.adminOpd("BKPPD");
		RequestPostProcessor saya = user(admin).roles("ADMIN_OPD");
		LocalDate hari = register.hariIni();
		long auditSebelum = jumlah("select count(*) from audit.catatan where aksi like 'mutu.%'");

		mvc.perform(post("/staf/mutu/" + bkppd + "/temuan").param("tanggalAudit", hari.minusDays(40).toString()).param("klausul", "8.5.1")
			.param("kategori", "MAYOR").param("uraian", "Verifikasi berkas kenaikan pangkat tidak memakai daftar periksa yang ditetapkan.")
			.with(saya).with(csrf())).andExpect(status().is3xxRedirection());
		long temuan = temuanTerakhir(bkppd);
		mvc.perform(post("/staf/mutu/temuan/" + temuan + "/tindakan").param("uraianTindakan", "Terapkan daftar periksa di seluruh bidang.")
			.param("penanggungJawab", "Kepala Bidang Mutasi").param("batas", hari.minusDays(1).toString()).with(saya).with(csrf()))
			.andExpect(status().is3xxRedirection());
		mvc.perform(post("/staf/mutu/temuan/" + temuan + "/tindakan").param("uraianTindakan", "Latih verifikator tentang daftar periksa.")
			.param("penanggungJawab", "Kepala Subbidang Diklat").param("batas", hari.toString()).with(saya).with(csrf()))
			.andExpect(status().is3xxRedirection());

		// due yesterday: late; due today: not yet
		Document halaman = Jsoup.parse(mvc.perform(get("/staf/mutu/" + bkppd).with(saya)).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString());
		assertThat(halaman.select("#temuan-" + temuan + " li.terlambat")).hasSize(1);
		assertThat(halaman.select("#temuan-" + temuan + " li.terlambat").text()).contains("Terapkan daftar periksa").contains("Terlambat");
		assertThat(halaman.select("#temuan-" + temuan + " .daftar-tindakan > li")).hasSize(2);
		String dasbor = mvc.perform(get("/staf").with(saya)).andReturn().getResponse().getContentAsString();
		Document d = Jsoup.parse(dasbor);
		assertThat(d.select("a[href='/staf/mutu/" + bkppd + "#temuan']").text()).isEqualTo("1 Tindakan korektif melewati batas waktu");

		long terlambat = jumlah("select id from mutu.tindakan where temuan_id = ? and batas < ?", temuan, java.sql.Date.valueOf(hari));
		mvc.perform(post("/staf/mutu/tindakan/" + terlambat + "/selesai").with(saya).with(csrf())).andExpect(status().is3xxRedirection());
		mvc.perform(post("/staf/mutu/tindakan/" + terlambat + "/selesai").with(saya).with(csrf())).andExpect(status().isConflict());
		halaman = Jsoup.parse(mvc.perform(get("/staf/mutu/" + bkppd).with(saya)).andReturn().getResponse().getContentAsString());
		assertThat(halaman.select("#temuan-" + temuan + " li.terlambat")).isEmpty();
		assertThat(Jsoup.parse(mvc.perform(get("/staf").with(saya)).andReturn().getResponse().getContentAsString())
			.select("a[href='/staf/mutu/" + bkppd + "#temuan']")).isEmpty();

		// the audit trail: the finding, two actions, the one done — the refused second "done" left nothing
		assertThat(jumlah("select count(*) from audit.catatan where aksi like 'mutu.%'") - auditSebelum).isEqualTo(4);
		assertThat(jdbc.sql("select aktor from audit.catatan where aksi = 'mutu.tindakan.selesai' and id_objek = ?").param(String.valueOf(terlambat))
			.query(String.class).single()).isEqualTo(admin);

		// another agency's administrator can neither read nor act
		RequestPostProcessor lain = user(staf.adminOpd("Dinkes")).roles("ADMIN_OPD");
		mvc.perform(get("/staf/mutu/" + bkppd).with(lain)).andExpect(status().isForbidden());
		mvc.perform(post("/staf/mutu/temuan/" + temuan + "/tindakan").param("uraianTindakan", "x").param("penanggungJawab", "y")
			.param("batas", hari.toString()).with(lain).with(csrf())).andExpect(status().isForbidden());
	}

	@Test
	void anIncompleteEntryIsRefusedWithEveryProblemAndNothingIsStored() throws Exception {
		long dikbud = staf.opdId("Dikbud");
		RequestPostProcessor saya = user(staf.adminOpd("Dikbud")).roles("ADMIN_OPD");
		long sebelum = jumlah("select count(*) from mutu.temuan where opd_id = ?", dikbud);
		String html = mvc.perform(post("/staf/mutu/" + dikbud + "/temuan").param("tanggalAudit", register.hariIni().plusDays(3).toString())
			.param("klausul", "").param("kategori", "KRITIS").param("uraian", "Arsip rapor tidak terkendali.").with(saya).with(csrf()))
			.andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
		assertThat(Jsoup.parse(html).select("#ringkasan-galat li")).hasSize(3);
		assertThat(html).contains("Arsip rapor tidak terkendali.");
		assertThat(jumlah("select count(*) from mutu.temuan where opd_id = ?", dikbud)).isEqualTo(sebelum);

		// an SOP needs its PDF; a revision is recorded once
		MockMultipartFile pdf = new MockMultipartFile("berkas", "sop.pdf", "application/pdf", PdfContoh.halaman("SOP Legalisir Ijazah"));
		mvc.perform(multipart("/staf/mutu/" + dikbud + "/dokumen").param("kode", "SOP-DIK-07").param("judul", "Legalisir Ijazah").param("revisi", "0")
			.param("berlakuMulai", "2025-02-03").with(saya).with(csrf())).andExpect(status().isBadRequest());
		mvc.perform(multipart("/staf/mutu/" + dikbud + "/dokumen").file(pdf).param("kode", "SOP-DIK-07").param("judul", "Legalisir Ijazah")
			.param("revisi", "0").param("berlakuMulai", "2025-02-03").with(saya).with(csrf())).andExpect(status().is3xxRedirection());
		mvc.perform(multipart("/staf/mutu/" + dikbud + "/dokumen").file(pdf).param("kode", "SOP-DIK-07").param("judul", "Legalisir Ijazah")
			.param("revisi", "0").param("berlakuMulai", "2025-03-03").with(saya).with(csrf())).andExpect(status().isConflict());
		assertThat(jumlah("select count(*) from mutu.dokumen where opd_id = ? and kode = 'SOP-DIK-07'", dikbud)).isEqualTo(1);
	}

	@Test
	void theIso18091GridHas39IndicatorsInFourQuadrantsWithTrafficLights() throws Exception {
		long rsud = staf.opdId("RSUD S.K. Lerik");
		RequestPostProcessor saya = user(staf.adminOpd("RSUD S.K. Lerik")).roles("ADMIN_OPD");
		int tahun = register.hariIni().getYear() - 1;
		String jalur = "/staf/mutu/" + rsud + "/iso-18091";

		mvc.perform(post(jalur).param("tahun", String.valueOf(tahun)).param("warna-1.1", "HIJAU").param("warna-3.2", "UNGU").with(saya).with(csrf()))
			.andExpect(status().isBadRequest());
		assertThat(jumlah("select count(*) from mutu.diagnosis where opd_id = ? and tahun = ?", rsud, tahun)).isZero();

		mvc.perform(post(jalur).param("tahun", String.valueOf(tahun)).param("warna-1.1", "HIJAU").param("warna-3.2", "KUNING")
			.param("catatan-3.2", "Antrean rawat jalan masih panjang pada hari Senin.").param("warna-4.3", "MERAH").param("warna-2.5", "TIDAK_DIUKUR")
			.with(saya).with(csrf())).andExpect(status().is3xxRedirection());
		Document grid = Jsoup.parse(mvc.perform(get(jalur).param("tahun", String.valueOf(tahun)).with(user(staf.pengguna(id.kotacerdas.platform.Peran.PIMPINAN,
				null, null)).roles("PIMPINAN"))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
		assertThat(grid.select("section.kuadran")).hasSize(4);
		assertThat(grid.select("li.sel")).hasSize(39);
		assertThat(grid.select("li.warna-hijau")).extracting(e -> e.id()).containsExactly("indikator-1.1");
		assertThat(grid.select("#indikator-3\\.2").text()).contains("Kuning", "Antrean rawat jalan");
		assertThat(grid.select("#indikator-4\\.3").hasClass("warna-merah")).isTrue();
		assertThat(grid.select("#indikator-2\\.5 .status-warna").text()).isEqualTo("Tidak diukur");
		assertThat(grid.select("li.warna-kosong")).hasSize(35);
		// leadership reads, changes nothing
		assertThat(grid.select("#grid-18091 select, #grid-18091 button")).isEmpty();
		assertThat(jumlah("select count(*) from audit.catatan where aksi = 'mutu.diagnosis.diubah' and id_objek like ?", rsud + "/" + tahun + "/%"))
			.isEqualTo(4);
		assertThat(List.of(grid.select("#jumlah-warna").text())).allMatch(t -> t.contains("Hijau: 1") && t.contains("Merah: 1"));
	}
}
