package id.kotacerdas.berkas.internal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * The settings {@code kc.berkas.*}; their values live in application.yml only, which also derives
 * the servlet's multipart limits from them.
 *
 * @param maksUkuran the largest file accepted, photo or document
 * @param maksUkuranPermintaan the largest multipart request (several photos and the form's text)
 * @param folder the local store's folder (used when no S3 URL is set)
 * @param masaTenggang how old an object nobody registered must be before the sweep removes it
 */
@ConfigurationProperties("kc.berkas")
record BerkasProperties(DataSize maksUkuran, DataSize maksUkuranPermintaan, Foto foto, Dokumen dokumen, String folder,
		Duration masaTenggang, S3 s3) {

	BerkasProperties {
		if (maksUkuranPermintaan.compareTo(maksUkuran) < 0) {
			throw new IllegalStateException("kc.berkas.maks-ukuran-permintaan (" + maksUkuranPermintaan
					+ ") must hold at least one file of kc.berkas.maks-ukuran (" + maksUkuran + ")");
		}
	}

	/**
	 * @param maksPiksel guards memory against decompression bombs: a small file can claim a huge canvas
	 * @param maksByteDekode guards CPU: what the decoder must inflate, pixels × bytes per pixel as the header declares them
	 */
	record Foto(long maksPiksel, DataSize maksByteDekode) {
	}

	/** @param maksMemori what parsing one PDF may hold in memory */
	record Dokumen(DataSize maksMemori) {
	}

	/**
	 * An S3-compatible object store (AWS S3, MinIO, Ceph, SeaweedFS, …); used when {@code url} is set.
	 *
	 * @param url the endpoint, e.g. {@code https://s3.ap-southeast-3.amazonaws.com} or {@code http://minio:9000}
	 * @param accessKey empty: the AWS SDK's default credentials (environment, instance role)
	 * @param pathStyle {@code http://host/bucket/key} rather than {@code http://bucket.host/key} (MinIO, Ceph, SeaweedFS)
	 * @param prefix the folder inside the bucket that is this application's (the sweep looks nowhere else)
	 */
	record S3(String url, String bucket, String region, String accessKey, String secretKey, boolean pathStyle, String prefix) {

		boolean aktif() {
			return url != null && !url.isBlank();
		}
	}
}
