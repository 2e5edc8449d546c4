package id.kotacerdas.kepegawaian.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import id.kotacerdas.IntegrationTest;
import id.kotacerdas.akun.Staf;
import id.kotacerdas.akun.internal.StafUji;
import id.kotacerdas.kepegawaian.internal.PenilaianPerilaku.NilaiBerakhlak;
import id.kotacerdas.platform.IsianDitolakException;
import id.kotacerdas.platform.Nip;
import id.kotacerdas.platform.Peran;
import id.kotacerdas.platform.PermintaanDitolakException;

/** Daily work reports through the service and the pages, on a tree of their own per test. */
@IntegrationTest
class LaporanHarianTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ContohOrganisasi contoh;

	@Autowired
	LaporanHarianService layanan;

	@Autowired
	OrganisasiRepository organisasi;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	StafUji staf;

	private static Staf akun(String username, Pegawai p) {
		return new Staf(Math.abs(username.hashCode()), username, p.nama(), null, Peran.PEGAWAI, p.opdId(), null, new Nip(p.nip()), true);
	}

	private static RequestPostProcessor sebagai(String username) {
		return user(username).roles(Peran.PEGAWAI.name());
	}

	private static LaporanHarianService.LaporanBaru laporan(String uraian) {
		return new LaporanHarianService.LaporanBaru(UUID.randomUUID(), null, JenisLaporan.KEBERSIHAN, uraian, -10.1718, 123.6075);
	}

	private long jumlah(String sql, Object... param) {
		return jdbc.sql(sql).params(param).query(Long.class).single();
	}

	@Test
	void onlyTheDirectSuperiorApprovesAndAReturnedReportIsFixedAndRefiled() {
		ContohOrganisasi.Pohon t = contoh.buat("DLHK");
		Staf pelaksana = akun(t.akunPelaksana(), t.pelaksana());
		Staf kasi = akun(t.akunKasi(), t.kasi());
		Staf kepala = akun(t.akunKepala(), t.kepala());
		LaporanHarian l = layanan.ajukan(pelaksana, laporan("Membersihkan halaman kantor 07.15–07.30."), List.of());
		assertThat(l.status()).isEqualTo(StatusLaporan.DIAJUKAN);

		// the head is two levels up, the employee themself none: neither may approve
		assertThatThrownBy(() -> layanan.setujui(kepala, l.id())).isInstanceOfSatisfying(PermintaanDitolakException.class,
				ex -> assertThat(ex.status()).isEqualTo(HttpStatus.FORBIDDEN));
		assertThatThrownBy(() -> layanan.setujui(pelaksana, l.id())).isInstanceOf(PermintaanDitolakException.class);
		// a return needs a reason
		assertThatThrownBy(() -> layanan.kembalikan(kasi, l.id(), " ")).isInstanceOf(IsianDitolakException.class);
		assertThat(layanan.lihat(pelaksana, l.id()).status()).isEqualTo(StatusLaporan.DIAJUKAN);

		LaporanHarian kembali = layanan.kembalikan(kasi, l.id(), "Sebutkan lokasi yang dibersihkan.");
		assertThat(kembali.status()).isEqualTo(StatusLaporan.DIKEMBALIKAN);
		assertThat(layanan.lihat(pelaksana, l.id()).alasanKembali()).isEqualTo("Sebutkan lokasi yang dibersihkan.");
		// once assessed, a second click changes nothing
		assertThatThrownBy(() -> layanan.setujui(kasi, l.id())).isInstanceOfSatisfying(PermintaanDitolakException.class,
				ex -> assertThat(ex.status()).isEqualTo(HttpStatus.CONFLICT));

		LaporanHarian ulang = layanan.ajukanUlang(pelaksana, l.id(), 0, "Membersihkan halaman depan dan selokan kantor DLHK.", List.of());
		assertThat(ulang.status()).isEqualTo(StatusLaporan.DIAJUKAN);
		assertThat(ulang.revisi()).isEqualTo(1);
		// the same refiling sent again (its answer lost) is answered with the stored state, not refused or applied twice
		assertThat(layanan.ajukanUlang(pelaksana, l.id(), 0, "teks lain", List.of()).uraian())
			.isEqualTo("Membersihkan halaman depan dan selokan kantor DLHK.");
		assertThat(layanan.menungguPersetujuan(kasi)).extracting(LaporanHarian::id).contains(l.id());
		assertThat(layanan.menungguPersetujuan(kepala)).extracting(LaporanHarian::id).doesNotContain(l.id());

		assertThat(layanan.setujui(kasi, l.id()).status()).isEqualTo(StatusLaporan.DISETUJUI);
		assertThat(layanan.lihat(pelaksana, l.id()).penilaiId()).isEqualTo(t.kasi().id());
		assertThat(jumlah("SELECT count(*) FROM audit.catatan WHERE jenis_objek = 'laporan-harian' AND id_objek = ?", String.valueOf(l.id())))
			.isEqualTo(2);
		// a refiling of an approved report is refused
		assertThatThrownBy(() -> layanan.ajukanUlang(pelaksana, l.id(), 1, "lagi", List.of())).isInstanceOf(PermintaanDitolakException.class);
	}

	@Test
	void whenTheSuperiorsPositionIsVacantTheNextLevelUpApprovesAndAnActingHolderWithinTheirPeriod() {
		ContohOrganisasi.Pohon t = contoh.buat("DLHK");
		Staf pelaksana = akun(t.akunPelaksana(), t.pelaksana());
		Staf kasi = akun(t.akunKasi(), t.kasi());
		Staf kepala = akun(t.akunKepala(), t.kepala());
		LocalDate hariIni = layanan.hariIni();
		// the section head leaves: the position is vacant from today
		long holding = jumlah("SELECT id FROM kepegawaian.pemangku_jabatan WHERE jabatan_id = ?", t.jabatanKasi());
		organisasi.akhiriPemangku(holding, hariIni.minusDays(1));
		LaporanHarian a = layanan.ajukan(pelaksana, laporan("Rapat koordinasi kebersihan kelurahan Oebobo."), List.of());
		assertThatThrownBy(() -> layanan.setujui(kasi, a.id())).isInstanceOf(PermintaanDitolakException.class);
		assertThat(layanan.setujui(kepala, a.id()).status()).isEqualTo(StatusLaporan.DISETUJUI);

		// an acting section head (Plt) approves while their period lasts
		organisasi.tambahPemangku(t.jabatanKasi(), t.kasi().id(), JenisPemangku.PLT, hariIni.minusDays(1), hariIni.plusDays(30), "800/9/2026");
		LaporanHarian b = layanan.ajukan(pelaksana, laporan("Pengawasan TPS Kelapa Lima."), List.of());
		assertThatThrownBy(() -> layanan.setujui(kepala, b.id())).isInstanceOf(PermintaanDitolakException.class);
		assertThat(layanan.setujui(kasi, b.id()).status()).isEqualTo(StatusLaporan.DISETUJUI);
	}

	@Test
	void sendingTheSameReportTwiceStoresItOnceWithItsPhoto() throws Exception {
		ContohOrganisasi.Pohon t = contoh.buat("DLHK");
		String id = UUID.randomUUID().toString();
		long berkasSebelum = jumlah("SELECT count(*) FROM berkas.berkas WHERE modul = 'kepegawaian' AND thumbnail_id IS NOT NULL");
		for (int i = 0; i < 2; i++) {
			mvc.perform(multipart("/staf/laporan-harian").file(new MockMultipartFile("foto", "foto.jpg", "image/jpeg", foto()))
				.param("idKlien", id).param("jenis", "KEGIATAN").param("uraian", "Pengangkutan sampah Pasar Oeba.")
				.accept(MediaType.APPLICATION_JSON).with(sebagai(t.akunPelaksana())).with(csrf()))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.status").value("Menunggu persetujuan"));
		}
		assertThat(jumlah("SELECT count(*) FROM kepegawaian.laporan_harian WHERE id_klien = ?::uuid", id)).isEqualTo(1);
		assertThat(jumlah("SELECT count(*) FROM kepegawaian.laporan_harian WHERE id_klien = ?::uuid AND foto IS NOT NULL", id)).isEqualTo(1);
		assertThat(jumlah("SELECT count(*) FROM berkas.berkas WHERE modul = 'kepegawaian' AND thumbnail_id IS NOT NULL"))
			.isEqualTo(berkasSebelum + 1);
		// another employee cannot take that id over
		mvc.perform(multipart("/staf/laporan-harian").param("idKlien", id).param("jenis", "KEGIATAN").param("uraian", "x")
			.accept(MediaType.APPLICATION_JSON).with(sebagai(t.akunKasi())).with(csrf()))
			.andExpect(status().isConflict());
		// a refused report is answered 400 with the reason, and nothing is stored
		String lain = UUID.randomUUID().toString();
		mvc.perform(multipart("/staf/laporan-harian").param("idKlien", lain).param("jenis", "KEGIATAN").param("uraian", " ")
			.accept(MediaType.APPLICATION_JSON).with(sebagai(t.akunPelaksana())).with(csrf()))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.galat.uraian").exists());
		assertThat(jumlah("SELECT count(*) FROM kepegawaian.laporan_harian WHERE id_klien = ?::uuid", lain)).isZero();
	}

	@Test
	void anEmployeeAccountReachesOnlyItsOwnPages() throws Exception {
		ContohOrganisasi.Pohon t = contoh.buat("DLHK");
		LaporanHarian l = layanan.ajukan(akun(t.akunKasi(), t.kasi()), laporan("Laporan kepala seksi."), List.of());
		var pegawai = sebagai(t.akunPelaksana());
		String beranda = mvc.perform(get("/staf/laporan-harian").with(pegawai)).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString();
		assertThat(beranda).contains("Kepala Seksi Uji", t.kasi().namaLengkap())
			.doesNotContain("href=\"/staf/pengaduan\"", "href=\"/staf/pasar\"", "href=\"/staf/organisasi\"");
		mvc.perform(get("/staf/kepegawaian/saya").with(pegawai)).andExpect(status().is3xxRedirection());
		mvc.perform(get("/staf/kepegawaian/" + t.pelaksana().id()).with(pegawai)).andExpect(status().isOk());
		mvc.perform(get("/staf/kepegawaian/" + t.kasi().id()).with(pegawai)).andExpect(status().isNotFound());
		mvc.perform(get("/staf/laporan-harian/" + l.id()).with(pegawai)).andExpect(status().isNotFound());
		for (String halaman : List.of("/staf/kepegawaian", "/staf/pengaduan", "/staf/organisasi", "/staf/organisasi/" + t.opdId(),
				"/staf/laporan-harian/rekap", "/admin/akun/pengguna", "/staf/pasar", "/staf/armada/kendaraan")) {
			int s = mvc.perform(get(halaman).with(pegawai)).andReturn().getResponse().getStatus();
			assertThat(s).as(halaman).isIn(403, 404);
		}
		// the report's author's superior reads it
		mvc.perform(get("/staf/laporan-harian/" + l.id()).with(sebagai(t.akunKepala()))).andExpect(status().isOk());
	}

	@Test
	void theSuperiorRatesTheMonthAndTheRecapExportsIt() throws Exception {
		ContohOrganisasi.Pohon t = contoh.buat("DLHK");
		Staf pelaksana = akun(t.akunPelaksana(), t.pelaksana());
		Staf kasi = akun(t.akunKasi(), t.kasi());
		LaporanHarian a = layanan.ajukan(pelaksana, laporan("Kerja bakti Jumat bersih."), List.of());
		layanan.setujui(kasi, a.id());
		layanan.ajukan(pelaksana, laporan("Inventarisasi gerobak sampah."), List.of());
		YearMonth bulan = YearMonth.from(layanan.hariIni());
		Map<NilaiBerakhlak, Integer> nilai = new EnumMap<>(NilaiBerakhlak.class);
		for (NilaiBerakhlak n : NilaiBerakhlak.values()) {
			nilai.put(n, 2);
		}
		nilai.put(NilaiBerakhlak.KOLABORATIF, 3);
		// only the direct superior rates, every value
		assertThatThrownBy(() -> layanan.nilaiPerilaku(akun(t.akunKepala(), t.kepala()), t.pelaksana().id(), bulan, nilai))
			.isInstanceOf(PermintaanDitolakException.class);
		Map<NilaiBerakhlak, Integer> kurang = new EnumMap<>(nilai);
		kurang.remove(NilaiBerakhlak.LOYAL);
		assertThatThrownBy(() -> layanan.nilaiPerilaku(kasi, t.pelaksana().id(), bulan, kurang)).isInstanceOf(IsianDitolakException.class);
		layanan.nilaiPerilaku(kasi, t.pelaksana().id(), bulan, nilai);

		var bkppd = user(staf.adminOpd("BKPPD")).roles(Peran.ADMIN_OPD.name());
		String csv = mvc.perform(get("/staf/laporan-harian/rekap.csv").param("opd", String.valueOf(t.opdId())).param("bulan", bulan.toString())
			.with(bkppd)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		String baris = csv.lines().filter(b -> b.contains(t.pelaksana().nip())).findFirst().orElseThrow();
		assertThat(baris).contains("Di atas ekspektasi", "Sesuai ekspektasi");
		assertThat(baris.split("[;,]")).contains("2", "1");
		mvc.perform(get("/staf/laporan-harian/rekap.xlsx").param("opd", String.valueOf(t.opdId())).with(bkppd))
			.andExpect(status().isOk());
		// another agency's administrator does not see DLHK's recap
		var pupr = user(staf.adminOpd("PUPR")).roles(Peran.ADMIN_OPD.name());
		mvc.perform(get("/staf/laporan-harian/rekap").param("opd", String.valueOf(t.opdId())).with(pupr)).andExpect(status().isNotFound());
	}

	static byte[] foto() throws IOException {
		BufferedImage gambar = new BufferedImage(320, 240, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = gambar.createGraphics();
		g.setColor(new Color(0x2e7d32));
		g.fillRect(0, 0, 320, 240);
		g.setColor(Color.WHITE);
		g.fillOval(100, 60, 120, 120);
		g.dispose();
		ByteArrayOutputStream keluar = new ByteArrayOutputStream();
		ImageIO.write(gambar, "jpeg", keluar);
		return keluar.toByteArray();
	}
}
