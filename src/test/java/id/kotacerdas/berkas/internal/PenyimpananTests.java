package id.kotacerdas.berkas.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.stream.Stream;

import org.gaul.s3proxy.AuthenticationType;
import org.gaul.s3proxy.S3Proxy;
import org.jclouds.ContextBuilder;
import org.jclouds.blobstore.BlobStoreContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.http.HttpStatus;

import id.kotacerdas.platform.CobaLagiNantiException;

/**
 * The two stores behind one contract: the local folder, and the S3-compatible store against a
 * real S3 server started in the test (S3Proxy over jclouds' in-memory blob store, spoken to with
 * the AWS SDK over HTTP and Signature V4, as a city's MinIO or Ceph would be).
 */
class PenyimpananTests {

	private static final String KUNCI_AKSES = "kota-cerdas-uji";

	private static final String RAHASIA = "rahasia-uji-0123456789";

	private static S3Proxy s3proxy;

	private static BlobStoreContext blob;

	@TempDir
	static Path folder;

	@BeforeAll
	static void mulaiS3() throws Exception {
		blob = ContextBuilder.newBuilder("transient").credentials("identity", "credential").build(BlobStoreContext.class);
		blob.getBlobStore().createContainerInLocation(null, "kota");
		s3proxy = S3Proxy.builder().blobStore(blob.getBlobStore()).endpoint(URI.create("http://127.0.0.1:0"))
			.awsAuthentication(AuthenticationType.AWS_V2_OR_V4, KUNCI_AKSES, RAHASIA).build();
		s3proxy.start();
		for (int i = 0; i < 500 && !"STARTED".equals(s3proxy.getState()); i++) {
			Thread.sleep(10);
		}
	}

	@AfterAll
	static void hentikanS3() throws Exception {
		s3proxy.stop();
		blob.close();
	}

	static BerkasProperties.S3 s3(String url, String prefix) {
		return new BerkasProperties.S3(url, "kota", "us-east-1", KUNCI_AKSES, RAHASIA, true, prefix);
	}

	static Stream<Arguments> penyimpanan() {
		return Stream.of(Arguments.of("lokal", new PenyimpananLokal(folder.resolve("berkas"))),
				Arguments.of("s3", new PenyimpananS3(s3("http://127.0.0.1:" + s3proxy.getPort(), "berkas"))));
	}

	private static String kunci() {
		return "uji/foto/2026/11/" + UUID.randomUUID() + ".jpg";
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("penyimpanan")
	void storesReadsAndRemovesByKey(String nama, Penyimpanan p) {
		Random acak = new Random(nama.hashCode());
		for (int ukuran : new int[] { 0, 1, 4096, 3 * 1024 * 1024 + 17 }) {
			byte[] isi = new byte[ukuran];
			acak.nextBytes(isi);
			String k = kunci();
			p.tulis(k, isi, "image/jpeg");
			assertThat(p.baca(k)).as("%d bytes", ukuran).hasValueSatisfying(b -> assertThat(b).isEqualTo(isi));
			p.hapus(k);
			assertThat(p.baca(k)).isEmpty();
			p.hapus(k);
		}
		assertThat(p.baca(kunci())).as("a missing object is empty, not an error").isEmpty();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("penyimpanan")
	void listsWhatWasWrittenBeforeAGivenTime(String nama, Penyimpanan p) throws Exception {
		String k = kunci();
		p.tulis(k, new byte[] { 1, 2, 3 }, "image/jpeg");
		List<String> lebihDulu = new ArrayList<>();
		p.telusuri(Instant.now().plusSeconds(5), lebihDulu::addAll);
		assertThat(lebihDulu).contains(k);
		List<String> sebelumnya = new ArrayList<>();
		p.telusuri(Instant.now().minus(Duration.ofHours(1)), sebelumnya::addAll);
		assertThat(sebelumnya).doesNotContain(k);
		p.hapus(k);
	}

	@Test
	void theLocalStoreLeavesNoTemporaryFileAndRefusesKeysOutsideItsFolder() throws Exception {
		Path akar = folder.resolve("lokal");
		PenyimpananLokal p = new PenyimpananLokal(akar);
		String k = kunci();
		p.tulis(k, new byte[] { 7 }, "image/jpeg");
		try (Stream<Path> semua = Files.walk(akar)) {
			assertThat(semua.filter(Files::isRegularFile).map(f -> akar.relativize(f).toString())).containsExactly(k);
		}
		assertThatThrownBy(() -> p.tulis("../di-luar.jpg", new byte[] { 1 }, "image/jpeg")).isInstanceOf(IllegalArgumentException.class);
		// a temporary file a crash left behind is listed like any other object once it is old, so the sweep removes it
		Path sisa = akar.resolve("uji/foto/2026/11/" + UUID.randomUUID() + ".jpg" + PenyimpananLokal.AKHIRAN_SEMENTARA);
		Files.write(sisa, new byte[] { 1 });
		Files.setLastModifiedTime(sisa, FileTime.from(Instant.now().minus(Duration.ofDays(2))));
		List<String> lama = new ArrayList<>();
		p.telusuri(Instant.now().minus(Duration.ofDays(1)), lama::addAll);
		assertThat(lama).containsExactly(akar.relativize(sisa).toString());
		assertThat(KunciBerkas.MILIK_KITA.matcher(lama.get(0)).matches()).isTrue();
	}

	@Test
	void theS3StoreKeepsToItsPrefixInASharedBucket() {
		PenyimpananS3 kita = new PenyimpananS3(s3("http://127.0.0.1:" + s3proxy.getPort(), "kota-cerdas/berkas"));
		PenyimpananS3 lain = new PenyimpananS3(s3("http://127.0.0.1:" + s3proxy.getPort(), "arsip-lain"));
		String k = kunci();
		kita.tulis(k, new byte[] { 1 }, "image/jpeg");
		lain.tulis(kunci(), new byte[] { 2 }, "image/jpeg");
		List<String> terlihat = new ArrayList<>();
		kita.telusuri(Instant.now().plusSeconds(5), terlihat::addAll);
		assertThat(terlihat).contains(k).allSatisfy(x -> assertThat(KunciBerkas.MILIK_KITA.matcher(x).matches()).isTrue());
		assertThat(blob.getBlobStore().blobExists("kota", "kota-cerdas/berkas/" + k)).isTrue();
	}

	@Test
	void anUnreachableOrMisconfiguredStoreIsAnOutage503NotAServerError() throws Exception {
		int tertutup;
		try (ServerSocket s = new ServerSocket(0)) {
			tertutup = s.getLocalPort();
		}
		PenyimpananS3 mati = new PenyimpananS3(s3("http://127.0.0.1:" + tertutup, "berkas"));
		PenyimpananS3 salahKunci = new PenyimpananS3(new BerkasProperties.S3("http://127.0.0.1:" + s3proxy.getPort(), "kota", "us-east-1",
				KUNCI_AKSES, "bukan-rahasianya", true, "berkas"));
		for (Penyimpanan p : List.of(mati, salahKunci)) {
			assertThatThrownBy(() -> p.tulis(kunci(), new byte[] { 1 }, "image/jpeg")).isInstanceOfSatisfying(CobaLagiNantiException.class,
					ex -> assertThat(ex.status()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE));
			assertThatThrownBy(() -> p.baca(kunci())).isInstanceOf(CobaLagiNantiException.class);
		}
	}
}
