package id.kotacerdas.dokumen.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import id.kotacerdas.IntegrationTest;
import id.kotacerdas.akun.Staf;
import id.kotacerdas.akun.internal.StafUji;
import id.kotacerdas.dokumen.DokumenBaru;
import id.kotacerdas.dokumen.DokumenTerbit;
import id.kotacerdas.dokumen.JenisDokumenBaru;
import id.kotacerdas.dokumen.JenisTandaTangan;
import id.kotacerdas.dokumen.PenerbitDokumen;
import id.kotacerdas.dokumen.TandaTanganPdf;
import id.kotacerdas.platform.IsianDitolakException;
import id.kotacerdas.platform.Peran;
import id.kotacerdas.platform.PermintaanDitolakException;
import id.kotacerdas.platform.Sidik;

/** Issuing through the module's API: numbered, rendered, signed, stored, verifiable and revocable. */
@IntegrationTest
class DokumenTests {

	private static final AtomicInteger URUT = new AtomicInteger();

	/** The register is per classification, unit and year: each test numbers in a unit of its own. */
	private static String unit() {
		return "Uji-" + URUT.incrementAndGet() + "-" + (System.nanoTime() % 100_000);
	}

	@Autowired
	PenerbitDokumen penerbit;

	@Autowired
	LayananDokumen layanan;

	@Autowired
	StafUji stafUji;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MockMvc mvc;

	private String jenis(JenisTandaTangan ttd, String templat) {
		String kode = "uji.domisili-" + URUT.incrementAndGet() + "-" + System.nanoTime();
		penerbit.tetapkanJenis(new JenisDokumenBaru(kode, "Surat Keterangan Domisili", "uji", stafUji.opdId("Dukcapil"),
				JenisDokumenBaru.POLA_BAKU, ttd, templat));
		return kode;
	}

	private DokumenBaru surat(String jenis, String unit, String ref) {
		Map<String, String> isian = new LinkedHashMap<>();
		isian.put("Tempat/tanggal lahir", "Kupang, 1 Juli 1995");
		isian.put("Alamat", "Jl. Soeharto No. 12, RT 005/RW 002, Kelurahan Naikoten II");
		return new DokumenBaru(jenis, "470", unit, "Kelurahan Naikoten II", stafUji.opdId("Dukcapil"),
				new DokumenBaru.Pemegang("5371054107950003", "Yuliana Mbura"), "untuk melamar pekerjaan", isian, LocalDate.of(2027, 3, 2),
				new DokumenBaru.PenandaTangan("Maria Fanggidae, S.Sos.", "198001012005012001", "Lurah Naikoten II", null), null, "uji", ref);
	}

	private Staf staf(Peran peran, String opd) {
		String username = stafUji.pengguna(peran, opd, peran == Peran.PETUGAS_TRC ? stafUji.timUtama(opd).id() : null);
		return new Staf(jdbc.sql("select id from akun.pengguna where username = :u").param("u", username).query(Long.class).single(),
				username, "Uji " + username, username + "@uji.invalid", peran, opd == null ? null : stafUji.opdId(opd),
				peran == Peran.PETUGAS_TRC ? stafUji.timUtama(opd).id() : null, null, true);
	}

	private static String teks(byte[] pdf) throws Exception {
		try (PDDocument doc = Loader.loadPDF(pdf)) {
			// openhtmltopdf writes inline spans as runs of their own: read the page in reading order
			PDFTextStripper stripper = new PDFTextStripper();
			stripper.setSortByPosition(true);
			return stripper.getText(doc);
		}
	}

