package id.kotacerdas.permohonan.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.awt.image.BufferedImage;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.Result;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.multi.qrcode.QRCodeMultiReader;

import id.kotacerdas.IntegrationTest;
import id.kotacerdas.akun.internal.StafUji;
import id.kotacerdas.permohonan.AlurBaru;
import id.kotacerdas.permohonan.MesinPermohonan;
import id.kotacerdas.permohonan.StatusPermohonan;
import id.kotacerdas.permohonan.TahapBaru;
import id.kotacerdas.platform.Peran;

/**
 * Assisted mode: a kelurahan officer files for a citizen who came to the counter with only a phone
 * number; the receipt carries the code and both links as QR codes, the operator is in the history
 * and the audit log, and the private link is shown once.
 */
@IntegrationTest
class LoketPermohonanTests {

	private static final AtomicInteger URUT = new AtomicInteger();

	@Autowired
	MockMvc mvc;

	@Autowired
	MesinPermohonan mesin;

	@Autowired
	LayananPermohonan layanan;

	@Autowired
	StafUji stafUji;

	@Autowired
	JdbcClient jdbc;

	private String alur() {
		String kode = "uji.sktm-loket-" + URUT.incrementAndGet() + "-" + System.nanoTime();
		long id = stafUji.opdId("Dinsos");
		mesin.tetapkanAlur(new AlurBaru(kode, "Surat Keterangan Tidak Mampu", "uji", null, 3, List.of(
				new TahapBaru("Verifikasi di front office kelurahan", id, "Kelurahan Oebobo", null, 1, List.of("Foto KTP-el", "Kartu Keluarga")),
				new TahapBaru("Tanda tangan Lurah", id, "Kelurahan Oebobo", Peran.ADMIN_OPD, 2, List.of()))));
		return kode;
	}

