package id.kotacerdas.layanan.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import id.kotacerdas.IntegrationTest;
import id.kotacerdas.akun.internal.StafUji;
import id.kotacerdas.permohonan.MesinPermohonan;
import id.kotacerdas.permohonan.RingkasanPermohonan;
import id.kotacerdas.permohonan.StatusPermohonan;

/**
 * Si Pejuang end to end: a building approval (PBG) filed online runs through six steps owned by
 * three agencies — DPMPTSP (files and the land office's letter recorded as an outside step), Dinas
 * PUPR (TPA/TPT consultation), Bapenda (retribution assessed and paid), DPMPTSP's head issues it.
 * Each step is approved by its own agency's staff; another agency's gets 403. On the way PUPR
 * returns it for a structural drawing, which the applicant replaces by the private link.
 */
@IntegrationTest
class SiPejuangTests {

	private static final Pattern KODE = Pattern.compile("id=\"kode-lacak\">(KPG-[0-9A-Z]{5})<");

	private static final Pattern PRIBADI = Pattern.compile("id=\"tautan-pribadi\" href=\"[^\"]*/c/(KPG-[0-9A-Z]{5})/([^\"]+)\"");

	@Autowired
	MockMvc mvc;

	@Autowired
	MesinPermohonan mesin;

	@Autowired
	StafUji stafUji;

	private int versi(String kode) {
		return mesin.cari(kode).orElseThrow().versi();
	}

	private RingkasanPermohonan setujuiDiMesin(String kode, RequestPostProcessor siapa) throws Exception {
		mvc.perform(post("/staf/permohonan/{k}/setujui", kode).param("versi", String.valueOf(versi(kode))).with(siapa).with(csrf()))
			.andExpect(status().is3xxRedirection());
		return mesin.cari(kode).orElseThrow();
	}

