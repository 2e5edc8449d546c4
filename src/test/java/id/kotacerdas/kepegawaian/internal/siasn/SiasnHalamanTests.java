package id.kotacerdas.kepegawaian.internal.siasn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import id.kotacerdas.IntegrationTest;
import id.kotacerdas.akun.internal.StafUji;
import id.kotacerdas.platform.Peran;
import id.kotacerdas.platform.Waktu;

/**
 * The SIASN pages through HTTP: BKPPD uploads, sees the dry run and applies; a refused sheet
 * cannot be applied (409); an agency's admin sees only their agency's fix-list and not another
 * agency's employee; leadership and officers get no fix-list or import; the employee sees their
 * own differences.
 */
@IntegrationTest
class SiasnHalamanTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	StafUji staf;

	@Autowired
	JdbcClient jdbc;

	private static RequestPostProcessor sebagai(String username, Peran peran) {
		return user(username).roles(peran.name());
	}

	private static MockMultipartFile berkas(List<Map<String, String>> baris) {
		return new MockMultipartFile("berkas", "siasn.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
				LembarSiasnUji.xlsx(baris));
	}

	private long id(String nip) {
		return jdbc.sql("SELECT id FROM kepegawaian.pegawai WHERE nip = ?").param(nip).query(Long.class).single();
	}

	@Test
	void bkppdChecksAppliesAndEachRoleSeesOnlyItsPart() throws Exception {
		var bkppd = sebagai(staf.adminOpd("BKPPD"), Peran.ADMIN_OPD);
		List<Map<String, String>> baris = LembarSiasnUji.baris(2, 31, 970);
		baris.get(0).put("UNOR_INDUK_NAMA", "DLHK");
		baris.get(1).put("UNOR_INDUK_NAMA", "PUPR");

		// a refused row: the page names it, and applying that sheet answers 409 without writing
		baris.get(1).put("AGAMA_ID", "9");
		Document tolak = Jsoup.parse(mvc.perform(multipart("/staf/kepegawaian/siasn/impor").file(berkas(baris)).with(bkppd).with(csrf()))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
		assertThat(tolak.getElementById("baris-3").text()).contains("AGAMA_ID", "“9”");
		assertThat(tolak.select("form[action^=/staf/kepegawaian/siasn/impor/]")).isEmpty();
		String unggahan = jdbc.sql("SELECT id::text FROM kepegawaian.siasn_unggahan ORDER BY dibuat DESC LIMIT 1").query(String.class).single();
		mvc.perform(post("/staf/kepegawaian/siasn/impor/" + unggahan).with(bkppd).with(csrf())).andExpect(status().isConflict());
		assertThat(jdbc.sql("SELECT count(*) FROM kepegawaian.pegawai WHERE nip = ?").param(baris.get(0).get("NIP_BARU")).query(Long.class).single())
			.isZero();

		baris.get(1).put("AGAMA_ID", "2");
		Document periksa = Jsoup.parse(mvc.perform(multipart("/staf/kepegawaian/siasn/impor").file(berkas(baris)).with(bkppd).with(csrf()))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
		assertThat(periksa.getElementById("hitung-baru").text()).isEqualTo("2");
		String aksi = periksa.select("form[action^=/staf/kepegawaian/siasn/impor/]").attr("action");
		mvc.perform(post(aksi).with(bkppd).with(csrf())).andExpect(status().isOk());
		long dlhkId = id(baris.get(0).get("NIP_BARU"));
		long puprId = id(baris.get(1).get("NIP_BARU"));

		// SIASN has the DLHK employee one rank higher, and the PUPR employee born a day later
		baris.get(0).put("GOL_AKHIR_ID", "IV/b");
		baris.get(1).put("TANGGAL_LAHIR", "01-01-1971");
		mvc.perform(multipart("/staf/kepegawaian/siasn/rujukan").file(berkas(baris)).param("tanggalData", LocalDate.now(Waktu.WITA).toString())
			.with(bkppd).with(csrf())).andExpect(redirectedUrl("/staf/kepegawaian/siasn"));
		String beranda = mvc.perform(get("/staf/kepegawaian/siasn").with(bkppd)).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString();
		assertThat(Jsoup.parse(beranda).getElementById("skor").text()).contains("Kelengkapan", "Ketepatan waktu", "Akurasi", "Konsistensi",
				"Aturan:");

		// DLHK's admin: sent to DLHK's own list whatever agency is asked for; PUPR's employee is unknown to them
		var dlhk = sebagai(staf.adminOpd("DLHK"), Peran.ADMIN_OPD);
		mvc.perform(get("/staf/kepegawaian/siasn").with(dlhk)).andExpect(redirectedUrl("/staf/kepegawaian/siasn/perbaikan"));
		String daftar = mvc.perform(get("/staf/kepegawaian/siasn/perbaikan").param("opd", String.valueOf(staf.opdId("PUPR"))).with(dlhk))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(daftar).contains(baris.get(0).get("NIP_BARU"), "SK kenaikan pangkat terakhir").doesNotContain(baris.get(1).get("NIP_BARU"));
		mvc.perform(get("/staf/kepegawaian/siasn/pegawai/" + puprId).with(dlhk)).andExpect(status().isNotFound());
		mvc.perform(multipart("/staf/kepegawaian/siasn/impor").file(berkas(baris)).with(dlhk).with(csrf())).andExpect(status().isForbidden());
		mvc.perform(get("/staf/kepegawaian/siasn/ekspor.csv").with(dlhk)).andExpect(status().isOk());

		// leadership sees statistics only; an officer neither imports nor sees fix-lists
		for (var lain : List.of(sebagai(staf.pengguna(Peran.PIMPINAN, null, null), Peran.PIMPINAN), sebagai(staf.petugasTrc("DLHK"), Peran.PETUGAS_TRC))) {
			mvc.perform(get("/staf/kepegawaian/siasn").with(lain)).andExpect(status().isForbidden());
			mvc.perform(get("/staf/kepegawaian/siasn/perbaikan").with(lain)).andExpect(status().isForbidden());
			mvc.perform(get("/staf/kepegawaian/siasn/ekspor.xlsx").with(lain)).andExpect(status().isForbidden());
		}

		// the employee, signed in with their NIP, sees their one difference and the document to bring
		var pegawai = sebagai(staf.pegawai(Peran.PETUGAS_TRC, "DLHK", baris.get(0).get("NIP_BARU")), Peran.PETUGAS_TRC);
		String kotak = mvc.perform(get("/staf/kepegawaian/siasn/pegawai/" + dlhkId).header("HX-Request", "true").with(pegawai))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(Jsoup.parse(kotak).getElementById("jumlah-beda").text()).isEqualTo("1 data Anda berbeda dengan SIASN");
		assertThat(kotak).contains("SK kenaikan pangkat terakhir").doesNotContain("<html");
	}
}