	@Test
	void anIssuedLetterCarriesItsNumberDataAndAValidPadesSignatureOfTheCity() throws Exception {
		String unit = unit();
		String jenis = jenis(JenisTandaTangan.LOKAL, null);
		// 2 December 2026, 09.30 WITA
		DokumenTerbit d = layanan.terbitkan(surat(jenis, unit, "surat-" + unit), Instant.parse("2026-12-02T01:30:00Z"));

		assertThat(d.nomor()).isEqualTo("470/1/" + unit + "/XII/2026");
		assertThat(d.urlVerifikasi()).endsWith("/v/" + d.id());
		byte[] pdf = penerbit.baca(d.id()).isi();
		assertThat(Sidik.sha256(pdf)).isEqualTo(d.sha256());
		TandaTanganPdf.gambar(pdf, Path.of("target/dokumen/surat-domisili.png"));

		String isi = teks(pdf);
		assertThat(isi).contains("PEMERINTAH KOTA KUPANG", "KELURAHAN NAIKOTEN II", "SURAT KETERANGAN DOMISILI", "Nomor: " + d.nomor(),
				"Yuliana Mbura", "5371054107950003", "Jl. Soeharto No. 12", "untuk melamar pekerjaan", "2 Maret 2027",
				"Kupang, 2 Desember 2026", "Maria Fanggidae, S.Sos.", "NIP 198001012005012001");
		assertThat(isi.replaceAll("\\s", "")).as("the verification address, perhaps broken over two lines").contains(d.urlVerifikasi());

		TandaTanganPdf.Hasil ttd = TandaTanganPdf.periksa(pdf);
		assertThat(ttd.subFilter()).isEqualTo("ETSI.CAdES.detached");
		assertThat(ttd.rentangUtuh()).as("the byte range covers the whole file").isTrue();
		assertThat(ttd.sidikCocok()).as("the byte range's SHA-256 is the CMS message digest").isTrue();
		assertThat(ttd.cmsSah()).as("the CMS verifies with the city's certificate").isTrue();
		assertThat(ttd.adaSigningCertificateV2()).isTrue();
		assertThat(ttd.adaSigningTime()).as("PAdES: the signing time is the dictionary's").isFalse();
		assertThat(ttd.penanda()).contains("Pemerintah Kota Kupang");

		// one byte changed inside the signed range (the signer's name in the signature dictionary): the signature no longer holds
		byte[] ubah = pdf.clone();
		int i = new String(pdf, StandardCharsets.ISO_8859_1).lastIndexOf("Maria Fanggidae");
		assertThat(i).isPositive();
		ubah[i] = 'N';
		assertThat(TandaTanganPdf.periksa(ubah).sah()).isFalse();
	}

	@Test
	void askingAgainForTheSameReferenceReturnsTheSameDocumentWithoutANewNumber() {
		String unit = unit();
		String jenis = jenis(JenisTandaTangan.TANPA, null);
		DokumenTerbit a = penerbit.terbitkan(surat(jenis, unit, "ulang-" + unit));
		DokumenTerbit b = penerbit.terbitkan(surat(jenis, unit, "ulang-" + unit));
		assertThat(b.id()).isEqualTo(a.id());
		assertThat(b.nomor()).isEqualTo(a.nomor());
		assertThat(penerbit.terbitkan(surat(jenis, unit, "ulang-lain-" + unit)).nomor()).startsWith("470/2/");
	}

	/** The issue's check: 1,000 concurrent issues in one register give the numbers 1..1000, none twice, none missing. */
	@Test
	void aThousandConcurrentIssuesGiveEveryNumberOnceWithoutGaps() throws Exception {
		String unit = unit();
		// a small template without a signature: the register and the issuing path are under test, not the renderer's speed
		String jenis = jenis(JenisTandaTangan.TANPA, """
				<html xmlns:th="http://www.thymeleaf.org"><body><p th:text="${d.nomor}">1</p><img th:src="${d.qr}" alt="QR"/></body></html>""");
		int n = 1000;
		// as many callers as the heavy-work pool of the test context takes at once (2 workers, 2 waiting)
		ExecutorService pelaksana = Executors.newFixedThreadPool(4);
		List<Future<DokumenTerbit>> kerja = new ArrayList<>();
		for (int i = 0; i < n; i++) {
			String ref = "serentak-" + unit + "-" + i;
			kerja.add(pelaksana.submit(() -> penerbit.terbitkan(surat(jenis, unit, ref))));
		}
		List<DokumenTerbit> hasil = new ArrayList<>();
		for (Future<DokumenTerbit> f : kerja) {
			hasil.add(f.get(5, TimeUnit.MINUTES));
		}
		pelaksana.shutdown();
		List<Integer> urut = hasil.stream().map(d -> Integer.parseInt(d.nomor().split("/")[1])).sorted().toList();
		assertThat(urut).containsExactlyElementsOf(IntStream.rangeClosed(1, n).boxed().toList());
		assertThat(hasil.stream().map(DokumenTerbit::nomor).distinct()).hasSize(n);
		assertThat(jdbc.sql("select terakhir from dokumen.register where unit = :u").param("u", unit).query(Integer.class).single()).isEqualTo(n);
		assertThat(jdbc.sql("select count(*) from dokumen.dokumen where unit = :u and status = 'TERBIT' and berkas_id is not null")
			.param("u", unit).query(Integer.class).single()).isEqualTo(n);
	}

