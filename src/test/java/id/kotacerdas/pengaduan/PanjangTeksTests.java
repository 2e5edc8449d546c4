package id.kotacerdas.pengaduan;

import static id.kotacerdas.pengaduan.LayananPengaduan.PANJANG_TEKS_MAKS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import id.kotacerdas.IntegrationTest;
import id.kotacerdas.wilayah.Kelurahan;
import id.kotacerdas.wilayah.Wilayah;

/** The one text limit of a report: within the columns, offered by the forms, checked and named in the refusal. */
@IntegrationTest
class PanjangTeksTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	LayananPengaduan layanan;

	@Autowired
	MessageSource pesan;

	@Autowired
	Wilayah wilayah;

	/** The columns that store a report's texts: the description, and every history entry's text. */
	@Test
	void theLimitFitsTheColumnsThatHoldTheTexts() {
		for (String[] kolom : new String[][] { { "pengaduan", "deskripsi" }, { "riwayat", "teks" } }) {
			Integer ukuran = jdbc.sql("""
					select character_maximum_length from information_schema.columns
					where table_schema = 'pengaduan' and table_name = ? and column_name = ?""")
				.params(kolom[0], kolom[1]).query(Integer.class).single();
			assertThat(PANJANG_TEKS_MAKS).as("pengaduan.%s.%s holds %s characters", kolom[0], kolom[1], ukuran)
				.isLessThanOrEqualTo(ukuran);
		}
	}

	@Test
	void aTextOfExactlyTheLimitIsStoredAndOneCharacterMoreIsRefusedNamingTheLimit() throws Exception {
		Kelurahan kel = DataUjiPengaduan.kelurahan(wilayah, 12);
		Document formulir = Jsoup.parse(mvc.perform(get("/pengaduan/baru")).andReturn().getResponse().getContentAsString());
		assertThat(formulir.selectFirst("textarea#deskripsi").attr("maxlength")).isEqualTo(String.valueOf(PANJANG_TEKS_MAKS));

		String penuh = "a".repeat(PANJANG_TEKS_MAKS);
		TandaTerima t = layanan.ajukan(new LaporanBaru("sampah", penuh, kel.lat(), kel.lon(), null, "", null, null, null, true, false,
				Map.of(), List.of(), "web"));
		layanan.tambahInformasi(t.nomor(), penuh);
		assertThat(jdbc.sql("select deskripsi from pengaduan.pengaduan where nomor = ?").param(t.nomor()).query(String.class).single())
			.isEqualTo(penuh);
		assertThat(jdbc.sql("""
				select count(*) from pengaduan.riwayat r join pengaduan.pengaduan p on p.id = r.pengaduan_id
				where p.nomor = ? and r.teks = ?""").params(t.nomor(), penuh).query(Long.class).single()).isEqualTo(1);

		String ditolak = mvc.perform(post("/pengaduan").param("kategori", "sampah").param("deskripsi", penuh + "a")
			.param("kelurahan", kel.kode()).header("Accept", "text/html").with(csrf()))
			.andExpect(status().is4xxClientError()).andReturn().getResponse().getContentAsString();
		assertThat(Jsoup.parse(ditolak).text())
			.contains(pesan.getMessage("pengaduan.teks-terlalu-panjang", new Object[] { PANJANG_TEKS_MAKS }, Locale.forLanguageTag("id")));
	}
}
