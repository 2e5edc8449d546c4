package id.kotacerdas.pengaduan.internal;

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

import id.kotacerdas.pengaduan.DataUjiPengaduan;
import id.kotacerdas.platform.PermintaanDitolakException;

class PengolahFotoTests {

	private final PengolahFoto pengolah = new PengolahFoto();

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
		byte[] asli = DataUjiPengaduan.jpegDenganGps(-10.17, 123.6);
		PengolahFoto.Foto foto = pengolah.olah(asli);
		assertThat(DataUjiPengaduan.mengandung(foto.jpeg(), "Exif")).isFalse();
		assertThat(DataUjiPengaduan.mengandung(foto.thumbnail(), "Exif")).isFalse();
		PengolahFoto.Foto besar = pengolah.olah(DataUjiPengaduan.png(4000, 3000));
		assertThat(besar.lebar()).isEqualTo(2048);
		assertThat(besar.tinggi()).isEqualTo(1536);
		assertThat(ImageIO.read(new ByteArrayInputStream(besar.thumbnail())).getWidth()).isEqualTo(320);
	}

	@Test
	void refusesWhatIsNotAnImage() {
		assertThatThrownBy(() -> pengolah.olah("<html>bukan foto</html>".getBytes()))
			.isInstanceOfSatisfying(PermintaanDitolakException.class, ex -> {
				assertThat(ex.kodePesan()).isEqualTo("pengaduan.foto-bukan-gambar");
				assertThat(ex.status()).isEqualTo(HttpStatus.UNSUPPORTED_MEDIA_TYPE);
			});
		// a GIF is an image, but not one of the accepted formats
		assertThatThrownBy(() -> pengolah.olah(Base64.getDecoder().decode("R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7")))
			.hasMessage("pengaduan.foto-bukan-gambar");
	}

	@Test
	void refusesOversizedFilesAndDecompressionBombsBeforeDecoding() {
		assertThatThrownBy(() -> pengolah.olah(new byte[PengolahFoto.MAKS_BYTE + 1]))
			.isInstanceOfSatisfying(PermintaanDitolakException.class,
					ex -> assertThat(ex.status()).isEqualTo(HttpStatus.PAYLOAD_TOO_LARGE));
		assertThatThrownBy(() -> pengolah.olah(pngRaksasa(100_000, 100_000))).hasMessage("pengaduan.foto-terlalu-besar-piksel");
	}

	/**
	 * The attack of issue 9: a 7071×7071 PNG of 16-bit samples is under the pixel limit but would
	 * inflate to 300 MB and cost seconds of CPU. It is refused from its header, before any decoding
	 * (and before {@link PengolahFoto#periksa} takes a worker); a large ordinary photo still passes.
	 */
	@Test
	void refusesACanvasThatWouldDecodeToTooManyBytes() {
		byte[] bom = DataUjiPengaduan.pngBaris(7071, 7071, 16, false);
		assertThat(bom.length).isLessThan(1_000_000);
		for (var langkah : List.<java.util.function.Consumer<byte[]>>of(pengolah::periksa, pengolah::olah)) {
			assertThatThrownBy(() -> langkah.accept(bom)).isInstanceOfSatisfying(PermintaanDitolakException.class, ex -> {
				assertThat(ex.kodePesan()).isEqualTo("pengaduan.foto-terlalu-besar-piksel");
				assertThat(ex.status()).isEqualTo(HttpStatus.PAYLOAD_TOO_LARGE);
			});
		}
		PengolahFoto.Foto besar = pengolah.olah(DataUjiPengaduan.pngBaris(5000, 3000, 8, true));
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