	@Test
	void aBuildingApprovalRunsThroughThreeAgenciesEachApprovingItsOwnStep() throws Exception {
		String html = mvc.perform(multipart("/layanan/pbg-si-pejuang/ajukan")
				.file(new MockMultipartFile("dokumen.ktp", "ktp.jpg", "image/jpeg", BerkasContoh.foto("KTP 5371041503800003 Daniel Manafe")))
				.file(new MockMultipartFile("dokumen.bukti_tanah", "shm.pdf", "application/pdf", BerkasContoh.pdf("SHM No. 01234 Kel. Oebufu")))
				.file(new MockMultipartFile("dokumen.gambar_arsitektur", "arsitektur.pdf", "application/pdf",
						BerkasContoh.pdf("Denah, tampak, potongan rumah tinggal 2 lantai")))
				.file(new MockMultipartFile("dokumen.gambar_struktur", "struktur.pdf", "application/pdf", BerkasContoh.pdf("Perhitungan struktur")))
				.param("nik", "5371041503800003").param("nama", "Daniel Manafe").param("email", "daniel.manafe@contoh.invalid")
				.param("perihal", "PBG rumah tinggal dua lantai di Oebufu")
				.param("isian.lokasi", "Jl. Adisucipto No. 40").param("isian.kelurahan", "Oebufu").param("isian.fungsi", "Hunian")
				.param("isian.luas_bangunan", "180,5").param("isian.jumlah_lantai", "2")
				.param("idPengiriman", UUID.randomUUID().toString())
				.with(csrf()))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		Matcher m = KODE.matcher(html);
		assertThat(m.find()).isTrue();
		String kode = m.group(1);
		Matcher p = PRIBADI.matcher(html);
		assertThat(p.find()).as("the private link on the receipt").isTrue();
		String token = p.group(2);

		RequestPostProcessor dpmptsp = user(stafUji.petugasTrc("DPMPTSP")).roles("PETUGAS_TRC");
		RequestPostProcessor kepalaDpmptsp = user(stafUji.adminOpd("DPMPTSP")).roles("ADMIN_OPD");
		RequestPostProcessor pupr = user(stafUji.petugasTrc("PUPR")).roles("PETUGAS_TRC");
		RequestPostProcessor bapenda = user(stafUji.petugasTrc("Bapenda")).roles("PETUGAS_TRC");
		RequestPostProcessor dlhk = user(stafUji.adminOpd("DLHK")).roles("ADMIN_OPD");

		// 1. DPMPTSP checks the files on the service's page: ticks all four and approves; Bapenda may not act here
		mvc.perform(post("/staf/layanan/permohonan/{k}", kode).param("tindakan", "setujui").param("versi", String.valueOf(versi(kode)))
				.param("ada", "ktp", "bukti_tanah", "gambar_arsitektur", "gambar_struktur").with(bapenda).with(csrf()))
			.andExpect(status().isForbidden());
		assertThat(mvc.perform(get("/staf/layanan/permohonan/{k}", kode).with(dpmptsp)).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString()).contains("Jl. Adisucipto No. 40", "180,5", "Gambar dan perhitungan struktur");
		mvc.perform(get("/staf/layanan/permohonan/{k}", kode).with(dlhk)).andExpect(status().isForbidden());
		mvc.perform(post("/staf/layanan/permohonan/{k}", kode).param("tindakan", "setujui").param("versi", String.valueOf(versi(kode)))
				.param("ada", "ktp", "bukti_tanah", "gambar_arsitektur", "gambar_struktur").with(dpmptsp).with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(mesin.cari(kode).orElseThrow().tahapKe()).isEqualTo(2);

		// 2. the land office's letter, an outside step recorded by DPMPTSP
		mvc.perform(post("/staf/permohonan/{k}/setujui", kode).param("versi", String.valueOf(versi(kode))).with(pupr).with(csrf()))
			.andExpect(status().isForbidden());
		assertThat(setujuiDiMesin(kode, dpmptsp).tahapKe()).isEqualTo(3);

		// 3. PUPR's TPA/TPT consultation: only PUPR is offered the step's buttons (DPMPTSP, which handles the file, would get a 403)
		assertThat(mvc.perform(get("/staf/layanan/permohonan/{k}", kode).with(pupr)).andReturn().getResponse().getContentAsString())
			.contains("id=\"setujui\"", "id=\"kembalikan\"");
		assertThat(mvc.perform(get("/staf/layanan/permohonan/{k}", kode).with(dpmptsp)).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString()).doesNotContain("id=\"setujui\"", "id=\"kembalikan\"");
		// the structural drawing is unticked, so the return names it
		mvc.perform(post("/staf/layanan/permohonan/{k}", kode).param("tindakan", "kembalikan").param("versi", String.valueOf(versi(kode)))
				.param("ada", "ktp", "bukti_tanah", "gambar_arsitektur").param("alasan", "Perhitungan struktur belum ditandatangani ahli struktur.")
				.with(pupr).with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(mesin.cari(kode).orElseThrow().status()).isEqualTo(StatusPermohonan.DIKEMBALIKAN);
		String pribadi = mvc.perform(get("/c/{k}/{t}", kode, token)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(pribadi).contains("Gambar dan perhitungan struktur", "/layanan/perbaiki/" + kode + "/" + token);
		mvc.perform(get("/layanan/perbaiki/{k}/{t}", kode, "bukan-token")).andExpect(status().isNotFound());
		mvc.perform(multipart("/layanan/perbaiki/{k}/{t}", kode, token)
				.file(new MockMultipartFile("dokumen.gambar_struktur", "struktur-ttd.pdf", "application/pdf",
						BerkasContoh.pdf("Perhitungan struktur, ditandatangani Ir. Yohanes Bria")))
				.param("ajukanUlang", "true").with(csrf()))
			.andExpect(status().is3xxRedirection());
		RingkasanPermohonan r = mesin.cari(kode).orElseThrow();
		assertThat(r.status()).isEqualTo(StatusPermohonan.DIPROSES);
		assertThat(r.tahapKe()).isEqualTo(3);
		mvc.perform(post("/staf/layanan/permohonan/{k}", kode).param("tindakan", "setujui").param("versi", String.valueOf(r.versi()))
				.param("ada", "ktp", "bukti_tanah", "gambar_arsitektur", "gambar_struktur").with(pupr).with(csrf()))
			.andExpect(status().is3xxRedirection());

		// 4–5. Bapenda assesses the retribution and records its payment; PUPR may no longer act
		mvc.perform(post("/staf/permohonan/{k}/setujui", kode).param("versi", String.valueOf(versi(kode))).with(pupr).with(csrf()))
			.andExpect(status().isForbidden());
		assertThat(setujuiDiMesin(kode, bapenda).tahapKe()).isEqualTo(5);
		assertThat(setujuiDiMesin(kode, bapenda).tahapKe()).isEqualTo(6);

		// 6. the PBG is issued by DPMPTSP's head: the step names that role, an officer may not
		mvc.perform(post("/staf/permohonan/{k}/setujui", kode).param("versi", String.valueOf(versi(kode))).with(dpmptsp).with(csrf()))
			.andExpect(status().isForbidden());
		assertThat(setujuiDiMesin(kode, kepalaDpmptsp).status()).isEqualTo(StatusPermohonan.SELESAI);

		String lacak = mvc.perform(get("/c/{k}", kode)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(lacak).contains("Konsultasi teknis TPA/TPT", "Dinas Pekerjaan Umum dan Penataan Ruang Kota Kupang",
				"Badan Pendapatan Daerah Kota Kupang", "Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu Kota Kupang",
				"Pertimbangan teknis pertanahan Kantor Pertanahan (BPN)", "Penerbitan PBG").doesNotContain("Daniel Manafe");
	}
}