	/** 31 December 23:59 WITA is still the old year; 00:00 WITA on 1 January (16:00 UTC) starts the new register at 1. */
	@Test
	void theRegisterStartsAgainOnTheFirstOfJanuaryInWita() {
		String unit = unit();
		String jenis = jenis(JenisTandaTangan.TANPA, null);
		assertThat(layanan.terbitkan(surat(jenis, unit, "th-1-" + unit), Instant.parse("2027-12-31T10:00:00Z")).nomor())
			.isEqualTo("470/1/" + unit + "/XII/2027");
		assertThat(layanan.terbitkan(surat(jenis, unit, "th-2-" + unit), Instant.parse("2027-12-31T15:59:59Z")).nomor())
			.isEqualTo("470/2/" + unit + "/XII/2027");
		assertThat(layanan.terbitkan(surat(jenis, unit, "th-3-" + unit), Instant.parse("2027-12-31T16:00:00Z")).nomor())
			.isEqualTo("470/1/" + unit + "/I/2028");
		assertThat(layanan.terbitkan(surat(jenis, unit, "th-4-" + unit), Instant.parse("2028-01-01T03:00:00Z")).nomor())
			.isEqualTo("470/2/" + unit + "/I/2028");
	}

	/** Stopped after the number was taken (before the PDF was stored): finished later with that number, and the next one follows it. */
	@Test
	void anIssueInterruptedAfterItsNumberIsFinishedWithThatNumber() {
		String unit = unit();
		String jenis = jenis(JenisTandaTangan.LOKAL, null);
		Instant waktu = Instant.parse("2026-12-03T02:00:00Z");
		Dokumen disiapkan = layanan.pesanNomor(surat(jenis, unit, "putus-" + unit), waktu);
		assertThat(penerbit.cari(disiapkan.id())).as("not issued until its PDF is stored").isEmpty();

		assertThat(layanan.selesaikanTertunda(Instant.parse("2026-12-03T02:05:00Z"), 1000)).isPositive();
		DokumenTerbit d = penerbit.cari(disiapkan.id()).orElseThrow();
		assertThat(d.nomor()).isEqualTo("470/1/" + unit + "/XII/2026");
		assertThat(Sidik.sha256(penerbit.baca(d.id()).isi())).isEqualTo(d.sha256());
		assertThat(layanan.terbitkan(surat(jenis, unit, "putus-2-" + unit), waktu).nomor()).isEqualTo("470/2/" + unit + "/XII/2026");
	}

