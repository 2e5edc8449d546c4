package id.kotacerdas.kepegawaian.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import id.kotacerdas.IntegrationTest;
import id.kotacerdas.akun.Staf;
import id.kotacerdas.akun.internal.StafUji;
import id.kotacerdas.notifikasi.KotakUji;
import id.kotacerdas.notifikasi.Notifikasi;
import id.kotacerdas.platform.Nip;
import id.kotacerdas.platform.Peran;
import id.kotacerdas.platform.PermintaanDitolakException;

/** The career history: the record derived from it, who may write and read it, and leaving service. */
@IntegrationTest
class RiwayatTests {

	@Autowired
	RegisterRiwayat riwayat;

	@Autowired
	RegisterPegawai register;

	@Autowired
	RiwayatRepository repo;

	@Autowired
	StafUji staf;

	@Autowired
	MockMvc mvc;

	@Autowired
	Notifikasi notifikasi;

	@Autowired
	JdbcClient jdbc;

	private final Staf kominfo = new Staf(1, "kominfo-uji", "Uji", "uji@uji.invalid", Peran.ADMIN_KOMINFO, null, null, null, true);

	private Pegawai pegawai(String opd) {
		return register.tambah(kominfo, ContohPegawai.pns(staf.opdId(opd)));
	}

	private static FormulirRiwayat golongan(String kode, LocalDate tmt, String sk) {
		FormulirRiwayat f = new FormulirRiwayat();
		f.setGolongan(kode);
		f.setTmt(tmt);
		f.setNomorSk(sk);
		f.setTanggalSk(tmt.minusMonths(1));
		return f;
	}

	private Riwayat tambah(Pegawai p, JenisRiwayat jenis, FormulirRiwayat f) {
		return riwayat.simpan(kominfo, p.id(), null, jenis, f, null);
	}

	private Pegawai segar(Pegawai p) {
		return register.lihat(kominfo, p.id());
	}

	private static RequestPostProcessor sebagai(String username, Peran peran) {
		return user(username).roles(peran.name());
	}

	@Test
	void theLatestRankByTmtIsTheRecordsAndDeletingItRestoresThePreviousOne() {
		Pegawai p = pegawai("PUPR");
		// the form's rank became the first history row
		assertThat(repo.daftar(p.id(), JenisRiwayat.GOLONGAN)).extracting(Riwayat::golongan).containsExactly("33");

		Riwayat naik = tambah(p, JenisRiwayat.GOLONGAN, golongan("34", LocalDate.of(2026, 4, 1), "823/41/BKPPD/2026"));
		assertThat(segar(p).golongan()).isEqualTo("34");
		assertThat(segar(p).tmtGolongan()).isEqualTo(LocalDate.of(2026, 4, 1));

		// an older decree entered late is history, not the current rank
		tambah(p, JenisRiwayat.GOLONGAN, golongan("32", LocalDate.of(2018, 4, 1), "823/7/BKD/2018"));
		assertThat(segar(p).golongan()).isEqualTo("34");

		riwayat.hapus(kominfo, p.id(), naik.id());
		assertThat(segar(p).golongan()).isEqualTo("33");
		assertThat(segar(p).tmtGolongan()).isEqualTo(LocalDate.of(2022, 4, 1));
		assertThat(jdbc.sql("SELECT aksi FROM audit.catatan WHERE jenis_objek = 'riwayat' AND id_objek = ? ORDER BY id").param(String.valueOf(naik.id()))
			.query(String.class).list()).containsExactly("riwayat.dibuat", "riwayat.dihapus");
	}

