package id.kotacerdas.pengaduan.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import id.kotacerdas.IntegrationTest;
import id.kotacerdas.berkas.GambarUji;
import id.kotacerdas.berkas.LayananBerkas;
import id.kotacerdas.pengaduan.DataUjiPengaduan;
import id.kotacerdas.pengaduan.LaporanBaru;
import id.kotacerdas.pengaduan.LayananPengaduan;
import id.kotacerdas.pengaduan.TandaTerima;
import id.kotacerdas.wilayah.Kelurahan;
import id.kotacerdas.wilayah.Wilayah;

/**
 * Photos filed while they lived in {@code pengaduan.foto}'s bytea columns are moved into the file
 * store byte for byte, photo and thumbnail, and every page serves them as before: publicly for a
 * public report, only through the private link for a confidential one.
 */
@IntegrationTest
class FotoPengaduanTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	LayananPengaduan layanan;

	@Autowired
	Wilayah wilayah;

	@Autowired
	FotoPengaduan fotoPengaduan;

	@Autowired
	LayananBerkas berkas;

	@Test
	void photosFiledBeforeTheMoveAreMovedByteForByteAndServedAsBefore() throws Exception {
		Kelurahan kel = DataUjiPengaduan.kelurahan(wilayah, 2);
		TandaTerima umum = ajukan(kel, false);
		TandaTerima rahasia = ajukan(kel, true);
		// as PengolahFoto stored them: a re-encoded JPEG and its thumbnail
		byte[] gambar = GambarUji.jpegDenganGps(kel.lat(), kel.lon());
		byte[] kecil = GambarUji.png(32, 24);
		long fotoUmum = lama(umum.nomor(), gambar, kecil);
		long fotoRahasia = lama(rahasia.nomor(), gambar, kecil);
		String urlUmum = "/pengaduan/" + umum.nomor() + "/foto/" + fotoUmum;
		String urlPribadi = "/pengaduan/tindak-lanjut/" + rahasia.tokenTindakLanjut() + "/foto/" + fotoRahasia + ".jpg";

		for (boolean sesudah : List.of(false, true)) {
			if (sesudah) {
				fotoPengaduan.pindahkanLama();
				assertThat(jdbc.sql("select count(*) from pengaduan.foto where berkas_id is null or gambar is not null or thumbnail is not null")
					.query(Long.class).single()).isZero();
			}
			mvc.perform(get(urlUmum + ".jpg")).andExpect(status().isOk()).andExpect(content().contentType("image/jpeg"))
				.andExpect(content().bytes(gambar));
			mvc.perform(get(urlUmum + "/kecil.jpg")).andExpect(status().isOk()).andExpect(content().bytes(kecil));
			mvc.perform(get(urlPribadi)).andExpect(status().isOk()).andExpect(content().bytes(gambar));
			mvc.perform(get("/pengaduan/" + rahasia.nomor() + "/foto/" + fotoRahasia + ".jpg")).andExpect(status().isNotFound());
			mvc.perform(get("/pengaduan/" + rahasia.nomor() + "/foto/" + fotoRahasia + "/kecil.jpg")).andExpect(status().isNotFound());
			// a photo of another report is not served under this one's number
			mvc.perform(get("/pengaduan/" + umum.nomor() + "/foto/" + fotoRahasia + ".jpg")).andExpect(status().isNotFound());
		}
	}

	/** The form names the limits in force, read from the settings, in both languages. */
	@Test
	void theFormNamesTheUploadLimitsInForce() throws Exception {
		long mb = berkas.batas().maksMb();
		assertThat(mvc.perform(get("/pengaduan/baru")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString())
			.contains("Foto (maks. " + PengaduanService.MAKS_FOTO + ", JPEG/PNG/WebP, maks. " + mb + " MB per foto)");
		assertThat(mvc.perform(get("/pengaduan/baru?lang=en")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString())
			.contains("Photos (max. " + PengaduanService.MAKS_FOTO + ", JPEG/PNG/WebP, max. " + mb + " MB each)");
	}

	private TandaTerima ajukan(Kelurahan kel, boolean rahasia) {
		return layanan.ajukan(new LaporanBaru("sampah", "Sampah lama di selokan", kel.lat(), kel.lon(), null, "", "Ani", null, null, false,
				rahasia, Map.of(), List.of(), "web"));
	}

	private long lama(String nomor, byte[] gambar, byte[] kecil) {
		return jdbc.sql("""
				insert into pengaduan.foto (pengaduan_id, gambar, thumbnail, lebar, tinggi, dibuat)
				select id, ?, ?, 64, 48, ? from pengaduan.pengaduan where nomor = ? returning id""")
			.params(gambar, kecil, Timestamp.from(Instant.now()), nomor).query(Long.class).single();
	}
}
