package id.kotacerdas.survei.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.URI;
import java.time.Clock;
import java.time.YearMonth;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import id.kotacerdas.IntegrationTest;
import id.kotacerdas.akun.AkunStaf;
import id.kotacerdas.akun.Staf;
import id.kotacerdas.opd.DaftarOpd;
import id.kotacerdas.permohonan.AlurBaru;
import id.kotacerdas.permohonan.MesinPermohonan;
import id.kotacerdas.permohonan.Pemohon;
import id.kotacerdas.permohonan.PermohonanBaru;
import id.kotacerdas.permohonan.TahapBaru;
import id.kotacerdas.permohonan.TandaTerimaPermohonan;
import id.kotacerdas.platform.Waktu;

/**
 * The survey as the applicant meets it (offered on the private page once completed, answered
 * once) and the public compliance page computed from it: four Kupang residents rate a completed
 * "surat keterangan pindah" and the page shows the IKM of {@link IkmTests}' hand calculation.
 */
@IntegrationTest
class SurveiTests {

	private static final AtomicInteger URUT = new AtomicInteger();

	private static final List<Pemohon> WARGA = List.of(
			new Pemohon("5371051203880002", "Frans Lakapu", "frans.lakapu@contoh.invalid", null),
			new Pemohon("5371056508990001", "Maria Goreti Nahak", null, "081237441122"),
			new Pemohon("5371052002750004", "Yakobus Tanesib", "yakobus.tanesib@contoh.invalid", null),
			new Pemohon("5371054404010005", "Ester Lenggu", null, "085239556677"));

	@Autowired
	MockMvc mvc;

	@Autowired
	MesinPermohonan mesin;

	@Autowired
	AkunStaf akun;

	@Autowired
	DaftarOpd daftarOpd;

	@Autowired
	Clock clock;

	private Staf kominfo() {
		return akun.adminKominfo().get(0);
	}

	/** A one-step flow of its own, completed by "Kelurahan Oesapa" of Dukcapil. */
	private String alur() {
		String kode = "uji.pindah-" + URUT.incrementAndGet() + "-" + System.nanoTime();
		long dukcapil = daftarOpd.cariSingkatan("Dukcapil").orElseThrow().id();
		mesin.tetapkanAlur(new AlurBaru(kode, "Surat Keterangan Pindah " + kode.substring(kode.lastIndexOf('-') + 1), "uji", null, 2,
				List.of(new TahapBaru("Verifikasi dan tanda tangan", dukcapil, "Kelurahan Oesapa", null, 2, List.of("KTP-el", "KK")))));
		return kode;
	}

	private TandaTerimaPermohonan selesai(String alur, Pemohon p) {
		TandaTerimaPermohonan t = mesin.ajukan(new PermohonanBaru(alur, "Pindah ke Kabupaten Kupang", null, p));
		mesin.setujui(t.kode(), mesin.cari(t.kode()).orElseThrow().versi(), kominfo());
		return t;
	}

	private static String jalur(TandaTerimaPermohonan t) {
		return URI.create(t.tautanPribadi()).getPath();
	}

	private static String survei(TandaTerimaPermohonan t) {
		return jalur(t).replaceFirst("^/c/", "/survei/");
	}

	private static MockHttpServletRequestBuilder jawab(TandaTerimaPermohonan t, int[] nilai) {
		MockHttpServletRequestBuilder b = post(survei(t)).with(csrf());
		for (int i = 0; i < nilai.length; i++) {
			b.param("u" + (i + 1), Integer.toString(nilai[i]));
		}
		return b;
	}

