package id.kotacerdas.pasar.internal.lapak;

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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.Result;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.multi.qrcode.QRCodeMultiReader;
import com.google.zxing.qrcode.QRCodeReader;

import id.kotacerdas.IntegrationTest;
import id.kotacerdas.akun.internal.StafUji;
import id.kotacerdas.platform.Peran;
import id.kotacerdas.platform.Waktu;

/**
 * The stall register, the collector's payment with prices in the same visit, the QR cards read
 * back, the day's view, exports and who may do what — through the web layer on the real database.
 * Each test makes stalls of its own (unique numbers) and asserts on them, not on a market's totals.
 */
@IntegrationTest
class LapakRetribusiTests {

	private static final AtomicInteger URUT = new AtomicInteger();

	@Autowired
	MockMvc mvc;

	@Autowired
	StafUji staf;

	@Autowired
	JdbcClient jdbc;

	private final LocalDate hariIni = LocalDate.now(Waktu.WITA);

	private long pasar(String kode) {
		return jdbc.sql("SELECT id FROM pasar.pasar WHERE kode = ?").param(kode).query(Long.class).single();
	}

	private long komoditas(String kode) {
		return jdbc.sql("SELECT id FROM pasar.komoditas WHERE kode = ?").param(kode).query(Long.class).single();
	}

	/** An officer of the market agency (Perindag): collects, and keeps the register. */
	private RequestPostProcessor penagih() {
		return user(staf.petugasTrc("Perindag")).roles(Peran.PETUGAS_TRC.name());
	}

	private static String nomorBaru() {
		return "U-" + URUT.incrementAndGet() + "-" + System.nanoTime() % 100_000;
	}

	private static MockHttpServletRequestBuilder isi(MockHttpServletRequestBuilder b, Map<String, String> isian) {
		isian.forEach(b::param);
		return b;
	}

	private ResultActions daftarkan(RequestPostProcessor siapa, long pasarId, Map<String, String> isian) throws Exception {
		return mvc.perform(isi(post("/staf/pasar/lapak/pasar/" + pasarId + "/baru").with(siapa).with(csrf()), isian));
	}

	/** A registered stall's id, through the register's own form. */
	private long lapakBaru(long pasarId, String nomor, long tarif, boolean qris) throws Exception {
		daftarkan(penagih(), pasarId, Map.of("nomor", nomor, "pedagang", "Agustinus Tefa", "dagangan", "Cabai, bawang, tomat", "tarif",
				Long.toString(tarif), "terisi", "true", "_terisi", "on", "qris", Boolean.toString(qris), "_qris", "on"))
			.andExpect(status().is3xxRedirection());
		return jdbc.sql("SELECT id FROM pasar.lapak WHERE pasar_id = ? AND nomor = ?").params(pasarId, nomor).query(Long.class).single();
	}

	private ResultActions bayar(RequestPostProcessor siapa, long lapakId, Map<String, String> isian) throws Exception {
		return mvc.perform(isi(post("/staf/pasar/lapak/" + lapakId).with(siapa).with(csrf()), isian));
	}

	private List<Map<String, Object>> pembayaran(long lapakId) {
		return jdbc.sql("SELECT jumlah, cara, tarif FROM pasar.retribusi WHERE lapak_id = ? AND tanggal = ?").params(lapakId, hariIni)
			.query().listOfRows();
	}

	private long audit(String aksi, long id) {
		return jdbc.sql("SELECT count(*) FROM audit.catatan WHERE aksi = ? AND id_objek = ?").params(aksi, Long.toString(id))
			.query(Long.class).single();
	}

