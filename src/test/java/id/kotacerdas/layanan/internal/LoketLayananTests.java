package id.kotacerdas.layanan.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import id.kotacerdas.IntegrationTest;
import id.kotacerdas.akun.Staf;
import id.kotacerdas.akun.internal.StafUji;
import id.kotacerdas.dokumen.DokumenBaru;
import id.kotacerdas.opd.DaftarOpd;
import id.kotacerdas.opd.Opd;
import id.kotacerdas.permohonan.MesinPermohonan;
import id.kotacerdas.permohonan.StatusPermohonan;
import id.kotacerdas.permohonan.TandaTerimaPermohonan;
import id.kotacerdas.platform.Nip;
import id.kotacerdas.platform.Peran;
import id.kotacerdas.platform.PermintaanDitolakException;

/**
 * Assisted mode for a service (the counter files with the service's own form and documents), the
 * engine's counter page sending service flows there, the engine-level approval guard (the required
 * documents must be ticked whichever page approves) and the signer of the issued letter.
 */
@IntegrationTest
class LoketLayananTests {

	private static final String DOMISILI = "domisili-naikoten-2";

	@Autowired
	MockMvc mvc;

	@Autowired
	MesinPermohonan mesin;

	@Autowired
	PengajuanRepository pengajuan;

	@Autowired
	KatalogLayanan katalog;

	@Autowired
	PenerbitanLayanan penerbitan;

	@Autowired
	StafUji stafUji;

	@Autowired
	DaftarOpd opd;

	@Autowired
	JdbcClient jdbc;

	private long kotaRaja() {
		return opd.semua().stream().filter(o -> o.nama().equals("Kecamatan Kota Raja")).findFirst().orElseThrow().id();
	}

	private long id(String username) {
		return jdbc.sql("select id from akun.pengguna where username = :u").param("u", username).query(Long.class).single();
	}

	private static MockMultipartHttpServletRequestBuilder loketDomisili(String nik, String nama) {
		return (MockMultipartHttpServletRequestBuilder) multipart("/staf/layanan/{k}/loket", DOMISILI)
			.file(new MockMultipartFile("dokumen.ktp", "ktp.jpg", "image/jpeg", BerkasContoh.foto("KTP " + nik + " " + nama)))
			.file(new MockMultipartFile("dokumen.kk", "kk.jpg", "image/jpeg", BerkasContoh.foto("KK 5371050101100007")))
			.file(new MockMultipartFile("dokumen.pengantar_rt", "pengantar.jpg", "image/jpeg", BerkasContoh.foto("Pengantar RT 003 RW 001")))
			.param("nik", nik).param("nama", nama).param("telepon", "081338472215")
			.param("perihal", "Surat domisili untuk mengurus beasiswa anak")
			.param("isian.alamat", "Jl. Jend. Sudirman No. 5, Naikoten II").param("isian.rt_rw", "003/001")
			.param("isian.lama_tinggal", "12").param("isian.keperluan", "Lainnya")
			.param("idPengiriman", UUID.randomUUID().toString())
			.with(csrf());
	}

