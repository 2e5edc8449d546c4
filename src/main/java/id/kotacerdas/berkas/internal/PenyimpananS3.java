package id.kotacerdas.berkas.internal;

import java.net.URI;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;

import id.kotacerdas.platform.CobaLagiNantiException;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * An S3-compatible object store by URL, for a city that runs one (or several instances of this
 * application). A successful PUT is the store's promise that the object is durable; its body
 * carries a Content-MD5, so a damaged upload is refused by the store rather than kept.
 */
class PenyimpananS3 implements Penyimpanan, DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(PenyimpananS3.class);

	/** A request to the store gives up after this, so an outage is answered 503 within the time a person waits. */
	private static final Duration BATAS_WAKTU = Duration.ofSeconds(20);

	private final S3Client s3;

	private final String bucket;

	private final String awalan;

	PenyimpananS3(BerkasProperties.S3 p) {
		if (p.bucket() == null || p.bucket().isBlank()) {
			throw new IllegalStateException("kc.berkas.s3.bucket must be set together with kc.berkas.s3.url");
		}
		AwsCredentialsProvider kredensial = p.accessKey() == null || p.accessKey().isBlank() ? DefaultCredentialsProvider.builder().build()
				: StaticCredentialsProvider.create(AwsBasicCredentials.create(p.accessKey(), p.secretKey()));
		this.s3 = S3Client.builder()
			.endpointOverride(URI.create(p.url()))
			.region(Region.of(p.region()))
			.credentialsProvider(kredensial)
			.forcePathStyle(p.pathStyle())
			// the SDK's newer default checksums (trailers, chunked bodies) are not understood by every
			// S3-compatible server; integrity is kept by Content-MD5 instead
			.requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
			.responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED)
			.httpClient(UrlConnectionHttpClient.builder().connectionTimeout(BATAS_WAKTU).socketTimeout(BATAS_WAKTU).build())
			.overrideConfiguration(c -> c.apiCallTimeout(BATAS_WAKTU.multipliedBy(2)))
			.build();
		this.bucket = p.bucket();
		this.awalan = p.prefix() == null || p.prefix().isBlank() ? "" : p.prefix().replaceAll("/+$", "") + "/";
		log.info("Stored files in the S3 bucket {} at {} under '{}'", bucket, p.url(), awalan);
	}

	@Override
	public void tulis(String kunci, byte[] isi, String tipeIsi) {
		try {
			s3.putObject(b -> b.bucket(bucket).key(awalan + kunci).contentType(tipeIsi).contentMD5(md5(isi)),
					RequestBody.fromBytes(isi));
		}
		catch (SdkException ex) {
			throw gagal("write", kunci, ex);
		}
	}

	@Override
	public Optional<byte[]> baca(String kunci) {
		try {
			return Optional.of(s3.getObjectAsBytes(b -> b.bucket(bucket).key(awalan + kunci)).asByteArray());
		}
		catch (NoSuchKeyException ex) {
			return Optional.empty();
		}
		catch (SdkException ex) {
			throw gagal("read", kunci, ex);
		}
	}

	@Override
	public void hapus(String kunci) {
		try {
			s3.deleteObject(b -> b.bucket(bucket).key(awalan + kunci));
		}
		catch (SdkException ex) {
			throw gagal("delete", kunci, ex);
		}
	}

	@Override
	public void telusuri(Instant sebelum, Consumer<List<String>> halaman) {
		try {
			var daftar = s3.listObjectsV2Paginator(b -> b.bucket(bucket).prefix(awalan).maxKeys(PenyapuBerkas.HALAMAN));
			for (var jawaban : daftar) {
				List<String> kunci = new ArrayList<>();
				for (S3Object o : jawaban.contents()) {
					if (o.lastModified().isBefore(sebelum)) {
						kunci.add(o.key().substring(awalan.length()));
					}
				}
				if (!kunci.isEmpty()) {
					halaman.accept(kunci);
				}
			}
		}
		catch (SdkException ex) {
			throw gagal("list", awalan, ex);
		}
	}

	@Override
	public void destroy() {
		s3.close();
	}

	private static String md5(byte[] isi) {
		try {
			return Base64.getEncoder().encodeToString(MessageDigest.getInstance("MD5").digest(isi));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static CobaLagiNantiException gagal(String apa, String kunci, SdkException ex) {
		log.error("S3 store: {} of {} failed: {}", apa, kunci, ex.toString());
		return CobaLagiNantiException.gangguan();
	}
}
