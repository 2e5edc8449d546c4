package id.kotacerdas.dokumen.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import id.kotacerdas.IntegrationTest;
import id.kotacerdas.akun.internal.StafUji;
import id.kotacerdas.dokumen.DokumenBaru;
import id.kotacerdas.dokumen.DokumenTerbit;
import id.kotacerdas.dokumen.JenisDokumenBaru;
import id.kotacerdas.dokumen.JenisTandaTangan;
import id.kotacerdas.dokumen.PenerbitDokumen;
import id.kotacerdas.platform.Peran;

/** The agency's pages: the template edited with a preview (refused when it cannot render, audited when stored), revocation. */
@IntegrationTest
class DokumenStafTests {

	private static final AtomicInteger URUT = new AtomicInteger();

	@Autowired
	MockMvc mvc;

	@Autowired
	PenerbitDokumen penerbit;

	@Autowired
	StafUji stafUji;

	@Autowired
	JdbcClient jdbc;

	private String jenis() {
		String kode = "uji.sktm-" + URUT.incrementAndGet() + "-" + System.nanoTime();
		penerbit.tetapkanJenis(new JenisDokumenBaru(kode, "Surat Keterangan Tidak Mampu", "uji", stafUji.opdId("Dinsos"),
				JenisDokumenBaru.POLA_BAKU, JenisTandaTangan.TANPA, null));
		return kode;
	}

	private DokumenTerbit terbitkan(String jenis) {
		String unit = "Kel.OBF-" + URUT.incrementAndGet() + "-" + (System.nanoTime() % 10_000);
		return penerbit.terbitkan(new DokumenBaru(jenis, "400", unit, "Kelurahan Oebufu", stafUji.opdId("Dinsos"),
				new DokumenBaru.Pemegang("5371044404880002", "Agustina Bria"), "untuk keringanan biaya sekolah anak",
				Map.of("Pekerjaan", "Buruh harian"), LocalDate.of(2027, 6, 30),
				new DokumenBaru.PenandaTangan("Drs. Lukas Pello", null, "Lurah Oebufu", null), null, "uji", "sktm-" + unit));
	}

	@Test
	void anAgencyAdministratorEditsTheTemplateWithAPreviewAndTheNextDocumentUsesIt() throws Exception {
		String kode = jenis();
		String admin = stafUji.adminOpd("Dinsos");
		String halaman = mvc.perform(get("/staf/dokumen/jenis/" + kode).with(user(admin).roles("ADMIN_OPD"))).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(halaman).contains("Surat Keterangan Tidak Mampu", "[klasifikasi]/[nomor]/[unit]/[bulan romawi]/[tahun]", "d.pemegang.nama");

		// not well-formed (an unclosed paragraph): refused, what was typed comes back
		String rusak = "<html><body><p>Nomor <span th:text=\"${d.nomor}\">1</span></body></html>";
		String ditolak = mvc.perform(post("/staf/dokumen/jenis/" + kode).with(user(admin).roles("ADMIN_OPD")).with(csrf())
				.param("versi", "0").param("polaNomor", "[klasifikasi]/[nomor]/[unit]/[tahun]").param("tandaTangan", "TANPA").param("templat", rusak))
			.andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
		assertThat(ditolak).contains("Templat tidak dapat diolah", "&lt;span th:text=");

		String baru = """
				<html xmlns:th="http://www.thymeleaf.org"><body><h1>SKTM</h1><p>Nomor <span th:text="${d.nomor}">1</span> untuk
				<span th:text="${d.pemegang.nama}">nama</span></p><img th:src="${d.qr}" alt="QR"/></body></html>""";
		byte[] pratinjau = mvc.perform(post("/staf/dokumen/jenis/" + kode + "/pratinjau").with(user(admin).roles("ADMIN_OPD")).with(csrf())
				.param("versi", "0").param("templat", baru)).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
		assertThat(teks(pratinjau)).contains("SKTM", "Nomor 470/1/Kel.NK-II/", "untuk Yuliana Mbura");

		mvc.perform(post("/staf/dokumen/jenis/" + kode).with(user(admin).roles("ADMIN_OPD")).with(csrf()).param("versi", "0")
				.param("polaNomor", "[klasifikasi]/[nomor]/[unit]/[tahun]").param("tandaTangan", "TANPA").param("templat", baru))
			.andExpect(status().is3xxRedirection());
		assertThat(jdbc.sql("select count(*) from audit.catatan where aksi = 'dokumen.jenis.diubah' and id_objek = :k").param("k", kode)
			.query(Integer.class).single()).isEqualTo(1);

		DokumenTerbit d = terbitkan(kode);
		assertThat(d.nomor()).matches("400/1/Kel\\.OBF-[0-9-]+/20[0-9]{2}");
		assertThat(teks(penerbit.baca(d.id()).isi())).contains("SKTM", "Nomor " + d.nomor(), "untuk Agustina Bria");

		// saved on an outdated page: 409, nothing changed
		mvc.perform(post("/staf/dokumen/jenis/" + kode).with(user(admin).roles("ADMIN_OPD")).with(csrf()).param("versi", "0")
				.param("polaNomor", "[nomor]/[tahun]").param("tandaTangan", "TANPA").param("templat", baru))
			.andExpect(status().isConflict());
	}

	@Test
	void anotherAgencyMayNeitherEditNorSeeTheKind() throws Exception {
		String kode = jenis();
		mvc.perform(get("/staf/dokumen/jenis/" + kode).with(user(stafUji.adminOpd("DLHK")).roles("ADMIN_OPD"))).andExpect(status().isNotFound());
		String petugas = stafUji.pengguna(Peran.PETUGAS_TRC, "Dinsos", stafUji.timUtama("Dinsos").id());
		mvc.perform(post("/staf/dokumen/jenis/" + kode).with(user(petugas).roles("PETUGAS_TRC")).with(csrf()).param("versi", "0")
				.param("polaNomor", "[nomor]").param("tandaTangan", "TANPA").param("templat", "<html><body/></html>"))
			.andExpect(status().isForbidden());
	}

	@Test
	void staffRevokeFromTheDocumentsPage() throws Exception {
		DokumenTerbit d = terbitkan(jenis());
		String admin = stafUji.adminOpd("Dinsos");
		assertThat(mvc.perform(get("/staf/dokumen").with(user(admin).roles("ADMIN_OPD"))).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString()).contains(d.nomor(), "Agustina Bria");
		mvc.perform(post("/staf/dokumen/" + d.id() + "/cabut").with(user(admin).roles("ADMIN_OPD")).with(csrf()).param("alasan", ""))
			.andExpect(status().isBadRequest());
		mvc.perform(post("/staf/dokumen/" + d.id() + "/cabut").with(user(admin).roles("ADMIN_OPD")).with(csrf())
				.param("alasan", "Keterangan penghasilan tidak benar")).andExpect(status().is3xxRedirection());
		assertThat(mvc.perform(get("/v/" + d.id())).andReturn().getResponse().getContentAsString())
			.contains("Dokumen ini sudah dicabut", "Keterangan penghasilan tidak benar");
	}

	private static String teks(byte[] pdf) throws Exception {
		try (PDDocument doc = Loader.loadPDF(pdf)) {
			// openhtmltopdf writes inline spans as runs of their own: read the page in reading order
			PDFTextStripper stripper = new PDFTextStripper();
			stripper.setSortByPosition(true);
			return stripper.getText(doc);
		}
	}
}