	@Test
	void positionAndHighestEducationAreDerivedAndTheLastRowStays() {
		Pegawai p = pegawai("PUPR");
		FormulirRiwayat jabatan = new FormulirRiwayat();
		jabatan.setJenisJabatan("1");
		jabatan.setNamaJabatan("Kepala Seksi Pembangunan Jalan");
		jabatan.setEselon("41");
		jabatan.setOpdId(staf.opdId("DLHK"));
		jabatan.setUnor("Bidang Pengelolaan Sampah");
		jabatan.setTmt(LocalDate.of(2025, 9, 1));
		jabatan.setNomorSk("821.2/88/BKPPD/2025");
		tambah(p, JenisRiwayat.JABATAN, jabatan);
		Pegawai baru = segar(p);
		assertThat(List.of(baru.jenisJabatan(), baru.namaJabatan(), baru.eselon(), baru.unor()))
			.containsExactly("1", "Kepala Seksi Pembangunan Jalan", "41", "Bidang Pengelolaan Sampah");
		assertThat(baru.opdId()).isEqualTo(staf.opdId("DLHK"));
		assertThat(baru.tmtJabatan()).isEqualTo(LocalDate.of(2025, 9, 1));

		// a master's degree outranks the bachelor's; a later diploma of a lower level does not
		FormulirRiwayat s2 = new FormulirRiwayat();
		s2.setPendidikan("45");
		s2.setNamaSekolah("Universitas Nusa Cendana");
		s2.setJurusan("Magister Teknik Sipil");
		s2.setGelarBelakang("M.T.");
		s2.setTmt(LocalDate.of(2019, 8, 30));
		tambah(p, JenisRiwayat.PENDIDIKAN, s2);
		FormulirRiwayat d3 = new FormulirRiwayat();
		d3.setPendidikan("30");
		d3.setNamaSekolah("Politeknik Negeri Kupang");
		d3.setTmt(LocalDate.of(2024, 7, 1));
		tambah(p, JenisRiwayat.PENDIDIKAN, d3);
		assertThat(segar(p).pendidikan()).isEqualTo("45");
		assertThat(segar(p).jurusan()).isEqualTo("Magister Teknik Sipil");

		// the only rank row cannot go: the record's rank is taken from it
		Riwayat satu = repo.terakhir(p.id(), JenisRiwayat.GOLONGAN).orElseThrow();
		assertThatThrownBy(() -> riwayat.hapus(kominfo, p.id(), satu.id())).isInstanceOfSatisfying(PermintaanDitolakException.class,
				ex -> assertThat(ex.status()).isEqualTo(HttpStatus.CONFLICT));
		assertThat(repo.daftar(p.id(), JenisRiwayat.GOLONGAN)).hasSize(1);
	}

	/** The data-utama form no longer changes what the history decides, even when the post carries other values. */
	@Test
	void theEmployeeFormKeepsTheDerivedValues() {
		Pegawai p = pegawai("PUPR");
		FormulirPegawai f = FormulirPegawai.dari(p);
		f.setGolongan("45");
		f.setNamaJabatan("Sekretaris Daerah");
		f.setTelepon("081339001122");
		Pegawai diubah = register.ubah(kominfo, p.id(), f);
		assertThat(diubah.telepon()).isEqualTo("081339001122");
		assertThat(diubah.golongan()).isEqualTo("33");
		assertThat(diubah.namaJabatan()).isEqualTo(p.namaJabatan());
	}

