package id.kotacerdas.kalender.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import id.kotacerdas.IntegrationTest;
import id.kotacerdas.akun.internal.StafUji;
import id.kotacerdas.kalender.HariLibur;
import id.kotacerdas.kalender.KalenderKerja;
import id.kotacerdas.platform.Waktu;

/**
 * The holidays in the running application: moved with their rows, kept by Kominfo on their own
 * page, and read by every deadline right after a change. Test dates lie in 2031, away from the
 * reports other tests file.
 */
@IntegrationTest
class HariLiburTests {

	private static final String HALAMAN = "/admin/kalender/libur";

	/** Friday 3 January 2031, 10.00 WITA. */
	private static final Instant JUMAT = LocalDateTime.parse("2031-01-03T10:00").atZone(Waktu.WITA).toInstant();

	private static final LocalDate SENIN = LocalDate.parse("2031-01-06");

	@Autowired
	MockMvc mvc;

	@Autowired
	KalenderKerja kalender;

	@Autowired
	LayananKalender layanan;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	StafUji staf;

	private String adminKominfo;

	@BeforeEach
	void akun() {
		adminKominfo = staf.adminKominfo();
	}

	private RequestPostProcessor kominfo() {
		return user(adminKominfo).roles("ADMIN_KOMINFO");
	}

	private LocalDate hariTenggat(Instant mulai, int hari) {
		return Waktu.wita(kalender.tambahHariKerja(mulai, hari)).toLocalDate();
	}

	@Test
	void theSeededHolidaysMovedToTheKalenderSchemaWithTheirNames() {
		assertThat(jdbc.sql("select to_regclass('pengaduan.hari_libur') is null and to_regclass('kalender.hari_libur') is not null")
			.query(Boolean.class).single()).isTrue();
		assertThat(kalender.hariLibur(2026)).hasSize(25)
			.contains(new HariLibur(LocalDate.parse("2026-03-21"), "Idul Fitri 1447 H", false),
					new HariLibur(LocalDate.parse("2026-12-24"), "Cuti bersama Kelahiran Yesus Kristus", true))
			.filteredOn(HariLibur::cutiBersama).hasSize(8);
		// 2027 so far: the fixed-date national holidays only
		assertThat(kalender.hariLibur(2027)).extracting(HariLibur::tanggal).containsExactly(LocalDate.parse("2027-01-01"),
				LocalDate.parse("2027-05-01"), LocalDate.parse("2027-06-01"), LocalDate.parse("2027-08-17"), LocalDate.parse("2027-12-25"));
		assertThat(kalender.hariKerja(LocalDate.parse("2026-03-23"))).isFalse();
		assertThat(kalender.hariKerja(LocalDate.parse("2026-03-25"))).isTrue();
	}

	@Test
	void editingAHolidayChangesTheNextDeadlineAtOnceAndIsAudited() throws Exception {
		assertThat(hariTenggat(JUMAT, 1)).isEqualTo(SENIN);
		mvc.perform(post(HALAMAN).param("tanggal", SENIN.toString()).param("nama", "Uji libur").with(kominfo()).with(csrf()))
			.andExpect(redirectedUrl(HALAMAN + "?tahun=2031"));
		assertThat(hariTenggat(JUMAT, 1)).isEqualTo(SENIN.plusDays(1));
		assertThat(kalender.hariKerjaAntara(JUMAT, JUMAT.plusSeconds(4 * 86_400))).isEqualTo(1);

		mvc.perform(post(HALAMAN).param("tanggal", SENIN.toString()).param("nama", " Uji cuti bersama ").param("cutiBersama", "true")
			.with(kominfo()).with(csrf())).andExpect(status().is3xxRedirection());
		assertThat(kalender.hariLibur(2031)).containsExactly(new HariLibur(SENIN, "Uji cuti bersama", true));

		mvc.perform(post(HALAMAN + "/" + SENIN + "/hapus").with(kominfo()).with(csrf())).andExpect(redirectedUrl(HALAMAN + "?tahun=2031"));
		assertThat(hariTenggat(JUMAT, 1)).isEqualTo(SENIN);
		assertThat(jdbc.sql("select aksi from audit.catatan where jenis_objek = 'hari-libur' and id_objek = ? order by id")
			.param(SENIN.toString()).query(String.class).list())
			.containsExactly("hari-libur.disimpan", "hari-libur.disimpan", "hari-libur.dihapus");
	}

	/** Another instance's edit reaches this one by the periodic reload; until then the deadlines come from memory. */
	@Test
	void anotherInstancesEditArrivesWithThePeriodicReload() {
		LocalDate hari = LocalDate.parse("2031-02-03");
		try {
			jdbc.sql("insert into kalender.hari_libur (tanggal, nama) values (?, 'Libur dari instans lain')").param(hari).update();
			assertThat(kalender.hariKerja(hari)).isTrue();
			layanan.segarkan();
			assertThat(kalender.hariKerja(hari)).isFalse();
		}
		finally {
			jdbc.sql("delete from kalender.hari_libur where tanggal = ?").param(hari).update();
			layanan.segarkan();
		}
		assertThat(kalender.hariKerja(hari)).isTrue();
	}