	@Test
	void theSurveyIsOfferedOnceCompletedAndAnsweredOnlyOnce() throws Exception {
		String alur = alur();
		TandaTerimaPermohonan terbuka = mesin.ajukan(new PermohonanBaru(alur, "Pindah ke Kabupaten Kupang", null, WARGA.get(0)));
		assertThat(mvc.perform(get(jalur(terbuka))).andReturn().getResponse().getContentAsString()).doesNotContain("/survei/");
		assertThat(mvc.perform(get(survei(terbuka))).andExpect(status().isConflict()).andReturn().getResponse().getContentAsString())
			.contains("dibuka setelah permohonan selesai");

		TandaTerimaPermohonan t = selesai(alur, WARGA.get(1));
		String pribadi = mvc.perform(get(jalur(t))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(pribadi).contains("href=\"" + survei(t) + "\"", "Isi survei kepuasan layanan");
		mvc.perform(get("/survei/" + t.kode() + "/bukan-tokennya")).andExpect(status().isNotFound());

		String form = mvc.perform(get(survei(t))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(form).doesNotContain("<script").contains("kesesuaian persyaratan pelayanan", "Sangat sopan dan ramah",
				"Dikelola dengan baik", "Kelurahan Oesapa", "SMA/sederajat");
		assertThat(form.split("class=\"unsur\"", -1)).as("nine elements").hasSize(10);

		// three answers missing: all named at once, what was chosen and typed kept
		String kurang = mvc.perform(post(survei(t)).with(csrf()).param("u1", "4").param("u2", "3").param("u3", "3").param("u4", "4")
			.param("u5", "3").param("u6", "3").param("saran", "Antrean di loket Oesapa terlalu panjang"))
			.andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
		assertThat(kurang).contains("pertanyaan nomor 7", "pertanyaan nomor 8", "pertanyaan nomor 9", "Antrean di loket Oesapa terlalu panjang")
			.doesNotContain("pertanyaan nomor 6");
		mvc.perform(jawab(t, IkmTests.JAWABAN[0]).param("umur", "USIA_30_39").param("jenisKelamin", "PEREMPUAN")
			.param("pendidikan", "SARJANA").param("pekerjaan", "KARYAWAN_SWASTA").param("saran", "Antrean di loket Oesapa terlalu panjang"))
			.andExpect(status().is3xxRedirection());
		assertThat(mvc.perform(get(survei(t))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString())
			.contains("jawaban survei Anda sudah tersimpan").doesNotContain("form-survei");
		assertThat(mvc.perform(get(jalur(t))).andReturn().getResponse().getContentAsString()).as("offered only until answered")
			.doesNotContain("/survei/");

		String kedua = mvc.perform(jawab(t, IkmTests.JAWABAN[1])).andExpect(status().isConflict()).andReturn().getResponse()
			.getContentAsString();
		assertThat(kedua).contains("sudah diisi", "hanya bisa dinilai sekali");

		mvc.perform(jawab(selesai(alur, WARGA.get(2)), IkmTests.JAWABAN[0]).param("pekerjaan", "ASTRONOT"))
			.andExpect(status().isBadRequest());
	}

	@Test
	void theCompliancePageShowsTheHandCalculatedIndexOfSeededAnswers() throws Exception {
		String alur = alur();
		for (int i = 0; i < WARGA.size(); i++) {
			mvc.perform(jawab(selesai(alur, WARGA.get(i)), IkmTests.JAWABAN[i])).andExpect(status().is3xxRedirection());
		}
		String bulan = YearMonth.now(clock.withZone(Waktu.WITA)).toString();
		String html = mvc.perform(get("/kepatuhan-layanan").param("periode", bulan)).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString();
		assertThat(html).doesNotContain("<script");
		String baris = html.substring(html.indexOf("data-alur=\"" + alur + "\""));
		baris = baris.substring(0, baris.indexOf("</tr>"));
		// 4 completed, all within 2 working days, median 0, IKM 80,56 (grade B) from 4 respondents
		assertThat(baris).contains("Kelurahan Oesapa", "batas 2 hari kerja", ">4<", "100,0 %", ">0<", "80,56", ">B<", "4 responden");

		assertThat(mvc.perform(get("/kepatuhan-layanan.csv").param("periode", bulan)).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString()).contains("Surat Keterangan Pindah", "Kelurahan Oesapa");
		mvc.perform(get("/kepatuhan-layanan.xlsx").param("periode", bulan.substring(0, 4) + "-T4")).andExpect(status().isOk());
		mvc.perform(get("/kepatuhan-layanan").param("periode", "2026-T5")).andExpect(status().isBadRequest());
		mvc.perform(get("/kepatuhan-layanan.docx")).andExpect(status().isBadRequest());
	}
}
