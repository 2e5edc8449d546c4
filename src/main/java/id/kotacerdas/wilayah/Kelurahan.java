package id.kotacerdas.wilayah;

/**
 * An urban village (kelurahan), identified by its Kemendagri code, e.g. {@code 53.71.01.1001}.
 * {@code lat}/{@code lon} are the centroid of its boundary.
 */
public record Kelurahan(String kode, String nama, String kodepos, Kecamatan kecamatan, double lat, double lon) {
}
