package id.kotacerdas.berkas.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.Base64;
import java.util.List;
import java.util.zip.CRC32;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.http.HttpStatus;
import org.springframework.util.unit.DataSize;

import id.kotacerdas.berkas.GambarUji;
import id.kotacerdas.berkas.BatasBerkas;
import id.kotacerdas.berkas.GambarUji;
import id.kotacerdas.platform.PermintaanDitolakException;

class PengolahFotoTests {

	/** The limits of application.yml. */
	static final BatasBerkas BATAS = new BatasBerkas(DataSize.ofMegabytes(10));

	static final BerkasProperties.Foto KANVAS = new BerkasProperties.Foto(50_000_000L, DataSize.ofMegabytes(96));

	private final PengolahFoto pengolah = new PengolahFoto(BATAS, KANVAS);

	@ParameterizedTest
	@ValueSource(strings = {
			// 1×1 lossless (VP8L) and lossy (VP8) WebP
			"UklGRhoAAABXRUJQVlA4TA0AAAAvAAAAEAcQERGIiP4HAA==",
			"UklGRiIAAABXRUJQVlA4IBYAAAAwAQCdASoBAAEADsD+JaQAA3AAAAAA" })
	void readsWebp(String base64) throws IOException {
		PengolahFoto.Foto foto = pengolah.olah(Base64.getDecoder().decode(base64));
		assertThat(foto.lebar()).isEqualTo(1);
		assertThat(ImageIO.read(new ByteArrayInputStream(foto.jpeg())).getWidth()).isEqualTo(1);
	}

	@Test
	void reencodesToJpegWithoutMetadataAndMakesAThumbnail() throws IOException {
		byte[] asli = GambarUji.jpegDenganSemuaMetadata(-10.17, 123.6);
		assertThat(GambarUji.segmenJpeg(asli)).contains(0xE1, 0xFE);
		assertThat(GambarUji.mengandung(asli, "Exif")).isTrue();
		assertThat(GambarUji.mengandung(asli, "ns.adobe.com/xap")).isTrue();
		PengolahFoto.Foto foto = pengolah.olah(asli);
		for (byte[] hasil : List.of(foto.jpeg(), foto.thumbnail())) {
			// no APP1 (EXIF, XMP), no comment: only the JFIF header, tables and the image
			assertThat(GambarUji.segmenJpeg(hasil)).doesNotContain(0xE1, 0xFE);
			assertThat(GambarUji.mengandung(hasil, "Exif")).isFalse();
			assertThat(GambarUji.mengandung(hasil, "xmpmeta")).isFalse();
			assertThat(GambarUji.mengandung(hasil, "lokasi rumah")).isFalse();
		}
		PengolahFoto.Foto besar = pengolah.olah(GambarUji.png(4000, 3000));
		assertThat(besar.lebar()).isEqualTo(2048);
		assertThat(besar.tinggi()).isEqualTo(1536);
		assertThat(ImageIO.read(new ByteArrayInputStream(besar.thumbnail())).getWidth()).isEqualTo(320);
	}

	@Test
	void refusesWhatIsNotAnImage() {
		assertThatThrownBy(() -> pengolah.olah("<html>bukan foto</html>".getBytes()))
			.isInstanceOfSatisfying(PermintaanDitolakException.class, ex -> {
				assertThat(ex.kodePesan()).isEqualTo("berkas.foto-bukan-gambar");
				assertThat(ex.status()).isEqualTo(HttpStatus.UNSUPPORTED_MEDIA_TYPE);
			});
		// a GIF is an image, but not one of the accepted formats
		assertThatThrownBy(() -> pengolah.olah(Base64.getDecoder().decode("R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7")))
			.hasMessage("berkas.foto-bukan-gambar");
	}

	@Test
	void refusesOversizedFilesAndDecompressionBombsBeforeDecoding() {
		assertThatThrownBy(() -> pengolah.olah(new byte[(int) BATAS.maksUkuran().toBytes() + 1]))
			.isInstanceOfSatisfying(PermintaanDitolakException.class,
					ex -> {
						assertThat(ex.status()).isEqualTo(HttpStatus.PAYLOAD_TOO_LARGE);
						assertThat(ex.kodePesan()).isEqualTo("berkas.foto-terlalu-besar");
						assertThat(ex.argumen()).containsExactly(10L);
					});
		assertThatThrownBy(() -> pengolah.olah(pngRaksasa(100_000, 100_000))).hasMessage("berkas.foto-terlalu-besar-piksel");
	}

	/**
	 * The attack of issue 9: a 7071×7071 PNG of 16-bit samples is under the pixel limit but would
	 * inflate to 300 MB and cost seconds of CPU. It is refused from its header, before any decoding
	 * (and before {@link PengolahFoto#periksa} takes a worker); a large ordinary photo still passes.
	 */
	@Test
	void refusesACanvasThatWouldDecodeToTooManyBytes() {
		byte[] bom = GambarUji.pngBaris(7071, 7071, 16, false);
		assertThat(bom.length).isLessThan(1_000_000);
		for (var langkah : List.<java.util.function.Consumer<byte[]>>of(pengolah::periksa, pengolah::olah)) {
			assertThatThrownBy(() -> langkah.accept(bom)).isInstanceOfSatisfying(PermintaanDitolakException.class, ex -> {
				assertThat(ex.kodePesan()).isEqualTo("berkas.foto-terlalu-besar-piksel");
				assertThat(ex.status()).isEqualTo(HttpStatus.PAYLOAD_TOO_LARGE);
			});
		}
		PengolahFoto.Foto besar = pengolah.olah(GambarUji.pngBaris(5000, 3000, 8, true));
		assertThat(besar.lebar()).isEqualTo(2048);
		assertThat(besar.tinggi()).isEqualTo(1229);
	}

	/** A PNG whose header claims a huge canvas, with no pixel data behind it. */
	private static byte[] pngRaksasa(int lebar, int tinggi) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		out.writeBytes(new byte[] { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n' });
		ByteBuffer ihdr = ByteBuffer.allocate(17).put("IHDR".getBytes()).putInt(lebar).putInt(tinggi)
			.put((byte) 8).put((byte) 2).put((byte) 0).put((byte) 0).put((byte) 0);
		CRC32 crc = new CRC32();
		crc.update(ihdr.array());
		out.writeBytes(ByteBuffer.allocate(4).putInt(13).array());
		out.writeBytes(ihdr.array());
		out.writeBytes(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
		return out.toByteArray();
	}
}
