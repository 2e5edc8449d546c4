package id.kotacerdas.pengaduan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import id.kotacerdas.berkas.GambarUji;
import id.kotacerdas.IntegrationTest;
import id.kotacerdas.opd.DaftarOpd;
import id.kotacerdas.wilayah.Kelurahan;
import id.kotacerdas.wilayah.Wilayah;

@IntegrationTest
class PengaduanIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	LayananPengaduan layanan;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Wilayah wilayah;

	@Autowired
	DaftarOpd daftarOpd;

	Kelurahan kel;

	long dlhk;

	long pupr;

	long timDlhk;

	long timPupr;

	@BeforeEach
	void siapkan() {
		kel = DataUjiPengaduan.kelurahan(wilayah, 0);
		dlhk = DataUjiPengaduan.opd(daftarOpd, "DLHK");
		pupr = DataUjiPengaduan.opd(daftarOpd, "PUPR");
		timDlhk = DataUjiPengaduan.tim(jdbc, dlhk, "TRC DLHK uji", kel.kecamatan().kode(), false);
		DataUjiPengaduan.tim(jdbc, dlhk, "TRC DLHK utama uji", "", true);
		timPupr = DataUjiPengaduan.tim(jdbc, pupr, "TRC PUPR uji", "", true);
		DataUjiPengaduan.pengguna(jdbc, "trc.dlhk.it", "PETUGAS_TRC", dlhk, timDlhk);
		DataUjiPengaduan.pengguna(jdbc, "trc.pupr.it", "PETUGAS_TRC", pupr, timPupr);
		DataUjiPengaduan.pengguna(jdbc, "kominfo.it", "ADMIN_KOMINFO", null, null);
	}

	private TandaTerima ajukan(String kategori, boolean anonim, boolean rahasia, List<byte[]> foto) {
		return layanan.ajukan(new LaporanBaru(kategori, "Sampah menumpuk di depan pasar", kel.lat(), kel.lon(), null,
				"Jl. Uji 1", "Budi Pelapor", "081234567890", "budi@contoh.id", anonim, rahasia, Map.of(), foto, "web"));
	}

	@Test
	void routesByCategoryAndPlaceToTheTeamCoveringTheKecamatan() {
		TandaTerima t = ajukan("sampah", false, false, List.of());
		assertThat(t.nomor()).matches("KPG-\\d{4}-\\d{6}");
		var baris = jdbc.sql("select opd_id, tim_id, kelurahan_kode, kecamatan_kode, status from pengaduan.pengaduan where nomor = ?")
			.param(t.nomor()).query().singleRow();
		assertThat(baris.get("opd_id")).isEqualTo(dlhk);
		assertThat(baris.get("tim_id")).isEqualTo(timDlhk);
		assertThat(baris.get("kelurahan_kode")).isEqualTo(kel.kode());
		assertThat(baris.get("kecamatan_kode")).isEqualTo(kel.kecamatan().kode());
		assertThat(baris.get("status")).isEqualTo("BARU");
		// jalan rusak → PUPR, whose only team is its default team
		TandaTerima jalan = ajukan("jalan-rusak", false, false, List.of());
		assertThat(jdbc.sql("select tim_id from pengaduan.pengaduan where nomor = ?").param(jalan.nomor()).query(Long.class).single())
			.isEqualTo(timPupr);
	}

	@Test
	void webFormFilesReportWithPhotoAndStripsExif() throws Exception {
		byte[] foto = GambarUji.jpegDenganGps(kel.lat(), kel.lon());
		assertThat(GambarUji.mengandung(foto, "Exif")).isTrue();
		var hasil = mvc.perform(multipart("/pengaduan").file(new MockMultipartFile("foto", "a.jpg", "image/jpeg", foto))
			.param("kategori", "lampu-jalan").param("deskripsi", "Lampu mati sejak seminggu")
			.param("kelurahan", kel.kode()).param("atribut[jumlah]", "3").with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andReturn();
		// the receipt page reads the follow-up token from a cookie, so it survives a reload
		var kue = hasil.getResponse().getCookie("kc-tanda-terima");
		String halaman = mvc.perform(get("/pengaduan/terkirim").cookie(kue)).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		var nomor = java.util.regex.Pattern.compile("id=\"nomor-pengaduan\">([A-Z0-9-]+)<").matcher(halaman);
		assertThat(nomor.find()).isTrue();
		var tanda = new TandaTerima(nomor.group(1), kue.getValue(), null);
		long fotoId = jdbc.sql("select f.id from pengaduan.foto f join pengaduan.pengaduan p on p.id = f.pengaduan_id where p.nomor = ?")
			.param(tanda.nomor()).query(Long.class).single();
		// stored in the file store, described in the berkas table
		assertThat(jdbc.sql("select b.tipe_isi from pengaduan.foto f join berkas.berkas b on b.id = f.berkas_id where f.id = ?")
			.param(fotoId).query(String.class).single()).isEqualTo("image/jpeg");
		byte[] tersimpan = mvc.perform(get("/pengaduan/" + tanda.nomor() + "/foto/{id}.jpg", fotoId))
			.andExpect(status().isOk()).andExpect(content().contentType("image/jpeg"))
			.andReturn().getResponse().getContentAsByteArray();
		assertThat(GambarUji.mengandung(tersimpan, "Exif")).isFalse();
		assertThat(GambarUji.segmenJpeg(tersimpan)).doesNotContain(0xE1);
		assertThat(javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(tersimpan))).isNotNull();
		mvc.perform(get("/pengaduan/" + tanda.nomor() + "/foto/{id}/kecil.jpg", fotoId))
			.andExpect(status().isOk()).andExpect(content().contentType("image/jpeg"));
		mvc.perform(get("/api/pengaduan/" + tanda.nomor())).andExpect(status().isOk())
			.andExpect(jsonPath("$.kategoriKode").value("lampu-jalan"))
			.andExpect(jsonPath("$.nama").doesNotExist());
		mvc.perform(get("/pengaduan/tindak-lanjut/" + tanda.tokenTindakLanjut())).andExpect(status().isOk());
	}

	@Test
	void nonImageAndOversizedUploadsAreRefusedAndNothingIsStored() throws Exception {
		long sebelum = jdbc.sql("select count(*) from pengaduan.pengaduan").query(Long.class).single();
		mvc.perform(multipart("/pengaduan").file(new MockMultipartFile("foto", "x.jpg", "image/jpeg", "bukan gambar".getBytes()))
			.param("kategori", "sampah").param("deskripsi", "Uji").param("kelurahan", kel.kode()).with(csrf()))
			.andExpect(status().isUnsupportedMediaType())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("bukan foto JPEG, PNG, atau WebP")));
		byte[] besar = new byte[50 * 1024 * 1024];
		mvc.perform(multipart("/pengaduan").file(new MockMultipartFile("foto", "besar.jpg", "image/jpeg", besar))
			.param("kategori", "sampah").param("deskripsi", "Uji").param("kelurahan", kel.kode()).with(csrf()))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Foto terlalu besar")));
		assertThat(jdbc.sql("select count(*) from pengaduan.pengaduan").query(Long.class).single()).isEqualTo(sebelum);
	}

	@Test
	void confidentialReportsNeverAppearPublicly() throws Exception {
		TandaTerima t = ajukan("sampah", false, true, List.of(GambarUji.png(40, 30)));
		mvc.perform(get("/api/pengaduan/" + t.nomor())).andExpect(status().isNotFound());
		mvc.perform(get("/pengaduan/" + t.nomor())).andExpect(status().isNotFound());
		mvc.perform(get("/api/pengaduan").param("ukuran", "1000"))
			.andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString(t.nomor()))));
		mvc.perform(get("/pengaduan/kelurahan/" + kel.kode() + "/feed.atom"))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString(t.nomor()))));
		assertThat(layanan.pembaruanSetelah(java.time.Instant.EPOCH, 1000)).noneMatch(u -> u.nomor().equals(t.nomor()));
		// its reporter still sees it through the private link
		mvc.perform(get("/pengaduan/tindak-lanjut/" + t.tokenTindakLanjut())).andExpect(status().isOk());
	}

	@Test
	void officerOfAnotherAgencyCannotReadOrChangeAndAnonymousIdentityIsHidden() throws Exception {
		TandaTerima t = ajukan("sampah", true, false, List.of());
		mvc.perform(get("/staf/pengaduan/" + t.nomor()).with(user("trc.pupr.it").roles("PETUGAS_TRC")))
			.andExpect(status().isForbidden());
		mvc.perform(post("/staf/pengaduan/" + t.nomor() + "/tindakan").param("aksi", "VERIFIKASI")
			.with(user("trc.pupr.it").roles("PETUGAS_TRC")).with(csrf()))
			.andExpect(status().isForbidden());
		mvc.perform(post("/staf/pengaduan/" + t.nomor() + "/tindakan").param("aksi", "CATATAN").param("teks", "Catatan rahasia internal")
			.with(user("trc.dlhk.it").roles("PETUGAS_TRC")).with(csrf()))
			.andExpect(status().is3xxRedirection());
		String halaman = mvc.perform(get("/staf/pengaduan/" + t.nomor()).with(user("trc.dlhk.it").roles("PETUGAS_TRC")))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(halaman).contains("Catatan rahasia internal").doesNotContain("Budi Pelapor").doesNotContain("081234567890")
			.doesNotContain("budi@contoh.id");
		mvc.perform(get("/pengaduan/" + t.nomor()))
			.andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("Catatan rahasia internal"))));
		// the worklist flags a report whose first response is overdue
		jdbc.sql("update pengaduan.pengaduan set tenggat_respons = now() - interval '1 hour' where nomor = ?").param(t.nomor()).update();
		String daftar = mvc.perform(get("/staf/pengaduan").with(user("trc.dlhk.it").roles("PETUGAS_TRC")))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(daftar).contains(t.nomor()).contains("belum direspons, lewat tenggat");
		// an internal note is no response to the citizen; a verification is
		mvc.perform(post("/staf/pengaduan/" + t.nomor() + "/tindakan").param("aksi", "VERIFIKASI")
			.with(user("trc.dlhk.it").roles("PETUGAS_TRC")).with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(mvc.perform(get("/staf/pengaduan").with(user("trc.dlhk.it").roles("PETUGAS_TRC")))
			.andReturn().getResponse().getContentAsString()).doesNotContain("belum direspons, lewat tenggat");
		assertThat(jdbc.sql("select count(*) from pengaduan.pengaduan where nomor = ? and status = 'DIVERIFIKASI'").param(t.nomor())
			.query(Long.class).single()).isEqualTo(1);
	}
}