	@Test
	void anOperatorFilesAServiceForACitizenWithItsFormAndDocumentsAndPrintsTheReceipt() throws Exception {
		String operator = stafUji.penggunaOpd(Peran.ADMIN_OPD, kotaRaja(), null);
		RequestPostProcessor sebagai = user(operator).roles("ADMIN_OPD");
		assertThat(mvc.perform(get("/staf/layanan/{k}/loket", DOMISILI).with(sebagai)).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString()).contains("Loket: Surat Keterangan Domisili", "action=\"/staf/layanan/domisili-naikoten-2/loket\"",
					"id=\"isian.alamat\"", "id=\"dokumen.ktp\"", "Ajukan dan cetak tanda terima");

		// a document missing: 400, every problem at once, what was typed stays, nothing filed
		String ditolak = mvc.perform(multipart("/staf/layanan/{k}/loket", DOMISILI).param("nik", "5371055511880001")
				.param("nama", "Ferdinand Bolla").param("telepon", "081338472215").param("perihal", "Domisili")
				.param("isian.alamat", "Jl. Jend. Sudirman No. 5").with(sebagai).with(csrf()))
			.andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
		assertThat(ditolak).contains("Ferdinand Bolla", "Jl. Jend. Sudirman No. 5", "Foto KTP-el");

		MvcResult diajukan = mvc.perform(loketDomisili("5371055511880001", "Ferdinand Bolla").with(sebagai))
			.andExpect(status().is3xxRedirection()).andReturn();
		String ke = diajukan.getResponse().getRedirectedUrl();
		assertThat(ke).startsWith("/staf/permohonan/loket/KPG-");
		String kode = ke.substring(ke.lastIndexOf('/') + 1);
		String token = (String) diajukan.getFlashMap().get(TandaTerimaPermohonan.ATRIBUT_TOKEN_STRUK);
		assertThat(token).isNotBlank();

		// the service's own content kept under its id, the operator named by the engine
		PengajuanRepository.Pengajuan pj = pengajuan.cari(kode).orElseThrow();
		assertThat(pj.jawaban()).containsEntry("alamat", "Jl. Jend. Sudirman No. 5, Naikoten II");
		assertThat(pengajuan.berkas(pj.id())).extracting(PengajuanRepository.BerkasPengajuan::dokumenKode)
			.containsExactly("ktp", "kk", "pengantar_rt");
		assertThat(jdbc.sql("select count(*) from audit.catatan where aksi = 'permohonan.diajukan-loket' and id_objek = :k")
			.param("k", kode).query(Integer.class).single()).isEqualTo(1);

		// the engine's receipt in the same session as the filing (the token travels in the session's flash map), the private link once
		assertThat(mvc.perform(get(ke).cookie(diajukan.getResponse().getCookies()).with(sebagai)).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString()).contains(kode, "/c/" + kode + "/" + token);

		// leadership reads only
		mvc.perform(loketDomisili("5371055511880001", "Ferdinand Bolla").with(user(stafUji.pengguna(Peran.PIMPINAN, null, null)).roles("PIMPINAN")))
			.andExpect(status().isForbidden());
	}

	@Test
	void theEngineCounterSendsServiceFlowsToTheServiceForm() throws Exception {
		RequestPostProcessor sebagai = user(stafUji.penggunaOpd(Peran.ADMIN_OPD, kotaRaja(), null)).roles("ADMIN_OPD");
		String alur = katalog.muatAktif(DOMISILI).alurKode();
		mvc.perform(get("/staf/permohonan/loket").param("alur", alur).with(sebagai))
			.andExpect(status().is3xxRedirection())
			.andExpect(r -> assertThat(r.getResponse().getRedirectedUrl()).isEqualTo("/staf/layanan/domisili-naikoten-2/loket"));
		String halaman = mvc.perform(get("/staf/permohonan/loket").with(sebagai)).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString();
		assertThat(halaman).contains("href=\"/staf/layanan/domisili-naikoten-2/loket\"").doesNotContain("value=\"" + alur + "\"");

		int sebelum = jdbc.sql("select count(*) from permohonan.permohonan").query(Integer.class).single();
		assertThat(mvc.perform(post("/staf/permohonan/loket").with(sebagai).with(csrf()).param("alurKode", alur)
				.param("nik", "5371055511880001").param("nama", "Ferdinand Bolla").param("telepon", "081338472215").param("email", "")
				.param("perihal", "Domisili tanpa dokumen"))
			.andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString())
			.contains("punya formulir dan dokumen persyaratan sendiri", "Ferdinand Bolla");
		assertThat(jdbc.sql("select count(*) from permohonan.permohonan").query(Integer.class).single()).isEqualTo(sebelum);
	}

