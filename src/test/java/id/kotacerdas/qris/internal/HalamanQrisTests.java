package id.kotacerdas.qris.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.awt.image.BufferedImage;
import java.util.Locale;
import java.util.Random;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import id.kotacerdas.IntegrationTest;
import id.kotacerdas.akun.internal.StafUji;
import id.kotacerdas.platform.Peran;
import id.kotacerdas.qris.Qris;

/** The public check page (paste, photo), the API umkm uses, and the staff's city accounts with their printable codes. */
@IntegrationTest
class HalamanQrisTests {

	private static final String TERUBAH = "00020101021226690017ID.CO.EXAMPLE.WWW011893609999000000001702150000000000000170303UMI51440014ID.CO.QRIS.WWW"
			+ "0215ID10250000000170303UMI5204939953033605405350005802ID5923CONTOH RETRIBUSI KUPANG6011KOTA KUPANG61058511162220111INV202500010703A016304AAF3";

	@Autowired
	MockMvc mvc;

	@Autowired
	Qris qris;

	@Autowired
	StafUji staf;

	@Autowired
	GambarQris gambar;

	@Autowired
	JdbcClient jdbc;

	@Test
	void halamanRinganDanMenjelaskanBiaya() throws Exception {
		MvcResult r = mvc.perform(get("/qris")).andExpect(status().isOk())
				.andExpect(content().string(allOf(containsString("sampai Rp500.000"), containsString("dilarang meminta tambahan biaya"),
						containsString("dikonfirmasi penyelenggara"))))
				.andReturn();
		assertThat(r.getResponse().getContentAsByteArray().length).isLessThan(20_000);
	}

	@Test
	void payloadYangDiubahDijelaskan() throws Exception {
		mvc.perform(post("/qris/periksa").with(csrf()).param("payload", TERUBAH)).andExpect(status().isOk())
				.andExpect(content().string(allOf(containsString("Kode ini rusak"), containsString("tertulis AAF3, dihitung dari isi kode 85FA"),
						containsString("CONTOH RETRIBUSI KUPANG"), containsString("ID1025000000017"))));
	}

	@Test
	void fotoStikerDibacaDanDiperiksa() throws Exception {
		String payload = PembuatQris.statis(PemeriksaQrisTests.acak(new Random(2026)));
		byte[] pdf = gambar.stiker(payload, "SE'I BABI OM BEN", "ID1026000000999", "KOTA KUPANG", Locale.forLanguageTag("id"));
		BufferedImage cetak;
		try (PDDocument doc = Loader.loadPDF(pdf)) {
			cetak = new PDFRenderer(doc).renderImageWithDPI(0, 150);
		}
		byte[] foto = FotoStikerQrisTests.foto(cetak, new Random(2026));
		long berkasSebelum = jdbc.sql("select count(*) from berkas.berkas").query(Long.class).single();

		// the API umkm calls with a trader's upload
		assertThat(qris.bacaGambar(foto)).contains(payload);
		assertThat(qris.periksa(payload).sah()).isTrue();

		mvc.perform(multipart("/qris/periksa").file(new MockMultipartFile("foto", "stiker.jpg", "image/jpeg", foto)).with(csrf()))
				.andExpect(status().isOk())
				.andExpect(content().string(allOf(containsString("Kode QRIS ini benar"), containsString(payload.substring(0, 60)))));
		mvc.perform(multipart("/qris/periksa").file(new MockMultipartFile("foto", "polos.png", "image/png", id.kotacerdas.platform.KodeQr.png("x", 10))).with(csrf()))
				.andExpect(status().isOk());
		mvc.perform(multipart("/qris/periksa").file(new MockMultipartFile("foto", "bukan.jpg", "image/jpeg", "bukan gambar".getBytes())).with(csrf()))
				.andExpect(status().is4xxClientError());
		assertThat(jdbc.sql("select count(*) from berkas.berkas").query(Long.class).single()).as("nothing stored").isEqualTo(berkasSebelum);
	}

	private RequestPostProcessor adminBapenda() {
		return user(staf.adminOpd("Bapenda")).roles(Peran.ADMIN_OPD.name());
	}

