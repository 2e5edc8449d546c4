package id.kotacerdas.pengaduan.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import id.kotacerdas.IntegrationTest;
import id.kotacerdas.opd.DaftarOpd;
import id.kotacerdas.pengaduan.DataUjiPengaduan;
import id.kotacerdas.pengaduan.LayananPengaduan;
import id.kotacerdas.pengaduan.Pertanyaan;

@IntegrationTest
class AdminPengaduanTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	LayananPengaduan layanan;

	@Autowired
	PengaduanRepository repo;

	@Autowired
	DaftarOpd daftarOpd;

	@Autowired
	JdbcClient jdbc;

	@Test
	void kominfoEditsCategoriesAndQuestionsOthersCannot() throws Exception {
		long dishub = DataUjiPengaduan.opd(daftarOpd, "Dishub");
		mvc.perform(post("/admin/pengaduan/kategori").param("kode", "parkir-liar").param("nama", "Parkir liar")
			.param("opdId", String.valueOf(dishub)).param("slaHariKerja", "4").param("aktif", "true")
			.with(user("kominfo.admin").roles("ADMIN_KOMINFO")).with(csrf()))
			.andExpect(status().is3xxRedirection());
		mvc.perform(post("/admin/pengaduan/kategori/parkir-liar/pertanyaan").param("kodePertanyaan", "kendaraan")
			.param("teks", "Jenis kendaraan").param("jenis", "PILIHAN_TUNGGAL").param("wajib", "true")
			.param("pilihan", "motor=Sepeda motor\nmobil=Mobil")
			.with(user("kominfo.admin").roles("ADMIN_KOMINFO")).with(csrf()))
			.andExpect(status().is3xxRedirection());
		var k = layanan.kategori("parkir-liar").orElseThrow();
		assertThat(k.opdId()).isEqualTo(dishub);
		assertThat(k.slaHariKerja()).isEqualTo(4);
		assertThat(k.pertanyaan()).singleElement().satisfies(q -> {
			assertThat(q.jenis()).isEqualTo(Pertanyaan.JenisJawaban.PILIHAN_TUNGGAL);
			assertThat(q.wajib()).isTrue();
			assertThat(q.pilihan()).extracting(Pertanyaan.Pilihan::kunci).containsExactly("motor", "mobil");
		});
		mvc.perform(post("/admin/pengaduan/kategori").param("kode", "Bad Code!").param("nama", "x")
			.param("opdId", String.valueOf(dishub)).param("slaHariKerja", "4")
			.with(user("kominfo.admin").roles("ADMIN_KOMINFO")).with(csrf()))
			.andExpect(status().isBadRequest());
		mvc.perform(post("/admin/pengaduan/kategori").param("kode", "parkir-liar").param("nama", "Diubah")
			.param("opdId", String.valueOf(dishub)).param("slaHariKerja", "4")
			.with(user("opd.admin").roles("ADMIN_OPD")).with(csrf()))
			.andExpect(status().isForbidden());
		mvc.perform(get("/admin/pengaduan/kategori/parkir-liar").with(user("kominfo.admin").roles("ADMIN_KOMINFO")))
			.andExpect(status().isOk());
		assertThat(jdbc.sql("select count(*) from audit.catatan where jenis_objek = 'kategori-pengaduan' and id_objek = 'parkir-liar'")
			.query(Long.class).single()).isEqualTo(2);
	}

	@Test
	void holidayCalendarIsEditableAndUsedForDeadlines() throws Exception {
		LocalDate hari = LocalDate.parse("2027-01-04");
		assertThat(repo.kalender().hariKerja(hari)).isTrue();
		mvc.perform(post("/admin/pengaduan/libur").param("tanggal", hari.toString()).param("nama", "Uji libur")
			.with(user("kominfo.admin").roles("ADMIN_KOMINFO")).with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(repo.kalender().hariKerja(hari)).isFalse();
		mvc.perform(post("/admin/pengaduan/libur/" + hari + "/hapus").with(user("kominfo.admin").roles("ADMIN_KOMINFO")).with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(repo.kalender().hariKerja(hari)).isTrue();
		// the seeded 2026 calendar: Idul Fitri and its cuti bersama
		assertThat(repo.kalender().hariKerja(LocalDate.parse("2026-03-23"))).isFalse();
		assertThat(repo.kalender().hariKerja(LocalDate.parse("2026-03-25"))).isTrue();
	}
}
