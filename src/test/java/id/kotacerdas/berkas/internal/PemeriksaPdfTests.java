package id.kotacerdas.berkas.internal;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.http.HttpStatus;
import org.springframework.util.unit.DataSize;

import id.kotacerdas.berkas.DokumenUji;
import id.kotacerdas.berkas.GambarUji;
import id.kotacerdas.platform.PermintaanDitolakException;

/** A PDF is recognised by its content: its name and declared type play no part (the checker never sees them). */
class PemeriksaPdfTests {

	private final PemeriksaPdf pemeriksa = new PemeriksaPdf(PengolahFotoTests.BATAS, DataSize.ofMegabytes(64).toBytes());

	@ParameterizedTest
	@ValueSource(ints = { 1, 3, 40 })
	void acceptsARealPdf(int halaman) {
		assertThatCode(() -> pemeriksa.periksa(DokumenUji.pdf(halaman))).doesNotThrowAnyException();
	}

	@Test
	void refusesWhatIsNotAPdfWhateverItIsCalled() {
		for (byte[] bukan : new byte[][] { "<html><body>surat.pdf</body></html>".getBytes(StandardCharsets.UTF_8), GambarUji.png(10, 10),
				"PDF-1.7 tanpa tanda persen".getBytes(StandardCharsets.US_ASCII) }) {
			ditolak(bukan, HttpStatus.UNSUPPORTED_MEDIA_TYPE, "berkas.dokumen-bukan-pdf");
		}
		ditolak(new byte[0], HttpStatus.BAD_REQUEST, "berkas.kosong");
		ditolak(new byte[(int) PengolahFotoTests.BATAS.maksUkuran().toBytes() + 1], HttpStatus.PAYLOAD_TOO_LARGE,
				"berkas.dokumen-terlalu-besar");
	}

	@Test
	void refusesAnEncryptedPdfWhetherItNeedsAPasswordToOpenOrNot() {
		ditolak(DokumenUji.pdf(1, "pemilik", "pengguna"), HttpStatus.UNPROCESSABLE_CONTENT, "berkas.dokumen-terenkripsi");
		ditolak(DokumenUji.pdf(1, "pemilik", ""), HttpStatus.UNPROCESSABLE_CONTENT, "berkas.dokumen-terenkripsi");
	}

	/** A PDF header over noise, and real PDFs cut short: seeded, so a failure repeats. */
	@ParameterizedTest
	@ValueSource(longs = { 1, 2, 3, 4, 5, 6, 7, 8 })
	void refusesABrokenPdf(long benih) {
		Random acak = new Random(benih);
		byte[] derau = new byte[200 + acak.nextInt(5000)];
		acak.nextBytes(derau);
		byte[] palsu = ("%PDF-1." + acak.nextInt(8) + "\n").getBytes(StandardCharsets.US_ASCII);
		byte[] rusak = Arrays.copyOf(palsu, palsu.length + derau.length);
		System.arraycopy(derau, 0, rusak, palsu.length, derau.length);
		ditolak(rusak, HttpStatus.UNPROCESSABLE_CONTENT, "berkas.dokumen-rusak");
		byte[] asli = DokumenUji.pdf(1 + acak.nextInt(3));
		ditolak(Arrays.copyOf(asli, 9 + acak.nextInt(40)), HttpStatus.UNPROCESSABLE_CONTENT, "berkas.dokumen-rusak");
	}

	private void ditolak(byte[] isi, HttpStatus status, String kode) {
		assertThatThrownBy(() -> pemeriksa.periksa(isi)).isInstanceOfSatisfying(PermintaanDitolakException.class, ex -> {
			assertThat(ex.status()).isEqualTo(status);
			assertThat(ex.kodePesan()).isEqualTo(kode);
		});
	}
}
