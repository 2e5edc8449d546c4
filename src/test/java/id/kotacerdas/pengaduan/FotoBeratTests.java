package id.kotacerdas.pengaduan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

import id.kotacerdas.berkas.GambarUji;
import id.kotacerdas.IntegrationTest;
import id.kotacerdas.wilayah.Kelurahan;
import id.kotacerdas.wilayah.Wilayah;

/**
 * Issue 9, hole 3: expensive uploads must not starve other requests. Photos are decoded on a
 * bounded pool with no database connection held, and a decompression bomb is refused from its
 * header; so while more large uploads run than the pool has connections, a public page still
 * answers — before any of them — and no upload gets a 5xx other than a polite 503. The test
 * context pins the pool at two workers, so that the uploads outnumber it on any machine.
 */
@IntegrationTest
class FotoBeratTests {

	/** More than the 10 connections of the default pool. */
	private static final int UNGGAHAN = 12;

	@Autowired
	MockMvc mvc;

	@Autowired
	Wilayah wilayah;

	private record Jawaban(String jenis, int status, int urutan) {
	}

	@Test
	void largeUploadsNeitherStarveAPublicPageNorFailWithAServerError() throws Exception {
		Kelurahan kel = DataUjiPengaduan.kelurahan(wilayah, 3);
		// legal but slow: 16 megapixels each, three to an upload; and the 7071×7071×16-bit bomb
		byte[] lambat = GambarUji.pngBaris(4000, 4000, 8, true);
		byte[] bom = GambarUji.pngBaris(7071, 7071, 16, false);
		AtomicInteger urutan = new AtomicInteger();
		ExecutorService klien = Executors.newFixedThreadPool(UNGGAHAN);
		try {
			List<Future<Jawaban>> unggahan = new ArrayList<>();
			for (int i = 0; i < UNGGAHAN; i++) {
				boolean berbahaya = i % 3 == 0;
				byte[] foto = berbahaya ? bom : lambat;
				unggahan.add(klien.submit(() -> {
					MockMultipartHttpServletRequestBuilder kirim = multipart("/pengaduan");
					for (int f = 0; f < 3; f++) {
						kirim.file(new MockMultipartFile("foto", "f" + f + ".png", "image/png", foto));
					}
					MockHttpServletResponse r = mvc.perform(kirim.param("kategori", "sampah").param("deskripsi", "Tumpukan sampah besar")
						.param("kelurahan", kel.kode()).with(csrf())).andReturn().getResponse();
					return new Jawaban(berbahaya ? "bom" : "lambat", r.getStatus(), urutan.incrementAndGet());
				}));
			}
			// once one upload was turned away the pool is full: the rest are being decoded now
			for (int i = 0; i < 300 && unggahan.stream().noneMatch(f -> f.isDone() && status(f) == 503); i++) {
				Thread.sleep(100);
			}
			int statusHalaman = mvc.perform(get("/pengaduan")).andReturn().getResponse().getStatus();
			int urutanHalaman = urutan.incrementAndGet();

			List<Jawaban> hasil = new ArrayList<>();
			for (Future<Jawaban> f : unggahan) {
				hasil.add(f.get());
			}
			assertThat(statusHalaman).isEqualTo(200);
			assertThat(hasil).allSatisfy(j -> assertThat(j.status()).as(j.toString())
				.satisfiesAnyOf(s -> assertThat(s).isBetween(300, 499), s -> assertThat(s).isEqualTo(503)));
			assertThat(hasil).filteredOn(j -> j.jenis().equals("bom")).allSatisfy(j -> assertThat(j.status()).isEqualTo(413));
			List<Jawaban> diterima = hasil.stream().filter(j -> j.status() / 100 == 3).toList();
			assertThat(diterima).as("the pool still does its work").isNotEmpty();
			assertThat(diterima).allSatisfy(j -> assertThat(j.urutan()).as("the public page answered before this upload")
				.isGreaterThan(urutanHalaman));
		}
		finally {
			klien.shutdownNow();
		}
	}

	private static int status(Future<Jawaban> f) {
		try {
			return f.get().status();
		}
		catch (Exception ex) {
			return -1;
		}
	}
}