	@Test
	void theRegisterFormNamesEveryProblemAtOnceKeepsTheInputAndAuditsChanges() throws Exception {
		long pasar = pasar("oesapa");
		long sebelum = jdbc.sql("SELECT count(*) FROM pasar.lapak").query(Long.class).single();
		daftarkan(penagih(), pasar, Map.of("nomor", " ", "terisi", "true", "_terisi", "on", "pedagang", "", "tarif", "tiga ribu",
				"nmid", "QR-123", "_qris", "on"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(allOf(containsString("Isi nomor lapak, paling banyak 20 karakter."),
					containsString("Isi nama pedagang, atau tandai lapak sebagai kosong."),
					containsString("Isi retribusi harian dalam rupiah, dari 0 sampai 1.000.000."),
					containsString("NMID diawali ID lalu 10 sampai 15 angka."), containsString("value=\"tiga ribu\""),
					containsString("value=\"QR-123\""))));
		assertThat(jdbc.sql("SELECT count(*) FROM pasar.lapak").query(Long.class).single()).isEqualTo(sebelum);

		String nomor = nomorBaru();
		long id = lapakBaru(pasar, nomor, 3_000, false);
		assertThat(audit("pasar.lapak.ditambah", id)).isEqualTo(1);
		// the same number typed in small letters is the same stall: a clash, refused with 409
		daftarkan(penagih(), pasar, Map.of("nomor", nomor.toLowerCase(), "pedagang", "Daud Manafe", "tarif", "3000", "terisi", "true", "_terisi", "on"))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("sudah dipakai lapak lain")));