	@Test
	void anOfficerFilesForANamedCitizenWithOnlyAPhoneAndPrintsTheReceipt() throws Exception {
		String alur = alur();
		String petugas = stafUji.petugasTrc("Dinsos");
		RequestPostProcessor sebagai = user(petugas).roles("PETUGAS_TRC");
		assertThat(mvc.perform(get("/staf/permohonan/loket").param("alur", alur).with(sebagai)).andExpect(status().isOk()).andReturn()
			.getResponse().getContentAsString()).contains("Surat Keterangan Tidak Mampu (3 hari kerja)", "value=\"" + alur + "\" selected");

		MvcResult diajukan = mvc.perform(post("/staf/permohonan/loket").with(sebagai).with(csrf())
			.param("alurKode", alur).param("nik", "5371 0547 0862 0004").param("nama", "Marthina Ndun").param("telepon", "0812-3700-5566")
			.param("email", "").param("perihal", "SKTM untuk keringanan biaya rumah sakit RSUD W.Z. Johannes"))
			.andExpect(status().is3xxRedirection()).andReturn();
		String ke = diajukan.getResponse().getRedirectedUrl();
		assertThat(ke).startsWith("/staf/permohonan/loket/KPG-");
		String kode = ke.substring(ke.lastIndexOf('/') + 1);
		String token = (String) diajukan.getFlashMap().get("tokenStruk");
		assertThat(token).isNotBlank();

		// the engine's own filing: first step, the citizen's data, the operator named in the history and audit
		Permohonan p = layanan.muat(kode);
		assertThat(p.status()).isEqualTo(StatusPermohonan.DIPROSES);
		assertThat(p.isi().nama()).isEqualTo("Marthina Ndun");
		assertThat(p.isi().telepon()).isEqualTo("081237005566");
		assertThat(p.isi().email()).isNull();
		assertThat(layanan.riwayat(p).get(0).pelaku().nama()).isEqualTo("Uji " + petugas);
		assertThat(jdbc.sql("select aktor from audit.catatan where aksi = 'permohonan.diajukan-loket' and id_objek = :k").param("k", kode)
			.query(String.class).list()).containsExactly(petugas);

		MockHttpServletResponse struk = mvc.perform(get(ke).with(sebagai).cookie(diajukan.getResponse().getCookies())).andExpect(status().isOk())
			.andReturn().getResponse();
		assertThat(struk.getHeader("Cache-Control")).isEqualTo("no-store");
		String html = struk.getContentAsString();
		assertThat(html).contains(kode, "Surat Keterangan Tidak Mampu", "Marthina Ndun", "WITA", "3 hari kerja", "/c/" + kode + "/" + token,
				"/css/struk").doesNotContain("<script", "5371054708620004");
		assertThat(html.split("<svg", -1)).as("two QR codes").hasSize(3);

		// the A6 PDF: its two QR codes read back as the public and the private link
		MockHttpServletResponse pdf = mvc.perform(post(ke + "/tanda-terima.pdf").with(sebagai).with(csrf()).param("token", token))
			.andExpect(status().isOk()).andReturn().getResponse();
		assertThat(pdf.getContentType()).isEqualTo("application/pdf");
		try (PDDocument dok = Loader.loadPDF(pdf.getContentAsByteArray())) {
			PDRectangle a6 = dok.getPage(0).getMediaBox();
			assertThat(a6.getWidth()).isCloseTo(PDRectangle.A6.getWidth(), org.assertj.core.data.Offset.offset(1f));
			assertThat(a6.getHeight()).isCloseTo(PDRectangle.A6.getHeight(), org.assertj.core.data.Offset.offset(1f));
			assertThat(new PDFTextStripper().getText(dok)).contains(kode, "Surat Keterangan Tidak Mampu", "Marthina Ndun", "WITA");
			BufferedImage gambar = new PDFRenderer(dok).renderImageWithDPI(0, 300);
			Result[] qr = new QRCodeMultiReader().decodeMultiple(new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(gambar))));
			Set<String> isi = Arrays.stream(qr).map(Result::getText).collect(Collectors.toSet());
			assertThat(isi).hasSize(2).anyMatch(t -> t.endsWith("/c/" + kode)).anyMatch(t -> t.endsWith("/c/" + kode + "/" + token));
		}
		// the private link from the receipt opens the citizen's page
		mvc.perform(get("/c/" + kode + "/" + token)).andExpect(status().isOk());
		mvc.perform(post(ke + "/tanda-terima.pdf").with(sebagai).with(csrf()).param("token", "bukan-tokennya")).andExpect(status().isNotFound());

		// opened again later, the receipt no longer shows the private link (it is stored only as a hash)
		String lagi = mvc.perform(get(ke).with(sebagai)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(lagi).contains("hanya tampil sekali").doesNotContain(token, "<svg");
	}

	@Test
	void aRefusedCounterFormNamesEveryProblemAndKeepsWhatWasTyped() throws Exception {
		String alur = alur();
		RequestPostProcessor sebagai = user(stafUji.adminOpd("Dinsos")).roles("ADMIN_OPD");
		String html = mvc.perform(post("/staf/permohonan/loket").with(sebagai).with(csrf())
			.param("alurKode", alur).param("nik", "5371054708620000").param("nama", "Yohanis Manafe").param("telepon", "")
			.param("email", "").param("perihal", "SKTM untuk beasiswa"))
			.andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
		assertThat(html).contains("Yohanis Manafe", "SKTM untuk beasiswa", "5371054708620000", "id=\"ringkasan-galat\"", "href=\"#nik\"",
				"href=\"#kontak\"");
		assertThat(jdbc.sql("select count(*) from permohonan.permohonan p join permohonan.alur a on a.id = p.alur_id where a.kode = :a")
			.param("a", alur).query(Integer.class).single()).isZero();
	}

	@Test
	void leadershipReadsButDoesNotFileAndCitizensCannotReachTheCounter() throws Exception {
		String alur = alur();
		mvc.perform(post("/staf/permohonan/loket").with(user(stafUji.pengguna(Peran.PIMPINAN, null, null)).roles("PIMPINAN")).with(csrf())
			.param("alurKode", alur).param("nik", "5371054708620004").param("nama", "Marthina Ndun").param("telepon", "081237005566")
			.param("perihal", "SKTM")).andExpect(status().isForbidden());
		mvc.perform(get("/staf/permohonan/loket")).andExpect(status().isUnauthorized());
		// the worklist offers the counter only to those it would not refuse
		String daftarPimpinan = mvc.perform(get("/staf/permohonan").with(user(stafUji.pengguna(Peran.PIMPINAN, null, null)).roles("PIMPINAN")))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(daftarPimpinan).doesNotContain("id=\"ke-loket\"");
		String daftarKominfo = mvc.perform(get("/staf/permohonan").with(user(stafUji.pengguna(Peran.ADMIN_KOMINFO, null, null)).roles("ADMIN_KOMINFO")))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(daftarKominfo).contains("id=\"ke-loket\"");
	}
}
