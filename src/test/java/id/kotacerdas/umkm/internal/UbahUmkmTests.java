package id.kotacerdas.umkm.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.List;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import id.kotacerdas.IntegrationTest;
import id.kotacerdas.akun.internal.StafUji;
import id.kotacerdas.berkas.GambarUji;
import id.kotacerdas.platform.Peran;

/**
 * Editing a registered business: by the cooperatives agency (audited, never with the NIK or contacts in the log) and
 * by the owner through the registration's private link (data, a product with its photo, withdrawing the business
 * from the public directory); a wrong token is 404, another agency's officer 403, a bad field 400 changing nothing.
 */
@IntegrationTest
class UbahUmkmTests {

	@Autowired
	RegisterUmkm register;

	@Autowired
	UsahaRepository repo;

	@Autowired
	MockMvc mvc;

	@Autowired
	StafUji staf;

	@Autowired
	JdbcClient jdbc;

	private RegisterUmkm.Pendaftaran aktif(String nik, String nama) {
		RegisterUmkm.Pendaftaran p = register.daftar(PendaftaranUmkmTests.formulir(nik, nama), List.of(), null, null);
		assertThat(repo.selesaikan(p.id(), StatusUsaha.AKTIF, Instant.now())).isTrue();
		return p;
	}

	/** The form as the edit page fills it, with the changes a person makes. */
	private static MockMultipartHttpServletRequestBuilder isian(MockMultipartHttpServletRequestBuilder b, FormulirUsaha f) {
		b.param("namaPemilik", f.getNamaPemilik()).param("telepon", f.getTelepon()).param("nama", f.getNama()).param("alamat", f.getAlamat())
			.param("kelurahan", f.getKelurahan()).param("lat", f.getLat()).param("lon", f.getLon()).param("kbli", f.getKbli())
			.param("bentukHukum", f.getBentukHukum()).param("penjualan", f.getPenjualan()).param("karyawan", f.getKaryawan())
			.param("jamBuka", f.getJamBuka()).param("whatsapp", f.getWhatsapp()).param("nmid", f.getNmid()).param("tunai", "on")
			.param("qris", "on");
		if (f.isTampilPublik()) {
			b.param("tampilPublik", "on");
		}
		return b;
	}

	private long audit(String aksi, long id) {
		return jdbc.sql("select count(*) from audit.catatan where aksi = ? and id_objek = ?").params(aksi, Long.toString(id)).query(Long.class).single();
	}

	@Test
	void theAgencyCorrectsABusinessAuditedAndAnotherAgencysOfficerMayNot() throws Exception {
		String nik = PendaftaranUmkmTests.nik();
		long id = aktif(nik, "Se'i Babi Om Ande " + System.nanoTime() % 100_000).id();
		RequestPostProcessor koperasi = user(staf.adminOpd("Dinas Koperasi dan UKM")).roles(Peran.ADMIN_OPD.name());
		RequestPostProcessor lain = user(staf.petugasTrc("DLHK")).roles(Peran.PETUGAS_TRC.name());
		mvc.perform(get("/staf/umkm/" + id + "/ubah").with(lain)).andExpect(status().isForbidden());
		String halaman = mvc.perform(get("/staf/umkm/" + id + "/ubah").with(koperasi)).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString();
		assertThat(Jsoup.parse(halaman).getElementById("nama").val()).isEqualTo(repo.cari(id).orElseThrow().nama());
		assertThat(halaman).doesNotContain(nik);

		FormulirUsaha f = FormulirUsaha.dari(repo.cari(id).orElseThrow());
		String namaBaru = "Se'i Babi & Sapi Om Ande " + System.nanoTime() % 100_000;
		f.setNama(namaBaru);
		f.setPenjualan("Rp2.000.000.000");
		f.setKbli("99999");
		mvc.perform(isian(multipart("/staf/umkm/" + id + "/ubah"), f).with(koperasi).with(csrf())).andExpect(status().isBadRequest());
		assertThat(repo.cari(id).orElseThrow().nama()).isNotEqualTo(namaBaru);

		f.setKbli("56102");
		mvc.perform(isian(multipart("/staf/umkm/" + id + "/ubah"), f).with(koperasi).with(csrf())).andExpect(status().is3xxRedirection());
		Usaha u = repo.cari(id).orElseThrow();
		assertThat(u.nama()).isEqualTo(namaBaru);
		assertThat(u.penjualanTahunan()).isEqualTo(2_000_000_000L);
		assertThat(u.kbli()).isEqualTo("56102");
		assertThat(u.nik()).isEqualTo(nik);
		assertThat(u.status()).isEqualTo(StatusUsaha.AKTIF);
		assertThat(u.kanal()).extracting(KanalBayar::nmid).contains("ID1025381234567");
		assertThat(audit("umkm.diubah-petugas", id)).isEqualTo(1);
		assertThat(jdbc.sql("select sebelum::text || sesudah::text from audit.catatan where aksi = 'umkm.diubah-petugas' and id_objek = ?")
			.param(Long.toString(id)).query(String.class).single()).contains(namaBaru).doesNotContain(nik, "0812", "081237654410");

		// withdrawn from the directory by staff: no longer listed, its page 404
		mvc.perform(post("/staf/umkm/" + id + "/direktori").param("tampil", "false").with(koperasi).with(csrf())).andExpect(status().is3xxRedirection());
		mvc.perform(get("/umkm/" + id)).andExpect(status().isNotFound());
		assertThat(audit("umkm.direktori-petugas", id)).isEqualTo(1);
	}