	/** A refused form comes back with everything typed and the problem at its field; nothing is stored. */
	@Test
	void aRefusedHolidayKeepsWhatWasTypedAndChangesNothing() throws Exception {
		Document tanpaNama = Jsoup.parse(mvc.perform(post(HALAMAN).param("tanggal", "2031-03-03").param("nama", " ")
			.param("cutiBersama", "true").param("tahun", "2031").with(kominfo()).with(csrf()))
			.andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString());
		assertThat(tanpaNama.getElementById("galat-nama").text()).startsWith("Nama hari libur wajib diisi");
		assertThat(tanpaNama.getElementById("tanggal").val()).isEqualTo("2031-03-03");
		assertThat(tanpaNama.select("input[name=cutiBersama]").hasAttr("checked")).isTrue();
		assertThat(tanpaNama.select("h2").text()).isEqualTo("Tahun 2031");

		Document tanggalSalah = Jsoup.parse(mvc.perform(post(HALAMAN).param("tanggal", "31/02/2031").param("nama", "Hari jadi kota")
			.with(kominfo()).with(csrf()))
			.andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString());
		assertThat(tanggalSalah.getElementById("galat-tanggal").text()).isEqualTo("Pilih tanggal hari libur.");
		assertThat(tanggalSalah.getElementById("tanggal").val()).isEqualTo("31/02/2031");
		assertThat(tanggalSalah.getElementById("nama").val()).isEqualTo("Hari jadi kota");

		assertThat(kalender.hariLibur(2031)).isEmpty();
		assertThat(jdbc.sql("select count(*) from kalender.hari_libur where tanggal = '2031-03-03'").query(Long.class).single()).isZero();
	}

	@Test
	void theHolidayPageShowsOneYearInBothLanguages() throws Exception {
		Document id = Jsoup.parse(mvc.perform(get(HALAMAN).param("tahun", "2026").with(kominfo()))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
		assertThat(id.select("tbody tr")).hasSize(25);
		assertThat(id.select("tbody tr").get(0).text()).startsWith("1 Januari 2026 Tahun Baru 2026 Masehi");
		assertThat(id.text()).contains("17 hari libur nasional dan 8 hari cuti bersama");
		assertThat(id.select("a[href='" + HALAMAN + "?tahun=2027']").text()).isEqualTo("2027 »");
		assertThat(id.select("button[aria-label='Hapus hari libur 21 Maret 2026']")).hasSize(1);

		Document en = Jsoup.parse(mvc.perform(get(HALAMAN).param("tahun", "2026").param("lang", "en").with(kominfo()))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
		assertThat(en.select("h1").text()).isEqualTo("National holidays and collective leave days");
		assertThat(en.select("tbody tr").get(0).text()).startsWith("1 Jan 2026");

		assertThat(Jsoup.parse(mvc.perform(get(HALAMAN).param("tahun", "2031").with(kominfo())).andReturn().getResponse()
			.getContentAsString()).text()).contains("Belum ada hari libur untuk tahun 2031");
		mvc.perform(get(HALAMAN).param("tahun", "0").with(kominfo())).andExpect(status().isNotFound());
	}

	@Test
	void onlyKominfoKeepsTheHolidaysAndFindsThemInTheStaffMenu() throws Exception {
		RequestPostProcessor adminOpd = user(staf.adminOpd("DLHK")).roles("ADMIN_OPD");
		RequestPostProcessor pimpinan = user(staf.pengguna(id.kotacerdas.platform.Peran.PIMPINAN, null, null)).roles("PIMPINAN");
		mvc.perform(get(HALAMAN).with(adminOpd)).andExpect(status().isForbidden());
		mvc.perform(get(HALAMAN).with(pimpinan)).andExpect(status().isForbidden());
		mvc.perform(post(HALAMAN).param("tanggal", "2031-04-01").param("nama", "Tidak boleh").with(adminOpd).with(csrf()))
			.andExpect(status().isForbidden());
		assertThat(kalender.hariKerja(LocalDate.parse("2031-04-01"))).isTrue();

		String menu = "header nav a[href='" + HALAMAN + "']";
		assertThat(Jsoup.parse(mvc.perform(get("/staf").with(kominfo())).andReturn().getResponse().getContentAsString())
			.select(menu).text()).isEqualTo("Hari libur");
		assertThat(Jsoup.parse(mvc.perform(get("/staf").with(adminOpd)).andReturn().getResponse().getContentAsString())
			.select(menu)).isEmpty();
	}
}