	@Test
	void onlyThePersonnelKeepersWriteAndWhoeverSeesTheRecordReadsTheScan() throws Exception {
		Pegawai p = pegawai("DLHK");
		String sendiri = staf.pegawai(Peran.PETUGAS_TRC, "DLHK", p.nip());
		for (Staf s : List.of(stafUji(Peran.ADMIN_OPD, "DLHK", null), stafUji(Peran.PIMPINAN, null, null),
				stafUji(Peran.PETUGAS_TRC, "DLHK", p.nip()))) {
			assertThatThrownBy(() -> riwayat.simpan(s, p.id(), null, JenisRiwayat.GOLONGAN, golongan("34", LocalDate.of(2026, 4, 1), "1/2026"), null))
				.isInstanceOfSatisfying(PermintaanDitolakException.class, ex -> assertThat(ex.status()).isEqualTo(HttpStatus.FORBIDDEN));
		}
		// BKPPD's administrator adds the row with its scan through the page
		var bkppd = sebagai(staf.adminOpd("BKPPD"), Peran.ADMIN_OPD);
		mvc.perform(multipart("/staf/kepegawaian/" + p.id() + "/riwayat/golongan/baru")
			.file(new MockMultipartFile("scan", "sk.pdf", "application/pdf", pdf()))
			.param("golongan", "34").param("tmt", "2026-04-01").param("nomorSk", "823/41/BKPPD/2026").param("tanggalSk", "2026-03-02")
			.with(bkppd).with(csrf())).andExpect(status().is3xxRedirection());
		Riwayat r = repo.terakhir(p.id(), JenisRiwayat.GOLONGAN).orElseThrow();
		assertThat(r.berkasId()).isNotNull();
		assertThat(r.dicatatOleh()).startsWith("admin-opd-");
		String scan = "/staf/kepegawaian/" + p.id() + "/riwayat/" + r.id() + "/scan";

		// the employee and their agency's admin see it; leadership (statistics only), another agency's admin
		// and another officer do not learn it exists
		mvc.perform(get(scan).with(sebagai(sendiri, Peran.PETUGAS_TRC))).andExpect(status().isOk());
		mvc.perform(get(scan).with(sebagai(staf.adminOpd("DLHK"), Peran.ADMIN_OPD))).andExpect(status().isOk());
		mvc.perform(get(scan).with(sebagai(staf.pengguna(Peran.PIMPINAN, null, null), Peran.PIMPINAN))).andExpect(status().isNotFound());
		mvc.perform(get(scan).with(sebagai(staf.adminOpd("DISHUB"), Peran.ADMIN_OPD))).andExpect(status().isNotFound());
		mvc.perform(get(scan).with(sebagai(staf.petugasTrc("DLHK"), Peran.PETUGAS_TRC))).andExpect(status().isNotFound());
		// an agency admin may not even open the form
		mvc.perform(get("/staf/kepegawaian/" + p.id() + "/riwayat/golongan/baru").with(sebagai(staf.adminOpd("DLHK"), Peran.ADMIN_OPD)))
			.andExpect(status().isForbidden());
	}

	@Test
	void leavingServiceFlagsTheAccountAndTheVehicleAndTellsTheAgencyAdmin() throws Exception {
		Pegawai p = pegawai("DLHK");
		String akun = staf.pegawai(Peran.PETUGAS_TRC, "DLHK", p.nip());
		String admin = staf.adminOpd("DLHK");
		long kendaraan = jdbc.sql("""
				INSERT INTO armada.kendaraan (nomor_polisi, tracker_id, opd_id, golongan, jenis_bbm, kapasitas_tangki, norma_km_per_liter,
				  nip_pemegang, nama_pemegang, kondisi, status, dibuat, diubah)
				VALUES (?, ?, ?, 'PERORANGAN_DINAS', 'PERTALITE', 40, 10, ?, ?, 'BAIK', 'AKTIF', now(), now()) RETURNING id""")
			.params("DH " + (1000 + p.id() % 8000) + " KP", "uji-keluar-" + p.id(), staf.opdId("DLHK"), p.nip(), p.namaLengkap())
			.query(Long.class).single();

		FormulirPegawai f = FormulirPegawai.dari(p);
		f.setKedudukanHukum("99");
		register.ubah(kominfo, p.id(), f);

		assertThat(jdbc.sql("SELECT count(*) FROM akun.keluar_dinas WHERE nip = ?").param(p.nip()).query(Long.class).single()).isOne();
		assertThat(jdbc.sql("SELECT count(*) FROM armada.pemegang_keluar WHERE nip = ?").param(p.nip()).query(Long.class).single()).isOne();
		String email = admin + "@uji.invalid";
		assertThat(KotakUji.menunggu(notifikasi, Notifikasi.EMAIL, email)).hasSize(1);
		assertThat(KotakUji.emailTerakhir(notifikasi, email).subjek()).contains(p.namaLengkap());
		assertThat(KotakUji.emailTerakhir(notifikasi, email).isi()).contains(p.nip(), "Pensiun");

		// a second change while out of service tells nobody again
		f.setTelepon("081339001199");
		register.ubah(kominfo, p.id(), f);
		assertThat(KotakUji.menunggu(notifikasi, Notifikasi.EMAIL, email)).hasSize(1);

		// the administrators read it in words where they work
		String pengguna = mvc.perform(get("/admin/akun/pengguna").with(sebagai(staf.adminKominfo(), Peran.ADMIN_KOMINFO)))
			.andReturn().getResponse().getContentAsString();
		assertThat(org.jsoup.Jsoup.parse(pengguna).select("tr:contains(" + akun + ")").text()).contains("keluar dari dinas sejak",
				"nonaktifkan akunnya");
		String armada = mvc.perform(get("/staf/armada").with(sebagai(admin, Peran.ADMIN_OPD))).andReturn().getResponse().getContentAsString();
		assertThat(org.jsoup.Jsoup.parse(armada).select("tr:contains(" + p.namaLengkap() + ")").text()).contains("alihkan kendaraan");
		assertThat(org.jsoup.Jsoup.parse(armada).select("tr:contains(" + p.namaLengkap() + ")").select("a").attr("href")).endsWith("/" + kendaraan);
	}