	@Test
	void theOwnerChangesTheBusinessAddsAProductAndWithdrawsItThroughThePrivateLink() throws Exception {
		String nama = "Tenun Ikat Sepe Mama Dethan " + System.nanoTime() % 100_000;
		RegisterUmkm.Pendaftaran p = aktif(PendaftaranUmkmTests.nik(), nama);
		String pribadi = p.tandaTerima().tautanPribadi();
		String token = pribadi.substring(pribadi.lastIndexOf('/') + 1);
		String kelola = "/umkm/kelola/" + p.tandaTerima().kode() + "/" + token;

		// the engine's private page offers the owner's page
		assertThat(Jsoup.parse(mvc.perform(get(pribadi.substring(pribadi.indexOf("/c/")))).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString()).select("a[href=" + kelola + "]")).hasSize(1);
		mvc.perform(get("/umkm/kelola/" + p.tandaTerima().kode() + "/salah" + token.substring(5))).andExpect(status().isNotFound());
		mvc.perform(get(kelola)).andExpect(status().isOk());

		FormulirUsaha f = FormulirUsaha.dari(repo.cari(p.id()).orElseThrow());
		f.setKbli("13122");
		f.setJamBuka("Mo-Sa 08:00-17:00");
		mvc.perform(isian(multipart(kelola + "/ubah"), f).with(csrf())).andExpect(status().is3xxRedirection());
		assertThat(repo.cari(p.id()).orElseThrow().kbli()).isEqualTo("13122");
		assertThat(audit("umkm.diubah-pemilik", p.id())).isEqualTo(1);

		mvc.perform(multipart(kelola + "/produk").file(new MockMultipartFile("foto", "selendang.png", "image/png", GambarUji.png(640, 480)))
			.param("nama", "Selendang tenun ikat Sepe").param("hargaMin", "350.000").param("hargaMaks", "750.000").with(csrf()))
			.andExpect(status().is3xxRedirection());
		List<Produk> produk = repo.produk(p.id());
		assertThat(produk).extracting(Produk::nama, Produk::hargaMin, Produk::hargaMaks)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("Selendang tenun ikat Sepe", 350_000L, 750_000L));
		assertThat(produk.get(0).fotoId()).isNotNull();
		mvc.perform(get("/umkm/" + p.id())).andExpect(status().isOk());

		mvc.perform(post(kelola + "/direktori").param("tampil", "false").with(csrf())).andExpect(status().is3xxRedirection());
		mvc.perform(get("/umkm/" + p.id())).andExpect(status().isNotFound());
		assertThat(repo.direktori(new UsahaRepository.Saringan(null, List.of("13122"), false), 0, 10_000)).extracting(Usaha::id)
			.doesNotContain(p.id());
		assertThat(Jsoup.parse(mvc.perform(get(kelola)).andReturn().getResponse().getContentAsString()).getElementById("status-direktori").text())
			.isEqualTo("Tidak tampil di direktori publik");
		mvc.perform(post(kelola + "/direktori").param("tampil", "true").with(csrf())).andExpect(status().is3xxRedirection());
		mvc.perform(get("/umkm/" + p.id())).andExpect(status().isOk());
		assertThat(audit("umkm.direktori-pemilik", p.id())).isEqualTo(2);
	}
}