	@Test
	void akunKotaDicatatDiauditDanDicetak() throws Exception {
		String nmid = "ID1026" + String.format("%09d", System.nanoTime() % 1_000_000_000L);
		long opd = staf.opdId("Bapenda");
		mvc.perform(post("/staf/qris").with(adminBapenda()).with(csrf()).param("opdId", Long.toString(opd)).param("nama", "RETRIBUSI TERMINAL KUPANG X")
				.param("gui", "id.co.bankntt.www").param("pan", "12ab").param("nmid", "ID12").param("kriteria", "").param("mcc", "93A9")
				.param("kota", "KOTA KUPANG").param("kodePos", "85111"))
				.andExpect(status().isBadRequest())
				.andExpect(content().string(allOf(containsString("Paling banyak 25 karakter."), containsString("Nomor PAN terdiri dari 16 sampai 19 angka."),
						containsString("NMID berbentuk ID diikuti 13 angka."), containsString("Pilih kriteria pedagang."),
						containsString("MCC terdiri dari 4 angka"), containsString("value=\"RETRIBUSI TERMINAL KUPANG X\""))));

		MvcResult r = mvc.perform(post("/staf/qris").with(adminBapenda()).with(csrf()).param("opdId", Long.toString(opd))
				.param("nama", "RETRIBUSI TERMINAL").param("gui", "id.co.bankntt.www").param("pan", "9360012300000001234").param("idMerchant", "TRM001")
				.param("nmid", nmid).param("kriteria", "UMI").param("mcc", "9399").param("kota", "Kota Kupang").param("kodePos", "85111")
				.param("labelTerminal", "A01")).andExpect(status().is3xxRedirection()).andReturn();
		String alamat = r.getResponse().getRedirectedUrl();
		long id = Long.parseLong(alamat.substring(alamat.lastIndexOf('/') + 1));
		assertThat(jdbc.sql("select count(*) from audit.catatan where aksi = 'qris.akun.ditambah' and id_objek = ?").param(Long.toString(id))
				.query(Long.class).single()).isEqualTo(1);

		String halaman = mvc.perform(get(alamat).with(adminBapenda()).param("nominal", "15000")).andExpect(status().isOk()).andReturn().getResponse()
				.getContentAsString();
		String statis = halaman.replaceAll("(?s).*id=\"payload\">([^<]*)<.*", "$1");
		String dinamis = halaman.replaceAll("(?s).*id=\"payload-dinamis\">([^<]*)<.*", "$1");
		assertThat(qris.periksa(statis).sah()).isTrue();
		assertThat(qris.periksa(statis).nmid()).isEqualTo(nmid);
		assertThat(qris.periksa(statis).kota()).isEqualTo("KOTA KUPANG");
		assertThat(qris.periksa(dinamis).sah()).isTrue();
		assertThat(qris.periksa(dinamis).nominal()).isEqualTo(15_000L);

		byte[] png = mvc.perform(get(alamat + "/qr.png").with(adminBapenda())).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
		assertThat(qris.bacaGambar(png)).contains(statis);
		mvc.perform(get(alamat + "/qr.svg").with(adminBapenda())).andExpect(status().isOk()).andExpect(content().string(containsString("<svg")));
		byte[] pdf = mvc.perform(get(alamat + "/stiker.pdf").with(adminBapenda())).andExpect(status().isOk()).andReturn().getResponse()
				.getContentAsByteArray();
		try (PDDocument doc = Loader.loadPDF(pdf)) {
			assertThat(doc.getPage(0).getMediaBox().getWidth()).isBetween(297f, 298f); // A6: 105 mm
			assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(doc)).contains("QRIS", "RETRIBUSI TERMINAL", nmid, "KOTA KUPANG");
		}

		// another agency's administrator neither sees nor adds it
		RequestPostProcessor adminDlhk = user(staf.adminOpd("DLHK")).roles(Peran.ADMIN_OPD.name());
		mvc.perform(get(alamat).with(adminDlhk)).andExpect(status().isForbidden());
		mvc.perform(get("/staf/qris").with(adminDlhk)).andExpect(status().isOk()).andExpect(content().string(not(containsString(nmid))));
		mvc.perform(post("/staf/qris").with(adminDlhk).with(csrf()).param("opdId", Long.toString(opd)).param("nama", "X")).andExpect(status().isForbidden());
	}
}