		mvc.perform(isi(post("/staf/pasar/lapak/" + id + "/ubah").with(penagih()).with(csrf()),
				Map.of("nomor", nomor, "pedagang", "Agustinus Tefa", "tarif", "Rp4.000", "terisi", "true", "_terisi", "on", "qris", "true",
						"_qris", "on", "nmid", "ID1020021234567")))
			.andExpect(status().is3xxRedirection());
		assertThat(jdbc.sql("SELECT tarif || ' ' || qris || ' ' || nmid FROM pasar.lapak WHERE id = ?").param(id).query(String.class).single())
			.isEqualTo("4000 true ID1020021234567");
		assertThat(jdbc.sql("SELECT (sebelum->>'tarif') || ' ' || (sesudah->>'tarif') FROM audit.catatan WHERE aksi = 'pasar.lapak.diubah' AND id_objek = ?")
			.param(Long.toString(id)).query(String.class).single()).isEqualTo("3000 4000");
	}

	@Test
	void onePaymentPerStallAndDayAResubmissionChangesNothingACorrectionReplacesAudited() throws Exception {
		long id = lapakBaru(pasar("oesapa"), nomorBaru(), 3_000, false);
		var siapa = penagih();
		Map<String, String> tunai = Map.of("jumlah", "3000", "cara", "TUNAI");
		bayar(siapa, id, tunai).andExpect(redirectedUrl("/staf/pasar/lapak/" + id));
		bayar(siapa, id, tunai).andExpect(redirectedUrl("/staf/pasar/lapak/" + id));
		// another collector sending the same payment again does not double it either
		bayar(penagih(), id, tunai).andExpect(status().is3xxRedirection());
		assertThat(pembayaran(id)).hasSize(1);
		long idRetribusi = jdbc.sql("SELECT id FROM pasar.retribusi WHERE lapak_id = ?").param(id).query(Long.class).single();
		assertThat(audit("pasar.retribusi.dikoreksi", idRetribusi)).isZero();

		bayar(siapa, id, Map.of("jumlah", "2.000", "cara", "TUNAI")).andExpect(status().is3xxRedirection());
		assertThat(pembayaran(id)).singleElement().satisfies(r -> assertThat(r.get("jumlah")).isEqualTo(2_000L));
		assertThat(jdbc.sql("SELECT (sebelum->>'jumlah') || ' ' || (sesudah->>'jumlah') FROM audit.catatan WHERE aksi = 'pasar.retribusi.dikoreksi' AND id_objek = ?")
			.param(Long.toString(idRetribusi)).query(String.class).single()).isEqualTo("3000 2000");

		// more than the tariff, and QRIS from a trader without it: both refused together, nothing changes
		bayar(siapa, id, Map.of("jumlah", "30000", "cara", "QRIS"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(allOf(containsString("Jumlah tidak boleh lebih dari retribusi harian lapak (Rp3.000)."),
					containsString("belum menerima QRIS"), containsString("value=\"30000\""))));
		assertThat(pembayaran(id)).singleElement().satisfies(r -> assertThat(r.get("jumlah")).isEqualTo(2_000L));

		mvc.perform(get("/staf/pasar/lapak/" + id).with(siapa))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Sudah dibayar hari ini: Rp2.000, Tunai"), containsString("Simpan koreksi"))));
	}

	@Test
	void pricesInTheSameVisitGoThroughThePriceRules() throws Exception {
		long pasar = pasar("oesapa");
		long id = lapakBaru(pasar, nomorBaru(), 5_000, true);
		String petugas = staf.petugasTrc("Perindag");
		var siapa = user(petugas).roles(Peran.PETUGAS_TRC.name());
		long bawang = komoditas("bawang-putih");
		long beras = komoditas("beras-medium-2");
		// rice above its ceiling (HET Rp13.100) is asked about; the payment and the plausible price are stored meanwhile
		bayar(siapa, id, Map.of("jumlah", "5000", "cara", "QRIS", "komoditas1", Long.toString(bawang), "harga1", "38.000", "komoditas2",
				Long.toString(beras), "harga2", "14000"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Di atas harga eceran tertinggi (Rp13.100)."), containsString("Ya, harga ini benar"))));
		assertThat(pembayaran(id)).singleElement().satisfies(r -> assertThat(r.get("cara")).isEqualTo("QRIS"));
		assertThat(harga(pasar, petugas)).containsExactly(bawang + " 38000 false");

		bayar(siapa, id, Map.of("jumlah", "5000", "cara", "QRIS", "komoditas1", Long.toString(bawang), "harga1", "38000", "komoditas2",
				Long.toString(beras), "harga2", "14000", "konfirmasi2", "ya"))
			.andExpect(redirectedUrl("/staf/pasar/lapak/" + id));
		assertThat(harga(pasar, petugas)).containsExactly(bawang + " 38000 false", beras + " 14000 true");
		assertThat(pembayaran(id)).hasSize(1);

		// a price row without its commodity is refused with the payment's problems, and nothing is stored
		bayar(siapa, id, Map.of("jumlah", "0", "cara", "TUNAI", "harga3", "12000"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(allOf(containsString("Pilih komoditas untuk harga ini."), containsString("Isi jumlah yang dibayar"))));
		assertThat(pembayaran(id)).singleElement().satisfies(r -> assertThat(r.get("cara")).isEqualTo("QRIS"));
	}

	private List<String> harga(long pasar, String petugas) {
		return jdbc.sql("SELECT komoditas_id || ' ' || harga || ' ' || ditandai FROM pasar.harga WHERE pasar_id = ? AND tanggal = ? AND petugas = ? ORDER BY id")
			.params(pasar, hariIni, petugas).query(String.class).list();
	}

	@Test
	void theCardsQrOpensItsStallFromThePngAndFromThePrintedSheet() throws Exception {
		long pasar = pasar("oesapa");
		long id = lapakBaru(pasar, nomorBaru(), 3_000, false);
		var siapa = penagih();
		byte[] png = mvc.perform(get("/staf/pasar/lapak/" + id + "/kartu.png").with(siapa))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "image/png"))
			.andReturn().getResponse().getContentAsByteArray();
		// decoded here on its own, not by the application's reader
		Result qr = new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(ImageIO.read(new ByteArrayInputStream(png))))));
		assertThat(qr.getText()).startsWith("http").endsWith("/staf/pasar/lapak/" + id);
		assertThat(qr.getText()).doesNotContainIgnoringCase("rp").doesNotContain("3000");

		mvc.perform(multipart("/staf/pasar/lapak/pindai").file(new MockMultipartFile("foto", "kartu.png", "image/png", png)).with(siapa).with(csrf()))
			.andExpect(redirectedUrl("/staf/pasar/lapak/" + id));
		// as a phone would take it: the card askew on a grey table, smaller, JPEG-compressed
		mvc.perform(multipart("/staf/pasar/lapak/pindai").file(new MockMultipartFile("foto", "IMG_20261130.jpg", "image/jpeg", difoto(png)))
			.with(siapa).with(csrf()))
			.andExpect(redirectedUrl("/staf/pasar/lapak/" + id));
		// a picture without a QR comes back to the scan page with the reason, and typing the number is the fallback
		mvc.perform(multipart("/staf/pasar/lapak/pindai").file(new MockMultipartFile("foto", "foto.png", "image/png", kosong())).with(siapa).with(csrf()))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("Kode QR tidak terbaca.")));
		String nomor = jdbc.sql("SELECT nomor FROM pasar.lapak WHERE id = ?").param(id).query(String.class).single();
		mvc.perform(get("/staf/pasar/lapak/cari").param("pasar", Long.toString(pasar)).param("nomor", " " + nomor.toLowerCase() + " ").with(siapa))
			.andExpect(redirectedUrl("/staf/pasar/lapak/" + id));
		mvc.perform(get("/staf/pasar/lapak/cari").param("pasar", Long.toString(pasar)).param("nomor", "Z-999").with(siapa))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(allOf(containsString("Lapak Z-999 tidak ada di pasar ini."), containsString("value=\"Z-999\""))));

		byte[] pdf = mvc.perform(get("/staf/pasar/lapak/pasar/" + pasar + "/kartu.pdf").with(siapa))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsByteArray();
		int halaman;
		List<String> dibaca;
		try (PDDocument doc = Loader.loadPDF(pdf)) {
			halaman = doc.getNumberOfPages();
			int terakhir = halaman - 1;
			BufferedImage gambar = new PDFRenderer(doc).renderImageWithDPI(terakhir, 200);
			ImageIO.write(gambar, "png", java.nio.file.Path.of("target/pasar-lapak-kartu-pdf.png").toFile());
			dibaca = Arrays.stream(new QRCodeMultiReader().decodeMultiple(new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(gambar)))))
				.map(Result::getText).toList();
		}
		long lapakPasar = jdbc.sql("SELECT count(*) FROM pasar.lapak WHERE pasar_id = ?").param(pasar).query(Long.class).single();
		assertThat(halaman).isEqualTo((int) ((lapakPasar + 7) / 8));
		// the stall is the newest, so on the last page
		assertThat(dibaca).anySatisfy(t -> assertThat(KartuLapak.lapakDari(t)).isPresent());
		assertThat(dibaca.stream().map(t -> KartuLapak.lapakDari(t).orElseThrow()).toList()).allSatisfy(l -> assertThat(
				jdbc.sql("SELECT pasar_id FROM pasar.lapak WHERE id = ?").param(l).query(Long.class).single()).isEqualTo(pasar));
	}

	private static byte[] difoto(byte[] png) throws Exception {
		BufferedImage kartu = ImageIO.read(new ByteArrayInputStream(png));
		BufferedImage foto = new BufferedImage(1280, 960, BufferedImage.TYPE_INT_RGB);
		java.awt.Graphics2D g = foto.createGraphics();
		g.setColor(new java.awt.Color(0x8a, 0x86, 0x7a));
		g.fillRect(0, 0, foto.getWidth(), foto.getHeight());
		g.setRenderingHint(java.awt.RenderingHints.KEY_INTERPOLATION, java.awt.RenderingHints.VALUE_INTERPOLATION_BILINEAR);
		g.rotate(Math.toRadians(9), 640, 480);
		g.drawImage(kartu, 300, 280, 640, 368, null);
		g.dispose();
		var keluar = new java.io.ByteArrayOutputStream();
		var penulis = ImageIO.getImageWritersByFormatName("jpeg").next();
		var param = penulis.getDefaultWriteParam();
		param.setCompressionMode(javax.imageio.ImageWriteParam.MODE_EXPLICIT);
		param.setCompressionQuality(0.6f);
		try (var aliran = ImageIO.createImageOutputStream(keluar)) {
			penulis.setOutput(aliran);
			penulis.write(null, new javax.imageio.IIOImage(foto, null, null), param);
		}
		penulis.dispose();
		return keluar.toByteArray();
	}

	private static byte[] kosong() throws Exception {
		BufferedImage putih = new BufferedImage(320, 240, BufferedImage.TYPE_INT_RGB);
		var keluar = new java.io.ByteArrayOutputStream();
		ImageIO.write(putih, "png", keluar);
		return keluar.toByteArray();
	}

	@Test
	void theDayShowsExpectedAgainstCollectedAndTheUnpaidStallsAndExportsThem() throws Exception {
		long pasar = pasar("oesapa");
		String nomorA = nomorBaru();
		String nomorB = nomorBaru();
		long a = lapakBaru(pasar, nomorA, 3_000, false);
		lapakBaru(pasar, nomorB, 4_000, false);
		var siapa = penagih();
		bayar(siapa, a, Map.of("jumlah", "3000", "cara", "TUNAI")).andExpect(status().is3xxRedirection());
		String hari = mvc.perform(get("/staf/pasar/lapak/pasar/" + pasar + "/hari").with(siapa))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		org.jsoup.nodes.Document doc = org.jsoup.Jsoup.parse(hari);
		assertThat(doc.select("#belum li").text()).contains("Lapak " + nomorB).doesNotContain("Lapak " + nomorA + " ");
		assertThat(doc.select("#sudah").text()).contains(nomorA).contains("Rp3.000");

		mvc.perform(get("/staf/pasar/lapak/pasar/" + pasar + "/hari.csv").with(siapa))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString(nomorA), containsString(nomorB), containsString("Sudah bayar"), containsString("Belum bayar"))));
		mvc.perform(get("/staf/pasar/lapak/pasar/" + pasar + "/hari.xlsx").with(siapa)).andExpect(status().isOk());
		mvc.perform(get("/staf/pasar/lapak/pasar/" + pasar + "/hari.doc").with(siapa)).andExpect(status().isBadRequest());
		mvc.perform(get("/staf/pasar/lapak/bulan").with(siapa))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Pasar Oesapa")));
		mvc.perform(get("/staf/pasar/lapak/bulan.pdf").with(siapa))
			.andExpect(status().isOk())
			.andExpect(content().contentType("application/pdf"));
		mvc.perform(get("/staf/pasar/lapak/bulan.csv").with(siapa))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Hunian")));
		mvc.perform(get("/staf/pasar/lapak/bulan").param("bulan", hariIni.plusMonths(1).toString().substring(0, 7)).with(siapa))
			.andExpect(status().isBadRequest());
	}

	@Test
	void anotherAgencysAdministratorIsRefusedAndKominfoMayManage() throws Exception {
		long pasar = pasar("oesapa");
		long id = lapakBaru(pasar, nomorBaru(), 3_000, false);
		var dlhk = user(staf.adminOpd("DLHK")).roles(Peran.ADMIN_OPD.name());
		mvc.perform(get("/staf/pasar/lapak").with(dlhk)).andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("dikelola petugas Perindag dan Kominfo"), not(containsString("Pindai kartu lapak")))));
		mvc.perform(get("/staf/pasar/lapak/pasar/" + pasar + "/hari").with(dlhk)).andExpect(status().isForbidden());
		mvc.perform(get("/staf/pasar/lapak/" + id + "/kartu.png").with(dlhk)).andExpect(status().isForbidden());
		bayar(dlhk, id, Map.of("jumlah", "3000", "cara", "TUNAI")).andExpect(status().isForbidden());
		daftarkan(dlhk, pasar, Map.of("nomor", nomorBaru(), "pedagang", "Naomi Ratu", "tarif", "3000", "terisi", "true")).andExpect(status().isForbidden());
		mvc.perform(isi(post("/staf/pasar/lapak/" + id + "/ubah").with(dlhk).with(csrf()), Map.of("nomor", "X-1", "tarif", "0", "_terisi", "on")))
			.andExpect(status().isForbidden());
		assertThat(pembayaran(id)).isEmpty();
		assertThat(jdbc.sql("SELECT tarif FROM pasar.lapak WHERE id = ?").param(id).query(Long.class).single()).isEqualTo(3_000);

		var kominfo = user(staf.adminKominfo()).roles(Peran.ADMIN_KOMINFO.name());
		mvc.perform(get("/staf/pasar/lapak").with(kominfo))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("capture=\"environment\""), not(containsString("??")))));
		bayar(kominfo, id, Map.of("jumlah", "3000", "cara", "TUNAI")).andExpect(status().is3xxRedirection());
		assertThat(pembayaran(id)).hasSize(1);
	}
}