	/** A refused row comes back with what was typed and nothing stored; so does a scan that is neither a PDF nor a photo. */
	@Test
	void aRefusedRowOrScanKeepsTheFormAndStoresNothing() throws Exception {
		Pegawai p = pegawai("PUPR");
		var bkppd = sebagai(staf.adminOpd("BKPPD"), Peran.ADMIN_OPD);
		String url = "/staf/kepegawaian/" + p.id() + "/riwayat/jabatan/baru";
		String html = mvc.perform(multipart(url).param("jenisJabatan", "1").param("namaJabatan", "Kepala Seksi Jalan").param("eselon", "99")
			.param("opdId", String.valueOf(staf.opdId("PUPR"))).param("unor", "Bidang Bina Marga").param("tmt", "2026-01-02")
			.param("nomorSk", "821.2/5/BKPPD/2026").with(bkppd).with(csrf()))
			.andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
		var d = org.jsoup.Jsoup.parse(html);
		assertThat(d.getElementById("galat-eselon").text()).contains("eselon");
		assertThat(d.getElementById("namaJabatan").val()).isEqualTo("Kepala Seksi Jalan");

		html = mvc.perform(multipart("/staf/kepegawaian/" + p.id() + "/riwayat/golongan/baru")
			.file(new MockMultipartFile("scan", "sk.docx", "application/octet-stream", "PK\u0003\u0004 bukan pdf".getBytes()))
			.param("golongan", "34").param("tmt", "2026-04-01").param("nomorSk", "823/41/BKPPD/2026").with(bkppd).with(csrf()))
			.andExpect(status().isUnsupportedMediaType()).andReturn().getResponse().getContentAsString();
		d = org.jsoup.Jsoup.parse(html);
		assertThat(d.getElementById("galat-scan")).isNotNull();
		assertThat(d.getElementById("nomorSk").val()).isEqualTo("823/41/BKPPD/2026");
		assertThat(repo.daftar(p.id(), JenisRiwayat.JABATAN)).hasSize(1);
		assertThat(repo.daftar(p.id(), JenisRiwayat.GOLONGAN)).hasSize(1);
		assertThat(segar(p).golongan()).isEqualTo("33");

		// the data-utama form shows the derived values, not fields to type them
		String ubah = mvc.perform(get("/staf/kepegawaian/" + p.id() + "/ubah").with(bkppd)).andReturn().getResponse().getContentAsString();
		var form = org.jsoup.Jsoup.parse(ubah);
		assertThat(form.select("select#golongan, input#namaJabatan")).isEmpty();
		assertThat(form.select("main").text()).contains("III/c Penata", p.namaJabatan(), "Ubah lewat riwayat karier");
	}

	private Staf stafUji(Peran peran, String opd, String nip) {
		return new Staf(2, "uji-" + peran, "Uji", "uji@uji.invalid", peran, opd == null ? null : staf.opdId(opd),
				peran == Peran.PETUGAS_TRC ? staf.timUtama(opd).id() : null, nip == null ? null : Nip.dari(nip), true);
	}

	/** A one-page PDF as a scanner writes it. */
	static byte[] pdf() throws IOException {
		try (PDDocument doc = new PDDocument(); ByteArrayOutputStream keluar = new ByteArrayOutputStream()) {
			doc.addPage(new PDPage());
			doc.save(keluar);
			return keluar.toByteArray();
		}
	}
}
