package id.kotacerdas.berkas.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.servlet.autoconfigure.MultipartProperties;
import org.springframework.context.MessageSource;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.support.TransactionTemplate;

import id.kotacerdas.IntegrationTest;
import id.kotacerdas.berkas.BerkasBaru;
import id.kotacerdas.berkas.DokumenUji;
import id.kotacerdas.berkas.GambarUji;
import id.kotacerdas.berkas.IsiBerkas;
import id.kotacerdas.berkas.LayananBerkas;
import id.kotacerdas.berkas.Pemilik;
import id.kotacerdas.platform.PermintaanDitolakException;

/** The module through its API on the real database and the local folder store. */
@IntegrationTest
class BerkasIntegrationTests {

	private static final Pemilik UJI = new Pemilik("uji", "lampiran");

	@Autowired
	LayananBerkas berkas;

	@Autowired
	TransactionTemplate tx;

	@Autowired
	Penyimpanan penyimpanan;

	@Autowired
	PenyapuBerkas penyapu;

	@Autowired
	BerkasProperties properti;

	@Autowired
	MultipartProperties multipart;

	@Autowired
	MessageSource pesan;

	@Test
	void aPdfIsStoredRegisteredAndServedBackUnchanged() {
		byte[] pdf = DokumenUji.pdf(2);
		BerkasBaru baru = berkas.simpanDokumen(UJI, pdf);
		tx.executeWithoutResult(s -> berkas.catat(baru));
		IsiBerkas isi = berkas.baca(baru.berkas().id());
		assertThat(isi.isi()).isEqualTo(pdf);
		assertThat(isi.berkas().tipeIsi()).isEqualTo("application/pdf");
		assertThat(isi.berkas().ukuran()).isEqualTo(pdf.length);
		assertThat(isi.berkas().pemilik()).isEqualTo(UJI);
		assertThat(berkas.cari(baru.berkas().id())).contains(baru.berkas());
		ResponseEntity<byte[]> jawaban = isi.jawaban(CacheControl.noStore());
		assertThat(jawaban.getHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION)).startsWith("attachment")
			.contains(baru.berkas().id() + ".pdf");
		assertThat(jawaban.getHeaders().getFirst("X-Content-Type-Options")).isEqualTo("nosniff");
		assertThat(jawaban.getHeaders().getETag()).isEqualTo("\"" + isi.berkas().sha256() + "\"");
		assertThatThrownBy(() -> berkas.bacaThumbnail(baru.berkas().id())).isInstanceOfSatisfying(PermintaanDitolakException.class,
				ex -> assertThat(ex.status()).isEqualTo(HttpStatus.NOT_FOUND));
	}

	@Test
	void aPhotoIsStoredWithItsThumbnailAndNoMetadata() {
		BerkasBaru baru = berkas.simpanFoto(UJI, List.of(GambarUji.jpegDenganSemuaMetadata(-10.17, 123.6))).get(0);
		tx.executeWithoutResult(s -> berkas.catat(baru));
		IsiBerkas foto = berkas.baca(baru.berkas().id());
		IsiBerkas kecil = berkas.bacaThumbnail(baru.berkas().id());
		assertThat(foto.berkas().lebar()).isEqualTo(64);
		assertThat(foto.berkas().thumbnailId()).isEqualTo(kecil.berkas().id());
		for (IsiBerkas b : List.of(foto, kecil)) {
			assertThat(b.berkas().tipeIsi()).isEqualTo("image/jpeg");
			assertThat(GambarUji.segmenJpeg(b.isi())).doesNotContain(0xE1, 0xFE);
		}
		assertThat(foto.jawaban(CacheControl.noStore()).getHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION)).startsWith("inline");
	}

	/** The heavy work and the writes hold no database connection; the row commits with its owner's. */
	@Test
	void filesAreStoredOutsideATransactionAndRegisteredInsideOne() {
		byte[] png = GambarUji.png(8, 8);
		assertThatThrownBy(() -> tx.executeWithoutResult(s -> berkas.simpanFoto(UJI, List.of(png))))
			.isInstanceOf(IllegalStateException.class);
		BerkasBaru baru = berkas.simpanFoto(UJI, List.of(png)).get(0);
		assertThatThrownBy(() -> berkas.catat(baru)).isInstanceOf(IllegalTransactionStateException.class);
	}

	@Test
	void aMissingFileOrObjectIsA404NotAServerError() {
		tidakAda(() -> berkas.baca(UUID.randomUUID()));
		BerkasBaru baru = berkas.simpanDokumen(UJI, DokumenUji.pdf(1));
		tx.executeWithoutResult(s -> berkas.catat(baru));
		penyimpanan.hapus(KunciBerkas.untuk(baru.berkas()));
		tidakAda(() -> berkas.baca(baru.berkas().id()));
	}

	/**
	 * A file whose transaction rolled back, and one whose row was deleted, are removed once older than
	 * the grace period; a registered one is kept, as is everything younger.
	 */
	@Test
	void theSweepRemovesObjectsNoRowNamesAfterTheGracePeriod() throws IOException {
		byte[] png = GambarUji.png(12, 9);
		BerkasBaru tetap = berkas.simpanFoto(UJI, List.of(png)).get(0);
		tx.executeWithoutResult(s -> berkas.catat(tetap));
		BerkasBaru batal = berkas.simpanFoto(UJI, List.of(png)).get(0);
		tx.executeWithoutResult(s -> {
			berkas.catat(batal);
			s.setRollbackOnly();
		});
		BerkasBaru dihapus = berkas.simpanDokumen(UJI, DokumenUji.pdf(1));
		tx.executeWithoutResult(s -> berkas.catat(dihapus));
		tx.executeWithoutResult(s -> berkas.hapus(dihapus.berkas().id()));
		BerkasBaru baruSaja = berkas.simpanDokumen(UJI, DokumenUji.pdf(1));

		List<String> tua = List.of(KunciBerkas.untuk(tetap.berkas()), KunciBerkas.untuk(tetap.thumbnail()),
				KunciBerkas.untuk(batal.berkas()), KunciBerkas.untuk(batal.thumbnail()), KunciBerkas.untuk(dihapus.berkas()));
		Path akar = Path.of(properti.folder());
		for (String k : tua) {
			Files.setLastModifiedTime(akar.resolve(k), FileTime.from(Instant.now().minus(properti.masaTenggang()).minus(Duration.ofMinutes(1))));
		}
		assertThat(penyapu.sapu()).isGreaterThanOrEqualTo(3);

		assertThat(berkas.baca(tetap.berkas().id()).isi()).isNotEmpty();
		assertThat(berkas.bacaThumbnail(tetap.berkas().id()).isi()).isNotEmpty();
		for (BerkasBaru b : List.of(batal, dihapus)) {
			assertThat(penyimpanan.baca(KunciBerkas.untuk(b.berkas()))).isEmpty();
		}
		assertThat(penyimpanan.baca(KunciBerkas.untuk(batal.thumbnail()))).isEmpty();
		assertThat(penyimpanan.baca(KunciBerkas.untuk(baruSaja.berkas()))).as("younger than the grace period").isPresent();
		try (Stream<Path> semua = Files.walk(akar)) {
			assertThat(semua.filter(Files::isRegularFile).map(Path::toString)).noneMatch(p -> p.endsWith(PenyimpananLokal.AKHIRAN_SEMENTARA));
		}
	}

	/** One source: the servlet's multipart limits and the messages read kc.berkas.maks-ukuran. */
	@Test
	void theUploadLimitHasOneSource() {
		assertThat(multipart.getMaxFileSize()).isEqualTo(properti.maksUkuran());
		assertThat(multipart.getMaxRequestSize()).isEqualTo(properti.maksUkuranPermintaan());
		assertThat(berkas.batas().maksUkuran()).isEqualTo(properti.maksUkuran());
		for (Locale bahasa : List.of(Locale.forLanguageTag("id"), Locale.ENGLISH)) {
			for (String kode : List.of("berkas.kosong", "berkas.foto-bukan-gambar", "berkas.foto-terlalu-besar-piksel", "berkas.dokumen-bukan-pdf",
					"berkas.dokumen-terenkripsi", "berkas.dokumen-rusak", "berkas.tidak-ada")) {
				assertThat(pesan.getMessage(kode, null, bahasa)).isNotBlank().doesNotContain(kode);
			}
			PermintaanDitolakException terlaluBesar = berkas.batas().fotoTerlaluBesar();
			assertThat(pesan.getMessage(terlaluBesar.kodePesan(), terlaluBesar.argumen(), bahasa)).contains(berkas.batas().maksMb() + " MB");
		}
	}

	private static void tidakAda(org.assertj.core.api.ThrowableAssert.ThrowingCallable baca) {
		assertThatThrownBy(baca).isInstanceOfSatisfying(PermintaanDitolakException.class, ex -> {
			assertThat(ex.status()).isEqualTo(HttpStatus.NOT_FOUND);
			assertThat(ex.kodePesan()).isEqualTo("berkas.tidak-ada");
		});
	}
}