	@Test
	void noPageApprovesAServiceStepWhileARequiredDocumentIsNotTicked() throws Exception {
		String admin = stafUji.penggunaOpd(Peran.ADMIN_OPD, kotaRaja(), null);
		RequestPostProcessor sebagai = user(admin).roles("ADMIN_OPD");
		String ke = mvc.perform(loketDomisili("5371054304900002", "Sarlota Taneo").with(sebagai)).andExpect(status().is3xxRedirection())
			.andReturn().getResponse().getRedirectedUrl();
		String kode = ke.substring(ke.lastIndexOf('/') + 1);
		int versi = mesin.cari(kode).orElseThrow().versi();

		// the engine's generic page: refused with the documents named, nothing moves
		String halaman = mvc.perform(post("/staf/permohonan/{k}/setujui", kode).param("versi", String.valueOf(versi)).with(sebagai).with(csrf()))
			.andExpect(status().isConflict()).andReturn().getResponse().getContentAsString();
		assertThat(halaman).contains("Belum bisa disetujui", "Foto KTP-el", "Surat pengantar RT/RW");
		assertThat(mesin.cari(kode).orElseThrow().tahapKe()).isEqualTo(1);
		// the API itself, too
		Staf staf = new Staf(id(admin), admin, "Uji", admin + "@uji.invalid", Peran.ADMIN_OPD, kotaRaja(), null, null, true);
		assertThatThrownBy(() -> mesin.setujui(kode, versi, staf)).isInstanceOfSatisfying(PermintaanDitolakException.class,
				ex -> assertThat(ex.status()).isEqualTo(HttpStatus.CONFLICT));

		// two of three ticked on the service's page: still refused
		mvc.perform(post("/staf/layanan/permohonan/{k}", kode).param("ada", "ktp", "kk").with(sebagai).with(csrf()))
			.andExpect(status().is3xxRedirection());
		mvc.perform(post("/staf/permohonan/{k}/setujui", kode).param("versi", String.valueOf(versi)).with(sebagai).with(csrf()))
			.andExpect(status().isConflict());
		// all ticked: the generic page approves
		mvc.perform(post("/staf/layanan/permohonan/{k}", kode).param("ada", "ktp", "kk", "pengantar_rt").with(sebagai).with(csrf()))
			.andExpect(status().is3xxRedirection());
		mvc.perform(post("/staf/permohonan/{k}/setujui", kode).param("versi", String.valueOf(versi)).with(sebagai).with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(mesin.cari(kode).orElseThrow().tahapKe()).isEqualTo(2);
		assertThat(mesin.cari(kode).orElseThrow().status()).isEqualTo(StatusPermohonan.DIPROSES);
	}

	@Test
	void theOfficialWhoApprovedSignsByNameNipAndPosition() {
		JenisLayanan kkpr = katalog.muatAktif("kkpr-non-usaha");
		Opd dpmptsp = opd.cari(kkpr.opdId()).orElseThrow();
		String nip = "197803152006041012";
		String kepala = stafUji.pegawai(Peran.ADMIN_OPD, "DPMPTSP", nip);
		DokumenBaru.PenandaTangan ttd = penerbitan.penandaTangan(kkpr, dpmptsp, id(kepala));
		assertThat(ttd.nama()).isEqualTo("Uji " + kepala);
		assertThat(ttd.nip()).isEqualTo(Nip.dari(nip).nilai());
		assertThat(ttd.jabatan()).startsWith("Kepala ");

		// an officer of the agency approving the last step signs on the head's behalf
		String petugas = stafUji.pengguna(Peran.PETUGAS_TRC, "DPMPTSP", stafUji.timUtama("DPMPTSP").id());
		DokumenBaru.PenandaTangan an = penerbitan.penandaTangan(kkpr, dpmptsp, id(petugas));
		assertThat(an.nama()).isEqualTo("Uji " + petugas);
		assertThat(an.jabatan()).isEqualTo("a.n. " + ttd.jabatan());

		// no recorded approver: the position alone, never some other account's name
		assertThat(penerbitan.penandaTangan(kkpr, dpmptsp, null).nama()).isEqualTo(ttd.jabatan());
	}
}
