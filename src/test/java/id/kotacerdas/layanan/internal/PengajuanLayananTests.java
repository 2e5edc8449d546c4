package id.kotacerdas.layanan.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

import id.kotacerdas.IntegrationTest;
import id.kotacerdas.berkas.LayananBerkas;
import id.kotacerdas.permohonan.MesinPermohonan;
import id.kotacerdas.permohonan.RingkasanPermohonan;
import id.kotacerdas.permohonan.StatusPermohonan;

/** A citizen applies for a seeded service through the form: typed answers, documents through berkas, filed in the engine. */
@IntegrationTest
class PengajuanLayananTests {

	private static final Pattern KODE = Pattern.compile("id=\"kode-lacak\">(KPG-[0-9A-Z]{5})<");

	@Autowired
	MockMvc mvc;

	@Autowired
	MesinPermohonan mesin;

	@Autowired
	PengajuanRepository pengajuan;

	@Autowired
	LayananBerkas berkas;

	private static MockMultipartHttpServletRequestBuilder formulirDomisili() {
		return (MockMultipartHttpServletRequestBuilder) multipart("/layanan/domisili-naikoten-2/ajukan")
			.file(new MockMultipartFile("dokumen.ktp", "ktp.jpg", "image/jpeg", BerkasContoh.foto("KTP 5371056809910002 Adelina Nenobais")))
			.file(new MockMultipartFile("dokumen.kk", "kk.jpg", "image/jpeg", BerkasContoh.foto("KK 5371050101100007")))
			.file(new MockMultipartFile("dokumen.pengantar_rt", "pengantar.pdf", "application/pdf",
					BerkasContoh.pdf("Surat Pengantar RT 012 / RW 004 Kelurahan Naikoten II")))
			.param("nik", "5371056809910002")
			.param("nama", "Adelina Nenobais")
			.param("email", "adelina.nenobais@contoh.invalid")
			.param("telepon", "081339551207")
			.param("perihal", "Surat domisili untuk melamar kerja di Bank NTT")
			.param("isian.alamat", "Jl. Frans Seda No. 17, Naikoten II")
			.param("isian.rt_rw", "012/004")
			.param("isian.lama_tinggal", "6")
			.param("isian.keperluan", "Melamar kerja")
			.with(csrf());
	}

	@Test
	void aCitizenAppliesWithAnswersAndDocumentsAndTheEngineHoldsTheApplicationUnderOurId() throws Exception {
		String idPengiriman = UUID.randomUUID().toString();
		String html = mvc.perform(formulirDomisili().param("idPengiriman", idPengiriman))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		Matcher m = KODE.matcher(html);
		assertThat(m.find()).as("the receipt shows the tracking code").isTrue();
		String kode = m.group(1);
		assertThat(html).contains("/c/" + kode + "/");

		RingkasanPermohonan r = mesin.cari(kode).orElseThrow();
		assertThat(r.status()).isEqualTo(StatusPermohonan.DIPROSES);
		assertThat(r.alurKode()).isEqualTo("layanan.domisili-naikoten-2");
		PengajuanRepository.Pengajuan pj = pengajuan.cari(kode).orElseThrow();
		assertThat(r.konsumenRef()).isEqualTo(String.valueOf(pj.id()));
		assertThat(pj.jawaban()).containsEntry("alamat", "Jl. Frans Seda No. 17, Naikoten II").containsEntry("lama_tinggal", "6")
			.containsEntry("keperluan", "Melamar kerja");
		var dokumen = pengajuan.berkas(pj.id());
		assertThat(dokumen).extracting(PengajuanRepository.BerkasPengajuan::dokumenKode).containsExactly("ktp", "kk", "pengantar_rt");
		assertThat(berkas.cari(dokumen.get(0).berkasId()).orElseThrow().tipeIsi()).isEqualTo("image/jpeg");
		assertThat(berkas.cari(dokumen.get(2).berkasId()).orElseThrow().tipeIsi()).isEqualTo("application/pdf");

		// the same form sent again (a reload) files nothing new
		String lagi = mvc.perform(formulirDomisili().param("idPengiriman", idPengiriman)).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(lagi).contains(kode).doesNotContain("/c/" + kode + "/");
	}

	@Test
	void everyProblemIsNamedAtOnceAndWhatWasTypedStays() throws Exception {
		String html = mvc.perform(multipart("/layanan/domisili-naikoten-2/ajukan")
				.file(new MockMultipartFile("dokumen.ktp", "ktp.pdf", "application/pdf", BerkasContoh.pdf("bukan foto")))
				.param("nik", "5371051234")
				.param("nama", "Benyamin Ndun")
				.param("perihal", "")
				.param("isian.alamat", "Jl. Perintis Kemerdekaan")
				.param("isian.lama_tinggal", "enam")
				.param("isian.keperluan", "Jalan-jalan")
				.param("idPengiriman", UUID.randomUUID().toString())
				.with(csrf()))
			.andExpect(status().isBadRequest())
			.andReturn().getResponse().getContentAsString();
		assertThat(html).contains("NIK harus 16 angka", "Isi e-mail atau nomor HP.", "Tulis sebuah angka", "Pilih salah satu pilihan",
				"Foto KTP-el pemohon harus berupa foto", "Foto Kartu Keluarga wajib diunggah", "Surat pengantar RT/RW wajib diunggah",
				"value=\"Benyamin Ndun\"", "value=\"Jl. Perintis Kemerdekaan\"", "value=\"enam\"");
		assertThat(html).contains("id=\"galat-isian.rt_rw\"");
	}

	@Test
	void theCatalogueFindsServicesByWordsAndLevel() throws Exception {
		String domisili = mvc.perform(get("/layanan").param("q", "domisili")).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString();
		assertThat(domisili).contains("Surat Keterangan Domisili").doesNotContain("Persetujuan Bangunan Gedung");
		String kecamatan = mvc.perform(get("/layanan").param("tingkat", "kecamatan")).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString();
		assertThat(kecamatan).contains("Rekomendasi Izin Keramaian").doesNotContain("Surat Keterangan Domisili");
		mvc.perform(get("/layanan").param("tingkat", "provinsi")).andExpect(status().isBadRequest());
		String pbg = mvc.perform(get("/layanan/pbg-si-pejuang")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(pbg).contains("Konsultasi teknis TPA/TPT", "Penilaian retribusi PBG", "Kantor Pertanahan", "28 hari kerja",
				"Retribusi PBG dihitung per bangunan", "Undang-Undang Nomor 28 Tahun 2002").doesNotContain("<script");
		String domisiliRinci = mvc.perform(get("/layanan/domisili-naikoten-2")).andReturn().getResponse().getContentAsString();
		assertThat(domisiliRinci).contains("Gratis", "2 hari kerja", "Kelurahan Naikoten II", "Persetujuan dan tanda tangan Lurah");
	}
}