	@Test
	void theVerificationPageShowsTheDocumentWithTheNikMaskedAndAcceptsOnlyTheIssuedFile() throws Exception {
		String unit = unit();
		DokumenTerbit d = penerbit.terbitkan(surat(jenis(JenisTandaTangan.LOKAL, null), unit, "v-" + unit));
		byte[] pdf = penerbit.baca(d.id()).isi();

		String halaman = mvc.perform(get("/v/" + d.id())).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(halaman).contains(d.nomor(), "Yuliana Mbura", "•••• •••• •••• 0003", "untuk melamar pekerjaan", "2 Mar",
				"Dokumen ini sah dan berlaku", "sertifikat Pemerintah Kota").doesNotContain("5371054107950003", "<script");
		System.out.printf("Verification page: %d bytes%n", halaman.getBytes(StandardCharsets.UTF_8).length);
		assertThat(halaman.getBytes(StandardCharsets.UTF_8).length).isLessThan(100_000);

		mvc.perform(multipart("/v/" + d.id() + "/periksa").file(new MockMultipartFile("berkas", "surat.pdf", "application/pdf", pdf)).with(csrf()))
			.andExpect(status().isOk()).andExpect(content().string(org.hamcrest.Matchers.containsString("Asli: berkas ini sama persis")));
		byte[] ubah = pdf.clone();
		ubah[ubah.length / 2] ^= 1;
		mvc.perform(multipart("/v/" + d.id() + "/periksa").file(new MockMultipartFile("berkas", "surat.pdf", "application/pdf", ubah)).with(csrf()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Ditolak: berkas ini tidak sama")));

		mvc.perform(get("/v/" + UUID.randomUUID())).andExpect(status().isNotFound());
		mvc.perform(get("/v/bukan-uuid")).andExpect(status().isNotFound());
	}

	@Test
	void anExpiredDocumentIsSaidToBeExpiredInWordsAndIsStillVerifiedAsGenuine() throws Exception {
		String unit = unit();
		DokumenBaru s = surat(jenis(JenisTandaTangan.LOKAL, null), unit, "kedaluwarsa-" + unit);
		// an SKTM issued in spring for six months: over by now
		DokumenTerbit d = penerbit.terbitkan(new DokumenBaru(s.jenisKode(), s.klasifikasi(), s.unit(), s.namaUnit(), s.opdId(), s.pemegang(),
				s.perihal(), s.isian(), LocalDate.of(2026, 9, 30), s.penandaTangan(), null, s.konsumenModul(), s.konsumenRef()));
		String halaman = mvc.perform(get("/v/" + d.id())).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(halaman).contains("Dokumen ini sah, tetapi masa berlakunya sudah habis", "30 September 2026")
			.doesNotContain("Dokumen ini sah dan berlaku");
		mvc.perform(multipart("/v/" + d.id() + "/periksa")
				.file(new MockMultipartFile("berkas", "sktm.pdf", "application/pdf", penerbit.baca(d.id()).isi())).with(csrf()))
			.andExpect(status().isOk()).andExpect(content().string(org.hamcrest.Matchers.containsString("Asli: berkas ini sama persis")));
	}

	@Test
	void theIssuingAgencyRevokesWithAReasonAndThePageThenSaysRevoked() throws Exception {
		String unit = unit();
		DokumenTerbit d = penerbit.terbitkan(surat(jenis(JenisTandaTangan.TANPA, null), unit, "cabut-" + unit));

		assertThatThrownBy(() -> penerbit.cabut(d.id(), "Data salah", staf(Peran.ADMIN_OPD, "Dinkes")))
			.isInstanceOfSatisfying(PermintaanDitolakException.class, ex -> assertThat(ex.status()).isEqualTo(HttpStatus.FORBIDDEN));
		Staf petugas = staf(Peran.PETUGAS_TRC, "Dukcapil");
		assertThatThrownBy(() -> penerbit.cabut(d.id(), "  ", petugas)).isInstanceOf(IsianDitolakException.class);
		assertThat(penerbit.cari(d.id()).orElseThrow().dicabutPada()).isNull();

		penerbit.cabut(d.id(), "Pemegang sudah pindah ke Kabupaten Kupang", petugas);
		assertThat(penerbit.cari(d.id()).orElseThrow().dicabutPada()).isNotNull();
		assertThatThrownBy(() -> penerbit.cabut(d.id(), "lagi", petugas))
			.isInstanceOfSatisfying(PermintaanDitolakException.class, ex -> assertThat(ex.status()).isEqualTo(HttpStatus.CONFLICT));
		assertThat(jdbc.sql("select count(*) from audit.catatan where aksi = 'dokumen.dicabut' and id_objek = :id")
			.param("id", d.id().toString()).query(Integer.class).single()).isEqualTo(1);

		mvc.perform(get("/v/" + d.id())).andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Dokumen ini sudah dicabut")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Pemegang sudah pindah ke Kabupaten Kupang")));
	}

	@Test
	void theDownloadNeedsItsKey() throws Exception {
		DokumenTerbit d = penerbit.terbitkan(surat(jenis(JenisTandaTangan.TANPA, null), unit(), "unduh-" + UUID.randomUUID()));
		String tautan = penerbit.tautanUnduh(d.id());
		assertThat(tautan).startsWith("/v/" + d.id() + "/unduh/");
		byte[] isi = mvc.perform(get(tautan)).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
		assertThat(Sidik.sha256(isi)).isEqualTo(d.sha256());
		mvc.perform(get("/v/" + d.id() + "/unduh/bukan-kuncinya")).andExpect(status().isNotFound());
		DokumenTerbit lain = penerbit.terbitkan(surat(jenis(JenisTandaTangan.TANPA, null), unit(), "unduh-" + UUID.randomUUID()));
		mvc.perform(get(tautan.replace(d.id().toString(), lain.id().toString()))).andExpect(status().isNotFound());
	}

	@Test
	void badInputIsRefusedAllAtOnceAndTakesNoNumber() {
		String unit = unit();
		DokumenBaru salah = new DokumenBaru(jenis(JenisTandaTangan.TANPA, null), "470", unit, null, null,
				new DokumenBaru.Pemegang("1234", ""), "", Map.of(), null, new DokumenBaru.PenandaTangan("", null, "", null), null, "uji", "x-" + unit);
		assertThatThrownBy(() -> penerbit.terbitkan(salah)).isInstanceOfSatisfying(IsianDitolakException.class,
				ex -> assertThat(ex.galat()).extracting(IsianDitolakException.Galat::isian).containsExactlyInAnyOrder("nik", "nama", "perihal", "penandaTangan"));
		assertThat(jdbc.sql("select count(*) from dokumen.register where unit = :u").param("u", unit).query(Integer.class).single()).isZero();
	}
}
