package id.kotacerdas.satudata;

import java.time.Instant;
import java.util.UUID;

/**
 * A file of a dataset (CKAN resource, DCAT distribution).
 *
 * @param format CKAN format: CSV, XLSX or JSON
 * @param alamat the site path it is downloaded from (absolute URLs are made per request)
 * @param ukuran bytes when known (an upload), null for live rows
 * @param berkasId the stored file of an upload, null for a module's live rows
 */
public record SumberDaya(UUID id, UUID datasetId, String nama, String format, String jenisMedia, String alamat, Long ukuran,
		UUID berkasId, Instant diubah) {
}
