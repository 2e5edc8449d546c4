package id.kotacerdas.pengaduan.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import id.kotacerdas.IntegrationTest;
import id.kotacerdas.platform.Peran;
import id.kotacerdas.akun.Staf;
import id.kotacerdas.notifikasi.KotakUji;
import id.kotacerdas.notifikasi.Notifikasi;
import id.kotacerdas.notifikasi.TeksPesan;
import id.kotacerdas.opd.DaftarOpd;
import id.kotacerdas.pengaduan.DataUjiPengaduan;
import id.kotacerdas.wilayah.Wilayah;
import tools.jackson.databind.ObjectMapper;

/** The reporter hears in the language they filed in: the receipt at once, and later changes made by Indonesian-speaking staff. */
@IntegrationTest
class BahasaPelaporTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ObjectMapper json;

	@Autowired
	Notifikasi notifikasi;

	@Autowired
	PengaduanService layanan;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Wilayah wilayah;

	@Autowired
	DaftarOpd daftarOpd;

	@ParameterizedTest
	@CsvSource({ "en, Report %s received, Report %s: status changed, Verified", "id, Pengaduan %s diterima, Pengaduan %s: status berubah, Diverifikasi" })
	void theReporterHearsInTheLanguageTheReportWasFiledIn(String bahasa, String diterima, String berubah, String status) throws Exception {
		String email = "pelapor." + bahasa + "." + System.nanoTime() + "@contoh.id";
		String isi = json.writeValueAsString(java.util.Map.of("kategori", "sampah", "deskripsi", "Sampah menumpuk di depan pasar",
				"kelurahan", DataUjiPengaduan.kelurahan(wilayah, 3).kode(), "email", email));
		String jawab = mvc.perform(post("/api/pengaduan").param("lang", bahasa).contentType(MediaType.APPLICATION_JSON).content(isi).with(csrf()))
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
		String nomor = json.readTree(jawab).path("nomor").asString();

		TeksPesan tanda = KotakUji.emailTerakhir(notifikasi, email);
		assertThat(tanda.subjek()).isEqualTo(diterima.formatted(nomor));
		assertThat(tanda.isi()).contains("/pengaduan/tindak-lanjut/");

		// an officer (Indonesian) verifies it: the reporter still reads it in the filing's language
		long dlhk = DataUjiPengaduan.opd(daftarOpd, "DLHK");
		long tim = jdbc.sql("select tim_id from pengaduan.pengaduan where nomor = ?").param(nomor).query(Long.class).single();
		Staf petugas = new Staf(9301, "trc.bahasa", "Petugas", null, Peran.PETUGAS_TRC, dlhk, tim, null, true);
		layanan.tindakStaf(petugas, nomor, AksiStaf.VERIFIKASI, "", null);
		TeksPesan perubahan = KotakUji.emailTerakhir(notifikasi, email);
		assertThat(perubahan.subjek()).isEqualTo(berubah.formatted(nomor));
		assertThat(perubahan.isi()).contains(status);
	}
}
