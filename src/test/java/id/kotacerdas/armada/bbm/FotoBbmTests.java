package id.kotacerdas.armada.bbm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import id.kotacerdas.IntegrationTest;
import id.kotacerdas.akun.internal.StafUji;
import id.kotacerdas.armada.pelacakan.PosisiOsmAndTests;
import id.kotacerdas.berkas.GambarUji;
import tools.jackson.databind.ObjectMapper;

/**
 * Issue 10: the fuel receipt photo keeps no EXIF. A phone's photo carries where the officer stood
 * (EXIF GPS), often their home; it is stored and served re-encoded, without any metadata, and the
 * photos stored as uploaded before this are moved and re-encoded too.
 */
@IntegrationTest
class FotoBbmTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	StafUji staf;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ObjectMapper json;

	@Autowired
	FotoBbm fotoBbm;

	@Test
	void theReceiptPhotoIsStoredAndServedWithoutExif() throws Exception {
		Pembelian p = pembelian("ex");
		byte[] ponsel = GambarUji.jpegDenganSemuaMetadata(-10.1772, 123.6070);
		assertThat(GambarUji.segmenJpeg(ponsel)).contains(0xE1, 0xFE);
		mvc.perform(multipart(p.foto("STRUK")).file(new MockMultipartFile("berkas", "struk.jpg", "image/jpeg", ponsel))
			.with(httpBasic(p.petugas(), StafUji.SANDI))).andExpect(status().isNoContent());

		byte[] disajikan = mvc.perform(get(p.foto("STRUK")).with(httpBasic(p.petugas(), StafUji.SANDI)))
			.andExpect(status().isOk()).andExpect(content().contentType("image/jpeg"))
			.andReturn().getResponse().getContentAsByteArray();
		tanpaMetadata(disajikan);
		assertThat(ImageIO.read(new ByteArrayInputStream(disajikan)).getWidth()).isEqualTo(64);
		// the stored object is what is served: its hash is in the berkas table
		assertThat(jdbc.sql("""
				select b.sha256 from armada.foto_bbm f join berkas.berkas b on b.id = f.berkas_id
				where f.pembelian_id = ? and f.jenis = 'STRUK'""").param(p.id()).query(String.class).single())
			.isEqualTo(java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(disajikan)));

		// a new photo replaces the old one, whose berkas row is forgotten (the sweep removes its object)
		UUID lama = berkasId(p.id(), "STRUK");
		mvc.perform(multipart(p.foto("STRUK")).file(new MockMultipartFile("berkas", "struk2.png", "image/png", GambarUji.png(30, 20)))
			.with(httpBasic(p.petugas(), StafUji.SANDI))).andExpect(status().isNoContent());
		assertThat(berkasId(p.id(), "STRUK")).isNotEqualTo(lama);
		assertThat(jdbc.sql("select count(*) from berkas.berkas where id = ?").param(lama).query(Long.class).single()).isZero();
	}

	@Test
	void photosStoredAsUploadedBeforeAreMovedReencodedAndNoneIsLost() throws Exception {
		Pembelian p = pembelian("lm");
		byte[] ponsel = GambarUji.jpegDenganGps(-10.17, 123.6);
		// a file only its header says is a PNG: it cannot be re-encoded, and is moved unchanged rather than lost
		byte[] rusak = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R' };
		lama(p.id(), "STRUK", "image/jpeg", ponsel);
		lama(p.id(), "ODOMETER", "image/png", rusak);
		// until moved, served from the old column as before
		mvc.perform(get(p.foto("ODOMETER")).with(httpBasic(p.petugas(), StafUji.SANDI)))
			.andExpect(status().isOk()).andExpect(content().contentType("image/png")).andExpect(content().bytes(rusak));

		fotoBbm.pindahkanLama();

		assertThat(jdbc.sql("select count(*) from armada.foto_bbm where pembelian_id = ? and (isi is not null or berkas_id is null)")
			.param(p.id()).query(Long.class).single()).isZero();
		byte[] struk = mvc.perform(get(p.foto("STRUK")).with(httpBasic(p.petugas(), StafUji.SANDI)))
			.andExpect(status().isOk()).andExpect(content().contentType("image/jpeg"))
			.andReturn().getResponse().getContentAsByteArray();
		tanpaMetadata(struk);
		mvc.perform(get(p.foto("ODOMETER")).with(httpBasic(p.petugas(), StafUji.SANDI)))
			.andExpect(status().isOk()).andExpect(content().contentType("image/png")).andExpect(content().bytes(rusak));
	}

	private static void tanpaMetadata(byte[] jpeg) {
		assertThat(GambarUji.segmenJpeg(jpeg)).doesNotContain(0xE1, 0xFE);
		assertThat(GambarUji.mengandung(jpeg, "Exif")).isFalse();
		assertThat(GambarUji.mengandung(jpeg, "xmpmeta")).isFalse();
	}

	private record Pembelian(long kendaraanId, long id, String petugas) {

		String foto(String jenis) {
			return "/api/armada/kendaraan/" + kendaraanId + "/bbm/" + id + "/foto/" + jenis;
		}
	}

	private Pembelian pembelian(String akhiran) throws Exception {
		long kendaraan = PosisiOsmAndTests.daftarkan(mvc, json, staf.opdId("Dishub"),
				"DH " + (int) (System.nanoTime() % 9000 + 1000) + " " + akhiran.toUpperCase(), "foto-bbm-" + akhiran + System.nanoTime());
		String petugas = staf.petugasTrc("Dishub");
		String isi = """
				{"waktu":"%s","pengemudi":"Markus Ndun","spbu":"SPBU 54.851.01","spbuLat":-10.17,"spbuLon":123.6,"jenisBbm":"PERTALITE",
				 "liter":30,"hargaPerLiter":10000,"odometerKm":1000,"nomorStruk":"F-%d","metodePembayaran":"KARTU_BBM"}"""
			.formatted(Instant.now().minusSeconds(120), kendaraan);
		String jawab = mvc.perform(post("/api/armada/kendaraan/" + kendaraan + "/bbm").with(httpBasic(petugas, StafUji.SANDI))
			.contentType(MediaType.APPLICATION_JSON).content(isi))
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
		return new Pembelian(kendaraan, json.readTree(jawab).get("id").asLong(), petugas);
	}

	private void lama(long pembelianId, String jenis, String tipe, byte[] isi) {
		jdbc.sql("insert into armada.foto_bbm (pembelian_id, jenis, tipe_isi, isi, diunggah_oleh, diunggah) values (?, ?, ?, ?, 'lama', ?)")
			.params(pembelianId, jenis, tipe, isi, Timestamp.from(Instant.now())).update();
	}

	private UUID berkasId(long pembelianId, String jenis) {
		return jdbc.sql("select berkas_id from armada.foto_bbm where pembelian_id = ? and jenis = ?").params(pembelianId, jenis)
			.query(UUID.class).single();
	}
}
