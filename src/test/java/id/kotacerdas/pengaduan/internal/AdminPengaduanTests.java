package id.kotacerdas.pengaduan.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import id.kotacerdas.IntegrationTest;
import id.kotacerdas.kalender.KalenderKerja;
import id.kotacerdas.opd.DaftarOpd;
import id.kotacerdas.pengaduan.DataUjiPengaduan;
import id.kotacerdas.pengaduan.LaporanBaru;
import id.kotacerdas.pengaduan.TandaTerima;
import id.kotacerdas.pengaduan.LayananPengaduan;
import id.kotacerdas.pengaduan.Pertanyaan;
import id.kotacerdas.platform.Waktu;

@IntegrationTest
class AdminPengaduanTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	LayananPengaduan layanan;

	@Autowired
	DaftarOpd daftarOpd;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	KalenderKerja kalender;

	@Autowired
	PengaduanProperties properti;

	/** A signed-in request has only the rights of an existing, active account. */
	@BeforeEach
	void akun() {
		DataUjiPengaduan.pengguna(jdbc, "kominfo.admin", "ADMIN_KOMINFO", null, null);
		DataUjiPengaduan.pengguna(jdbc, "opd.admin", "ADMIN_OPD", DataUjiPengaduan.opd(daftarOpd, "DLHK"), null);
	}

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

	/** A refused admin form comes back with everything typed and every problem at its field, in plain words. */
	@Test
	void refusedCategoryAndQuestionFormsKeepTheirInput() throws Exception {
		long dishub = DataUjiPengaduan.opd(daftarOpd, "Dishub");
		Document kategori = Jsoup.parse(mvc.perform(post("/admin/pengaduan/kategori").param("kode", "Bukan Kode").param("nama", "")
			.param("keterangan", "Parkir di bahu jalan").param("opdId", String.valueOf(dishub)).param("slaHariKerja", "0")
			.with(user("kominfo.admin").roles("ADMIN_KOMINFO")).with(csrf()))
			.andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString());
		assertThat(kategori.select("#ringkasan-galat li")).hasSize(3);
		assertThat(kategori.getElementById("galat-kode")).isNotNull();
		assertThat(kategori.getElementById("galat-nama").text()).startsWith("Nama kategori wajib diisi");
		assertThat(kategori.getElementById("galat-slaHariKerja").text()).isEqualTo("Batas waktu harus 1–90 hari kerja.");
		assertThat(kategori.getElementById("kode").val()).isEqualTo("Bukan Kode");
		assertThat(kategori.getElementById("keterangan").val()).isEqualTo("Parkir di bahu jalan");
		assertThat(kategori.select("#opdId option[selected]").val()).isEqualTo(String.valueOf(dishub));

		Document pertanyaan = Jsoup.parse(mvc.perform(post("/admin/pengaduan/kategori/sampah/pertanyaan").param("kodePertanyaan", "volume")
			.param("teks", "").param("jenis", "PILIHAN_TUNGGAL").param("pilihan", "kecil=Kecil\nbesar tanpa nama")
			.with(user("kominfo.admin").roles("ADMIN_KOMINFO")).with(csrf()))
			.andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString());
		assertThat(pertanyaan.getElementById("galat-teks")).isNotNull();
		assertThat(pertanyaan.getElementById("galat-pilihan").text()).contains("besar tanpa nama");
		assertThat(pertanyaan.getElementById("kodePertanyaan").val()).isEqualTo("volume");
		assertThat(pertanyaan.getElementById("pilihan").text()).contains("kecil=Kecil");
	}

	/**
	 * Both deadlines of a filing count working days with the city's calendar: a holiday Kominfo
	 * enters on the first working day after today moves the very next filing's deadlines by a
	 * working day.
	 */
	@Test
	void aHolidayEnteredForTheNextWorkingDayMovesTheNextFilingsDeadlines() throws Exception {
		TandaTerima sebelum = ajukan("sampah");
		Instant diterima = diterimaPada(sebelum);
		LocalDate besok = Waktu.wita(kalender.tambahHariKerja(diterima, 1)).toLocalDate();
		assertThat(tenggatRespons(sebelum)).isEqualTo(kalender.tambahHariKerja(diterima, properti.slaResponsHariKerja()));
		int sla = layanan.kategori("sampah").orElseThrow().slaHariKerja();
		assertThat(sebelum.tenggatSelesai()).isEqualTo(kalender.tambahHariKerja(diterima, sla));
		try {
			mvc.perform(post("/admin/kalender/libur").param("tanggal", besok.toString()).param("nama", "Libur uji tenggat")
				.with(user("kominfo.admin").roles("ADMIN_KOMINFO")).with(csrf()))
				.andExpect(status().is3xxRedirection());
			TandaTerima sesudah = ajukan("sampah");
			Instant diterimaSesudah = diterimaPada(sesudah);
			assertThat(Waktu.wita(tenggatRespons(sesudah)).toLocalDate()).isAfter(besok);
			assertThat(tenggatRespons(sesudah)).isEqualTo(kalender.tambahHariKerja(diterimaSesudah, properti.slaResponsHariKerja()));
			assertThat(sesudah.tenggatSelesai()).isEqualTo(kalender.tambahHariKerja(diterimaSesudah, sla));
		}
		finally {
			mvc.perform(post("/admin/kalender/libur/" + besok + "/hapus").with(user("kominfo.admin").roles("ADMIN_KOMINFO")).with(csrf()));
		}
	}

	private Instant diterimaPada(TandaTerima t) {
		return jdbc.sql("select diterima_pada from pengaduan.pengaduan where nomor = ?").param(t.nomor())
			.query(java.sql.Timestamp.class).single().toInstant();
	}

	private Instant tenggatRespons(TandaTerima t) {
		return jdbc.sql("select tenggat_respons from pengaduan.pengaduan where nomor = ?").param(t.nomor())
			.query(java.sql.Timestamp.class).single().toInstant();
	}

	/**
	 * Filings use cached categories; an edit committed by another instance (here: rows changed
	 * with SQL and the version raised, this instance's cache untouched) must reach the very next
	 * filing: agency, SLA and deactivation.
	 */
	@Test
	void anotherInstancesEditReachesTheNextFiling() throws Exception {
		long dishub = DataUjiPengaduan.opd(daftarOpd, "Dishub");
		long dlhk = DataUjiPengaduan.opd(daftarOpd, "DLHK");
		mvc.perform(post("/admin/pengaduan/kategori").param("kode", "uji-tembolok").param("nama", "Uji tembolok")
			.param("opdId", String.valueOf(dishub)).param("slaHariKerja", "2").param("aktif", "true")
			.with(user("kominfo.admin").roles("ADMIN_KOMINFO")).with(csrf()))
			.andExpect(status().is3xxRedirection());
		TandaTerima pertama = ajukan("uji-tembolok");
		assertThat(opdDari(pertama)).isEqualTo(dishub);

		jdbc.sql("update pengaduan.kategori set opd_id = ?, sla_hari_kerja = 20 where kode = 'uji-tembolok'").param(dlhk).update();
		jdbc.sql("update pengaduan.versi_konfigurasi set versi = versi + 1").update();
		TandaTerima kedua = ajukan("uji-tembolok");
		assertThat(opdDari(kedua)).isEqualTo(dlhk);
		assertThat(kedua.tenggatSelesai()).isAfter(pertama.tenggatSelesai().plus(java.time.Duration.ofDays(14)));

		// a category added elsewhere is accepted at once, although this instance has not seen it yet
		jdbc.sql("""
				insert into pengaduan.kategori (kode, nama, keterangan, kata_kunci, opd_id, sla_hari_kerja, urutan, aktif)
				values ('uji-tembolok-baru', 'Uji tembolok baru', '', '', ?, 3, 99, true)""").param(dishub).update();
		jdbc.sql("update pengaduan.versi_konfigurasi set versi = versi + 1").update();
		assertThat(opdDari(ajukan("uji-tembolok-baru"))).isEqualTo(dishub);

		jdbc.sql("update pengaduan.kategori set aktif = false where kode = 'uji-tembolok'").update();
		jdbc.sql("update pengaduan.versi_konfigurasi set versi = versi + 1").update();
		org.assertj.core.api.Assertions.assertThatThrownBy(() -> ajukan("uji-tembolok"))
			.hasMessage("pengaduan.kategori-tidak-dikenal");
	}

	private TandaTerima ajukan(String kategori) {
		return layanan.ajukan(new LaporanBaru(kategori, "Uji tembolok kategori", null, null, null, "Jl. Uji Tembolok 1", null,
				null, null, false, false, Map.of(), List.of(), "web"));
	}

	private long opdDari(TandaTerima t) {
		return jdbc.sql("select opd_id from pengaduan.pengaduan where nomor = ?").param(t.nomor()).query(Long.class).single();
	}
}
